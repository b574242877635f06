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
    /// position (then id, then as stored); a quote whose log or section is missing (a damaged project) is left out.
    ///
    /// - Complexity: O(q log q + l log l) for q quotes and l logs; the quotes are ordered by numbers, the text of a
    ///   participant code or a quote id compared only where everything before it is the same.
    static func all(in project: Project, fortnights numbers: [Int]) -> [ExportedQuote] {
        let participants = Dictionary(
            project.participants.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let concernOrder = Dictionary(
            project.codebook.concerns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return numbers.flatMap { number -> [ExportedQuote] in
            let fortnight = project.fortnight(number)
            let logs = Dictionary(fortnight.logs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let kept = fortnight.quotes.compactMap { quote -> (Quote, Log)? in
                guard let log = logs[quote.log], log.sections.indices.contains(quote.section) else { return nil }
                return (quote, log)
            }
            return inExportOrder(kept).map { quote, log in
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
        }
    }

    /// `quotes` of one fortnight, each with its log, ordered by the log's date and participant, then section, start,
    /// end and id, quotes alike in all of these kept in the order given.
    private static func inExportOrder(_ quotes: [(Quote, Log)]) -> [(Quote, Log)] {
        let writings = Set(quotes.map { Writing(date: $1.date, participant: $1.participant) })
            .sorted { ($0.date, $0.participant) < ($1.date, $1.participant) }
        let rank = Dictionary(uniqueKeysWithValues: writings.enumerated().map { ($1, $0) })
        let keys = quotes.map { quote, log in
            (rank[Writing(date: log.date, participant: log.participant)] ?? 0, quote.section, quote.start, quote.end)
        }
        let order = quotes.indices.sorted { left, right in
            let (a, b) = (keys[left], keys[right])
            if a != b { return a < b }
            if quotes[left].0.id != quotes[right].0.id { return quotes[left].0.id < quotes[right].0.id }
            return left < right
        }
        return order.map { quotes[$0] }
    }

    /// A participant's writing on one day, which places a log in the export's order.
    private struct Writing: Hashable {
        let date: Day
        let participant: String
    }
}
