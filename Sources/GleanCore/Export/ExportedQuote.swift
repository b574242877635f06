/// A quote with everything a data export says about it worked out: its log, writer, prompt, text and concern names.
struct ExportedQuote {
    let id: String
    let fortnight: Int
    let log: String
    let date: Day
    let participant: String
    /// The writer's attributes, as the project holds them (already limited when it is pseudonymised).
    let attributes: [String: String]
    let section: Int
    let prompt: String
    let start: Int
    let end: Int
    let text: String
    /// The ids of its concerns, in codebook order.
    let concernIDs: [String]
    /// The names of its concerns, in codebook order.
    let concerns: [String]
    /// The themes of its concerns, each once, in codebook order.
    let themes: [String]
    let memo: String
    let featured: Bool

    /// The quotes of fortnights `numbers` of `project`, ordered by fortnight, log date, participant, section and
    /// position; a quote whose log or section is missing (a damaged project) is left out.
    ///
    /// - Complexity: O(q log q + l) for q quotes and l logs.
    static func all(in project: Project, fortnights numbers: [Int]) -> [ExportedQuote] {
        let participants = Dictionary(
            project.participants.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let concernOrder = Dictionary(
            project.codebook.concerns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return numbers.flatMap { number -> [ExportedQuote] in
            let fortnight = project.fortnight(number)
            let logs = Dictionary(fortnight.logs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return fortnight.quotes.compactMap { quote in
                guard let log = logs[quote.log], log.sections.indices.contains(quote.section) else { return nil }
                let section = log.sections[quote.section]
                let concerns = quote.concerns.compactMap(project.codebook.concern(id:))
                    .sorted { concernOrder[$0.id, default: 0] < concernOrder[$1.id, default: 0] }
                var seenThemes = Set<String>()
                return ExportedQuote(
                    id: quote.id, fortnight: number, log: log.id, date: log.date, participant: log.participant,
                    attributes: participants[log.participant]?.attributes ?? [:],
                    section: quote.section, prompt: section.prompt, start: quote.start, end: quote.end,
                    text: TextSegments.slice(section.text, quote.range), concernIDs: concerns.map(\.id),
                    concerns: concerns.map(\.name),
                    themes: concerns.map(\.theme).filter { seenThemes.insert($0).inserted },
                    memo: quote.memo, featured: quote.featured)
            }
            .sorted {
                ($0.date, $0.participant, $0.section, $0.start, $0.end, $0.id)
                    < ($1.date, $1.participant, $1.section, $1.start, $1.end, $1.id)
            }
        }
    }
}
