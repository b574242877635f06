/// A passage of a log section tagged with one or more concerns.
///
/// Offsets count Unicode scalars of the section text from 0, end exclusive. Quotes may overlap.
public struct Quote: Codable, Equatable, Sendable, Identifiable {
    /// A stable id (a lower-case UUID).
    public var id: String
    /// The id of the log quoted.
    public var log: String
    /// The code of the participant who wrote the log (kept with the quote so counts need no log text).
    var participant: String
    /// The 0-based index of the section within the log.
    public var section: Int
    /// The first scalar of the passage.
    public var start: Int
    /// One past the last scalar of the passage.
    public var end: Int
    /// The ids of the concerns it is tagged with, sorted.
    public var concerns: [String]
    /// The facilitator's note on the quote.
    public var memo: String
    /// Whether the quote is chosen for the fortnight summary.
    public var featured: Bool
    /// Who tagged it.
    public var coder: String
    /// When it was first tagged, ISO 8601 in UTC.
    var created: String

    /// Creates a quote; `concerns` are stored sorted.
    public init(
        id: String, log: String, participant: String, section: Int, start: Int, end: Int, concerns: [String],
        memo: String = "", featured: Bool = false, coder: String, created: String
    ) {
        self.id = id
        self.log = log
        self.participant = participant
        self.section = section
        self.start = start
        self.end = end
        self.concerns = concerns.sorted()
        self.memo = memo
        self.featured = featured
        self.coder = coder
        self.created = created
    }

    /// The passage's scalar range within its section.
    public var range: Range<Int> { start..<end }

    /// The order quotes are kept in on disk and listed on screen: by log, section, position, then id.
    static func precedes(_ lhs: Quote, _ rhs: Quote) -> Bool {
        (lhs.log, lhs.section, lhs.start, lhs.end, lhs.id) < (rhs.log, rhs.section, rhs.start, rhs.end, rhs.id)
    }
}

extension Quote {
    /// Decodes a quote; `participant` may be absent in files from schema version 1, which `SchemaMigration` fills in.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        log = try container.decode(String.self, forKey: .log)
        participant = try container.decodeIfPresent(String.self, forKey: .participant) ?? ""
        section = try container.decode(Int.self, forKey: .section)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        concerns = try container.decode([String].self, forKey: .concerns)
        memo = try container.decode(String.self, forKey: .memo)
        featured = try container.decode(Bool.self, forKey: .featured)
        coder = try container.decode(String.self, forKey: .coder)
        created = try container.decode(String.self, forKey: .created)
    }
}
