/// What an import did, or with a dry run would do, and the line that says so.
public struct ImportReport: Equatable, Sendable {
    /// The project afterwards (as it would be, for a dry run; unchanged when refused).
    var project: Project
    /// The logs added, by fortnight, and how many were already present.
    var addition: Project.LogAddition
    /// How many participants were new to the project.
    var newParticipants: Int
    /// The rows read, good and bad.
    var rows: Int
    /// The bad rows, skipped or the reason for refusing.
    var bad: Int
    /// Whether nothing was imported because rows were bad and skipping them was not asked for.
    public var refused: Bool
    /// Whether nothing was written.
    var dryRun: Bool

    /// E.g. "Imported 12 logs (3 new participants) into fortnights 1–3; 2 already present; 1 row skipped", or
    /// "Would import …" for a dry run, or, when refused, how many rows are bad.
    public var summary: String { summary(skipping: nil) }

    /// The summary; when refused, saying how to skip the bad rows with `skipping` (the command line names its
    /// option, `--skip-invalid`).
    public func summary(skipping: String?) -> String {
        if refused {
            return "\(dryRun ? "Would import nothing" : "Imported nothing"): \(count(bad, "row")) of \(rows) "
                + "\(bad == 1 ? "is" : "are") bad; fix \(bad == 1 ? "it" : "them"), or skip \(bad == 1 ? "it" : "them") "
                + (skipping.map { "with \($0) " } ?? "") + "to import the other \(rows - bad)"
        }
        var text =
            "\(dryRun ? "Would import" : "Imported") \(count(addition.count, "log")) "
            + "(\(count(newParticipants, "new participant")))"
        if let first = addition.added.keys.min(), let last = addition.added.keys.max() {
            text += first == last ? " into fortnight \(first)" : " into fortnights \(first)–\(last)"
        }
        return text + "; \(addition.alreadyPresent) already present; \(count(bad, "row")) skipped"
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
