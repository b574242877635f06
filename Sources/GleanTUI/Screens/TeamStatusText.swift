/// The status bar's words for a team project's sharing, as long as the width allows: "3 changes to share · 5 new
/// from others", "3 to share · 5 new", or "3↑ 5↓" (up to share, down fetched from others); "Syncing…" while a sync
/// runs; nothing until first counted, or when even the shortest would crowd out the hints the status bar always keeps
/// (such as "? help").
enum TeamStatusText {
    /// The columns the key hints keep beside the long forms; below that the next shorter form is used.
    static let hintRoom = 16

    /// The words for `team` given `room` columns for them and the hints together, of which the hints need `kept`,
    /// and whether they stand out (a sync going, or edits from others to bring in).
    static func text(_ team: TeamState?, room: Int, kept: Int) -> (text: String, emphasised: Bool)? {
        guard let team else { return nil }
        let fits = { (text: String, hints: Int) in DisplayWidth.of(text) + separator.count + max(hints, kept) <= room }
        if team.syncing { return fits(TeamUpdate.syncing, 0) ? (TeamUpdate.syncing, true) : nil }
        guard let pending = team.pending else { return nil }
        let forms = [
            (
                "\(pending.toShare) \(pending.toShare == 1 ? "change" : "changes") to share · \(pending.fromOthers) new from others",
                hintRoom
            ),
            ("\(pending.toShare) to share · \(pending.fromOthers) new", hintRoom),
            ("\(pending.toShare)↑ \(pending.fromOthers)↓", 0),
        ]
        return forms.first { fits($0.0, $0.1) }.map { ($0.0, pending.fromOthers > 0) }
    }

    /// What follows the words in the status bar.
    static let separator = " │ "
}
