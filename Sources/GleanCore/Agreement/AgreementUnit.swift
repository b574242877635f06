/// What a unit of agreement is.
public enum AgreementUnit: String, CaseIterable, Codable, Sendable {
    /// One unit per log and concern: did the facilitator tag the concern anywhere in the log?
    case presence
    /// One unit per character of a log section and concern: is it inside one of the facilitator's quotes with it?
    case character
}
