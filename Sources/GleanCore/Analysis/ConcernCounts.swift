/// How often one concern came up in one fortnight, and how that compares with the fortnight before.
public struct ConcernCount: Equatable, Sendable {
    /// The concern's id.
    var concern: String
    /// Quotes tagged with it.
    public var quotes: Int
    /// Distinct participants with such a quote.
    public var participants: Int
    /// Distinct logs with such a quote.
    var logs: Int
    /// `participants` minus the previous fortnight's; nil for the first fortnight.
    public var change: Int?
    /// `quotes` minus the previous fortnight's; nil for the first fortnight.
    var quoteChange: Int?
    /// Quotes over the rolling window ending with this fortnight.
    public var windowQuotes: Int
    /// Distinct participants over the rolling window ending with this fortnight.
    public var windowParticipants: Int
}

/// The counts of one fortnight: its logs and participants, and each concern's `ConcernCount` in codebook order.
public struct FortnightCounts: Equatable, Sendable {
    /// The fortnight's number.
    public var number: Int
    /// Logs written in it.
    public var logs: Int
    /// Distinct participants who wrote them.
    public var participants: Int
    /// Quotes tagged in it.
    var quotes: Int
    /// Logs marked done (fully coded).
    public var logsDone: Int
    /// One entry per concern of the codebook, in codebook order.
    public var concerns: [ConcernCount]

    /// Whether some of its logs are still to code, so its figures may change.
    public var isProvisional: Bool { logsDone < logs }

    /// The count of the concern with `id`, if it is in the codebook.
    func count(of id: String) -> ConcernCount? {
        concerns.first { $0.concern == id }
    }
}
