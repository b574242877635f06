import GleanCore

/// The current search's matches, worked out once per query (and per fortnight or log) so that `n`, `N` and a frame
/// look them up instead of reading every log again.
public struct SearchMatches: Equatable, Sendable {
    /// The matching logs of the fortnight on the Logs screen.
    var logs: LogMatchCounts?
    /// The matches in the log open in the Reader.
    var reader: LogMatches?
}

/// Which logs of a fortnight match a query, and how often the query occurs in each one's text.
///
/// A log matches when its text contains the query or its participant's code or attributes do; only the text's
/// occurrences are counted (a log found by its code alone has 0).
struct LogMatchCounts: Equatable, Sendable {
    /// The query, as typed.
    let query: String
    /// The fortnight searched.
    let fortnight: Int
    /// How many logs the fortnight had, to notice an import.
    let logCount: Int
    /// Occurrences in the text, by log id, for matching logs only.
    let counts: [String: Int]

    /// Searches fortnight `fortnight` of `project` for `query`.
    /// - Complexity: O(n + p) for n characters of the fortnight's text and p participants.
    init(query: String, fortnight: Int, in project: Project) {
        let folded = FoldedText(query)
        let logs = project.fortnight(fortnight).logs
        let participants = Dictionary(
            project.participants.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: Int] = [:]
        for log in logs {
            let inText = log.sections.reduce(0) { $0 + FoldedText($1.text).ranges(of: folded).count }
            if inText > 0 || Self.writer(of: log, participants[log.participant]).contains(folded) {
                counts[log.id] = inText
            }
        }
        self.query = query
        self.fortnight = fortnight
        logCount = logs.count
        self.counts = counts
    }

    /// Whether this still describes `query` over the fortnight `fortnight` of `project`.
    func describes(query: String, fortnight: Int, in project: Project) -> Bool {
        self.query == query && self.fortnight == fortnight && logCount == project.fortnight(fortnight).logs.count
    }

    private static func writer(of log: Log, _ participant: Participant?) -> FoldedText {
        let attributes = participant?.attributes.values.joined(separator: " ") ?? ""
        return FoldedText(log.participant + " " + attributes)
    }
}

/// Where a query occurs in one log's text, in reading order, and which occurrence `n` and `N` last went to.
struct LogMatches: Equatable, Sendable {
    /// The query, as typed.
    let query: String
    /// The log searched.
    let logID: String
    /// Each occurrence: its section and scalar range.
    let matches: [TextSelection]
    /// The index in `matches` of the occurrence gone to last.
    var current: Int

    /// Searches `log` for `query`, the current occurrence being the first.
    init(query: String, log: Log) {
        let folded = FoldedText(query)
        matches = log.sections.enumerated().flatMap { index, section in
            FoldedText(section.text).ranges(of: folded).map { TextSelection(section: index, range: $0) }
        }
        self.query = query
        logID = log.id
        current = 0
    }

    /// The first occurrence starting at or after the start of `selection`, or nil when there is none.
    func first(atOrAfter selection: TextSelection) -> Int? {
        matches.firstIndex {
            ($0.section, $0.range.lowerBound) >= (selection.section, selection.range.lowerBound)
        }
    }

    /// The last occurrence starting before the start of `selection`, or nil when there is none.
    func last(before selection: TextSelection) -> Int? {
        matches.lastIndex {
            ($0.section, $0.range.lowerBound) < (selection.section, selection.range.lowerBound)
        }
    }
}
