/// The team's decision on one disagreement: whose coding of a concern in a log stands.
///
/// Stored in the fortnight's coding file under `decisions`, one per (log, concern).
public struct CodingDecision: Codable, Equatable, Sendable {
    /// The id of the log.
    var log: String
    /// The id of the concern.
    var concern: String
    /// The facilitators (ids as in `Quote.coder`) whose coding of the concern in the log stands, sorted; empty when
    /// neither's does (the concern is dropped from the log).
    public var accepted: [String]
    /// The facilitator who decided.
    var by: String
    /// When, ISO 8601 in UTC.
    var made: String

    /// Creates a decision; `accepted` is stored sorted without repeats.
    init(log: String, concern: String, accepted: [String], by: String, made: String) {
        self.log = log
        self.concern = concern
        self.accepted = Set(accepted).sorted()
        self.by = by
        self.made = made
    }

    /// The order decisions are kept in on disk: by log, then concern.
    static func precedes(_ lhs: CodingDecision, _ rhs: CodingDecision) -> Bool {
        (lhs.log, lhs.concern) < (rhs.log, rhs.concern)
    }
}
