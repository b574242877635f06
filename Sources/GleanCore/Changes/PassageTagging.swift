/// Tagging a passage named on the command line (by offsets, sentences or a snippet, see `QuoteLocator`): checked
/// against the log, merged with a quote that has exactly that passage (anyone's), as the Reader's number keys do:
/// `QuoteTagging`'s rule.
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
        guard
            let tagged = QuoteTagging.tag(
                chosen.map(\.id), at: QuotePassage(log: logID, section: location.section, range: location.range),
                participant: log.participant, among: PassageQuotes(project.fortnight(number).quotes), coder: coder,
                created: created, newID: { id })
        else { return nil }
        let names = chosen.filter { tagged.added.contains($0.id) }.map(\.name).joined(separator: ", ")
        return Edit(
            summary: "Tagged \(names) in \(logID) (quote \(tagged.quote.id))",
            changes: [.putQuote(fortnight: number, quote: tagged.quote)])
    }
}
