/// One durable edit to a project, as written to the journal.
///
/// Every case sets an entity to a value or removes it, so replaying a change twice leaves the same result:
/// the journal can be replayed over a snapshot that already holds some of its changes.
public enum Change: Codable, Equatable, Sendable {
    /// Adds the quote, or replaces the quote with the same id.
    case putQuote(fortnight: Int, quote: Quote)
    /// Removes the quote with `id` if present.
    case removeQuote(fortnight: Int, id: String)
    /// Adds the concern at `position` (or at the end), or replaces the concern with the same id in place.
    case putConcern(concern: Concern, position: Int?)
    /// Removes the concern with `id` if present.
    case removeConcern(id: String)
    /// Sets a fortnight's note.
    case setNote(fortnight: Int, note: FortnightNote)
    /// Sets which participant attributes attribute a featured quote.
    case setAttribution(Attribution)
    /// Sets the attributes of the participant with code `participant`, if there is one.
    case setAttributes(participant: String, attributes: [String: String])
    /// Sets which concerns the summaries write up as key.
    case setKeyConcernRule(rule: KeyConcernRule)
    /// Marks the log with id `log` done (fully coded) or not done.
    case setLogDone(fortnight: Int, log: String, done: Bool)
    /// Adds the decision, or replaces the one on the same log and concern.
    case decideCoding(fortnight: Int, decision: CodingDecision)
    /// Removes the decision on `concern` in `log` if present.
    case withdrawDecision(fortnight: Int, log: String, concern: String)

    /// The fortnight whose coding file the change touches, or nil when it touches `glean.json`.
    var fortnight: Int? {
        switch self {
        case .putQuote(let number, _), .removeQuote(let number, _), .setNote(let number, _),
            .setLogDone(let number, _, _),
            .decideCoding(let number, _), .withdrawDecision(let number, _, _):
            return number
        case .putConcern, .removeConcern, .setAttribution, .setAttributes, .setKeyConcernRule: return nil
        }
    }
}

/// A user's edit: the changes it makes, applied and undone together.
public struct Edit: Equatable, Sendable {
    /// A short description for the status bar, e.g. "Tagged Staff wellbeing".
    public var summary: String
    /// The changes, in order.
    public var changes: [Change]

    /// Creates an edit.
    public init(summary: String, changes: [Change]) {
        self.summary = summary
        self.changes = changes
    }
}
