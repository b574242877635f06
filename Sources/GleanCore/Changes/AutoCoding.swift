/// Auto-coding, as qualitative-analysis tools offer it: every sentence that matches a pattern is tagged with a concern,
/// as one edit, so one undo takes the whole batch back.
public enum AutoCoding {
    /// The edit that tags every sentence (`TextSegments.sentences`) of the project's logs, or of fortnight `fortnight`,
    /// that matches `pattern` (a Swift regular expression, matched ignoring case) with `concern`; nil when no
    /// matching sentence lacks the tag.
    ///
    /// A sentence that is already a quote (exactly that range) gets the concern added to that quote; any other gets a
    /// new quote with id `newID()`, by `coder` at `created`. Throws a `ProjectError` naming the option at fault when
    /// the pattern is invalid or matches empty text, or the concern or fortnight does not exist.
    /// - Complexity: O(n) regex matches for n sentences, plus a look-up of each among its log's quotes.
    public static func edit(
        _ project: Project, pattern: String, concern: String, fortnight: Int?, newID: () -> String, coder: String,
        created: String
    ) throws -> Edit? {
        let regex = try compile(pattern)
        guard let name = project.codebook.concern(id: concern)?.name else {
            let known = project.codebook.concerns.map(\.id).joined(separator: ", ")
            throw ProjectError(file: "--concern", problem: "there is no concern \"\(concern)\"; the codebook has \(known)")
        }
        if let fortnight, !project.fortnightNumbers.contains(fortnight) {
            throw ProjectError(
                file: "--fortnight",
                problem: "fortnight \(fortnight) does not exist; this programme has fortnights 1 to \(project.latestFortnight)")
        }
        var changes: [Change] = []
        for number in fortnight.map({ [$0] }) ?? project.fortnights.keys.sorted() {
            let current = project.fortnight(number)
            for log in current.logs {
                let quotes = current.quotes(inLog: log.id)
                for (index, section) in log.sections.enumerated() {
                    for sentence in TextSegments.sentences(in: section.text)
                    where TextSegments.slice(section.text, sentence).contains(regex) {
                        let existing = quotes.first { $0.section == index && $0.range == sentence }
                        var quote = existing ?? Quote(
                            id: newID(), log: log.id, participant: log.participant, section: index,
                            start: sentence.lowerBound, end: sentence.upperBound, concerns: [], coder: coder,
                            created: created)
                        guard !quote.concerns.contains(concern) else { continue }
                        quote.concerns = (quote.concerns + [concern]).sorted()
                        changes.append(.putQuote(fortnight: number, quote: quote))
                    }
                }
            }
        }
        guard !changes.isEmpty else { return nil }
        let (sentences, logs) = tally(Edit(summary: "", changes: changes))
        return Edit(
            summary: "Tagged \(sentences) sentence\(sentences == 1 ? "" : "s") in \(logs) log\(logs == 1 ? "" : "s") with \(name)",
            changes: changes)
    }

    /// How many sentences an auto-coding edit tags, and in how many logs.
    public static func tally(_ edit: Edit) -> (sentences: Int, logs: Int) {
        var logs = Set<String>()
        for case .putQuote(_, let quote) in edit.changes { logs.insert(quote.log) }
        return (edit.changes.count, logs.count)
    }

    /// `pattern` as a case-insensitive regular expression.
    private static func compile(_ pattern: String) throws -> Regex<AnyRegexOutput> {
        let regex: Regex<AnyRegexOutput>
        do {
            regex = try Regex(pattern).ignoresCase()
        } catch {
            throw ProjectError(file: "--pattern", problem: "\"\(pattern)\" is not a valid regular expression: \(error)")
        }
        guard !"".contains(regex) else {
            throw ProjectError(
                file: "--pattern", problem: "\"\(pattern)\" matches empty text, so it would tag every sentence")
        }
        return regex
    }
}
