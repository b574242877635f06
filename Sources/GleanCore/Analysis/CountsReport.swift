/// The JSON document `glean counts --json` prints: the counts table with names, dates and an optional breakdown.
public struct CountsReport: Encodable, Sendable {
    /// One concern's counts in one fortnight, with the concern's name, key and theme.
    struct ConcernEntry: Encodable {
        var id: String
        var name: String
        var key: Int?
        var theme: String
        var quotes: Int
        var participants: Int
        var logs: Int
        var change: Int?
        var quoteChange: Int?
        var share: Int
        var shareChange: Int?
        var raisedBy: String
        var window: WindowEntry

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(key, forKey: .key)
            try container.encode(theme, forKey: .theme)
            try container.encode(quotes, forKey: .quotes)
            try container.encode(participants, forKey: .participants)
            try container.encode(logs, forKey: .logs)
            try container.encode(change, forKey: .change)
            try container.encode(quoteChange, forKey: .quoteChange)
            try container.encode(share, forKey: .share)
            try container.encode(shareChange, forKey: .shareChange)
            try container.encode(raisedBy, forKey: .raisedBy)
            try container.encode(window, forKey: .window)
        }

        enum CodingKeys: String, CodingKey {
            case id, name, key, theme, quotes, participants, logs, change, quoteChange, share, shareChange, raisedBy,
                window
        }
    }

    /// The rolling-window totals ending with a fortnight.
    struct WindowEntry: Encodable {
        var quotes: Int
        var participants: Int
    }

    /// One fortnight's counts.
    struct FortnightEntry: Encodable {
        var number: Int
        var title: String
        var startDate: String
        var endDate: String
        var logs: Int
        var participants: Int
        var quotes: Int
        var logsDone: Int
        var provisional: Bool
        var concerns: [ConcernEntry]
    }

    /// The counts over the participants holding one value of the breakdown attribute.
    struct GroupEntry: Encodable {
        var value: String
        var fortnights: [FortnightEntry]
    }

    /// The counts split by an attribute.
    struct BreakdownEntry: Encodable {
        var attribute: String
        var groups: [GroupEntry]
    }

    var programme: String
    var window: Int
    var fortnights: [FortnightEntry]
    var breakdown: BreakdownEntry?
    /// Whose coding the figures use; absent when one facilitator (or nobody) coded.
    var coding: CodingEntry?

    /// The facilitators whose coding the figures use (ids, so every clone prints the same), and the disagreements.
    struct CodingEntry: Encodable {
        var facilitators: [String]
        var disagreementsDecided: Int
        var disagreementsOpen: Int
    }

    /// The report for `project` over a rolling window of `window` fortnights, split by `attribute` when given.
    public init(project: Project, window: Int, attribute: String?) {
        programme = project.programme.name
        self.window = window
        fortnights = CountsReport.entries(CountsTable(project: project, window: window), project)
        breakdown = attribute.map { name in
            let split = AttributeBreakdown(project: project, attribute: name, window: window)
            return BreakdownEntry(
                attribute: name,
                groups: split.groups.map {
                    GroupEntry(value: $0.value, fortnights: CountsReport.entries($0.table, project))
                })
        }
        let basis = CodingBasis(project: project)
        coding =
            basis.isShared
            ? CodingEntry(
                facilitators: basis.coders, disagreementsDecided: basis.decided, disagreementsOpen: basis.open) : nil
    }

    private static func entries(_ table: CountsTable, _ project: Project) -> [FortnightEntry] {
        table.fortnights.map { row in
            FortnightEntry(
                number: row.number, title: project.programme.title(ofFortnight: row.number),
                startDate: project.programme.firstDay(ofFortnight: row.number).iso,
                endDate: project.programme.lastDay(ofFortnight: row.number).iso,
                logs: row.logs, participants: row.participants, quotes: row.quotes, logsDone: row.logsDone,
                provisional: row.isProvisional,
                concerns: zip(project.codebook.concerns, row.concerns).map { concern, count in
                    let figure = table.figure(of: concern.id, fortnight: row.number)
                    return ConcernEntry(
                        id: concern.id, name: concern.name, key: concern.key, theme: concern.theme,
                        quotes: count.quotes, participants: count.participants, logs: count.logs,
                        change: count.change, quoteChange: count.quoteChange, share: figure.share.percent,
                        shareChange: figure.shareChange, raisedBy: figure.raisedBy,
                        window: WindowEntry(quotes: count.windowQuotes, participants: count.windowParticipants))
                })
        }
    }

    /// The report as pretty-printed JSON with sorted keys and a trailing newline.
    public func json() throws -> String {
        String(decoding: try JSONFormat.snapshot(self), as: UTF8.self)
    }
}
