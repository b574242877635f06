/// Tagging a passage named on the command line (by offsets, sentences or a snippet, see `QuoteLocator`): checked
/// against the log, merged with a quote that has exactly that passage, as the Reader's number keys do.
public enum PassageTagging {
    /// The edit that tags `concerns` (ids or names) on the passage, or nil when it has them all already. Throws a
    /// `ScriptingError` naming what does not exist or does not fit.
    public static func edit(
        _ project: Project, log logID: String, section: SectionChoice?, passage: PassageChoice, concerns: [String],
        id: String, coder: String, created: String
    ) throws -> Edit? {
        let (number, log) = try project.findLog(logID)
        var seen = Set<String>()
        let chosen = try concerns.map { try project.findConcern($0) }.filter { seen.insert($0.id).inserted }
        let location = try QuoteLocator.locate(passage, section: section, in: log)
        let existing = project.fortnight(number).quotes.first {
            $0.log == logID && $0.section == location.section && $0.range == location.range
        }
        var quote = existing ?? Quote(
            id: id, log: logID, participant: log.participant, section: location.section,
            start: location.range.lowerBound, end: location.range.upperBound, concerns: [], coder: coder,
            created: created)
        let added = chosen.filter { !quote.concerns.contains($0.id) }
        guard !added.isEmpty else { return nil }
        quote.concerns = (quote.concerns + added.map { $0.id }).sorted()
        let names = added.map(\.name).joined(separator: ", ")
        return Edit(summary: "Tagged \(names) in \(logID) (quote \(quote.id))", changes: [.putQuote(fortnight: number, quote: quote)])
    }
}
