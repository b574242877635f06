/// The status bar's words for a team project's sharing, as long as the width allows: "3 changes to share · 5 new
/// from others", "3 to share · 5 new", or "3↑ 5↓" (up to share, down fetched from others); "Syncing…" while a sync
/// runs; nothing until first counted.
enum TeamStatusText {
    /// The columns the key hints keep beside the long forms; below that the next shorter form is used.
    static let hintRoom = 16

    /// The words for `team` given `room` columns for them and the hints together, and whether they stand out (a sync
    /// going, or edits from others to bring in).
    static func text(_ team: TeamState?, room: Int) -> (text: String, emphasised: Bool)? {
        guard let team else { return nil }
        if team.syncing { return (TeamUpdate.syncing, true) }
        guard let pending = team.pending else { return nil }
        let emphasised = pending.fromOthers > 0
        let forms = [
            "\(pending.toShare) \(pending.toShare == 1 ? "change" : "changes") to share · \(pending.fromOthers) new from others",
            "\(pending.toShare) to share · \(pending.fromOthers) new",
        ]
        let fitting = forms.first { DisplayWidth.of($0) + separator.count + hintRoom <= room }
        return (fitting ?? "\(pending.toShare)↑ \(pending.fromOthers)↓", emphasised)
    }

    /// What follows the words in the status bar.
    static let separator = " │ "
}
