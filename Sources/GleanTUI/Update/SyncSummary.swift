import GleanCore

/// What the status bar says once a sync is done, e.g. "Synced: shared 3, received 5 (Sam 5)".
enum SyncSummary {
    /// The words for `outcome`, with `reviews` clashes to look at and the facilitators' `names` by id.
    static func text(_ outcome: TeamSync.Outcome, reviews: Int, names: [String: String]) -> String {
        let received = outcome.received.values.reduce(0, +)
        let from = outcome.received.keys.sorted().map {
            "\(names[$0] ?? String($0.prefix(8))) \(outcome.received[$0] ?? 0)"
        }
        var text =
            "Synced: shared \(outcome.shared), received \(received)"
            + (from.isEmpty ? "" : " (\(from.joined(separator: ", ")))")
        if reviews > 0 {
            text += "; \(reviews) to review (glean team status)"
        }
        return ([text] + outcome.notes).joined(separator: "; ")
    }
}
