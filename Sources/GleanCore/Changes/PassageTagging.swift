/// Tagging a passage named by position, as the command line does: checked against the log, merged with a quote that
/// has exactly that passage.
public enum PassageTagging {
    /// The edit that tags `concern` on the passage, or nil when it is tagged already. Throws a `ProjectError` naming
    /// what does not exist or does not fit.
    public static func edit(
        _ project: Project, log logID: String, section: Int, start: Int, end: Int?, concern: String, id: String,
        coder: String, created: String
    ) throws -> Edit? {
        guard let number = project.fortnights.keys.sorted().first(where: { project.fortnight($0).log(id: logID) != nil }),
            let log = project.fortnight(number).log(id: logID)
        else { throw ProjectError(file: "--log", problem: "there is no log \"\(logID)\"") }
        guard let name = project.codebook.concern(id: concern)?.name else {
            let known = project.codebook.concerns.map(\.id).joined(separator: ", ")
            throw ProjectError(file: "--concern", problem: "there is no concern \"\(concern)\"; the codebook has \(known)")
        }
        guard log.sections.indices.contains(section) else {
            throw ProjectError(file: "--section", problem: "log \"\(logID)\" has sections 0 to \(log.sections.count - 1)")
        }
        let length = log.sections[section].scalarCount
        let end = end ?? length
        guard start >= 0, start < end, end <= length else {
            throw ProjectError(file: "--start/--end", problem: "\(start)..<\(end) is not a passage of section \(section), which has \(length) characters")
        }
        let existing = project.fortnight(number).quotes.first {
            $0.log == logID && $0.section == section && $0.start == start && $0.end == end
        }
        var quote = existing ?? Quote(
            id: id, log: logID, participant: log.participant, section: section, start: start, end: end, concerns: [],
            coder: coder, created: created)
        guard !quote.concerns.contains(concern) else { return nil }
        quote.concerns = (quote.concerns + [concern]).sorted()
        return Edit(summary: "Tagged \(name) in \(logID) (quote \(quote.id))", changes: [.putQuote(fortnight: number, quote: quote)])
    }
}
