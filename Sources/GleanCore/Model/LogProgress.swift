/// How far the facilitator has got with coding one log.
///
/// A log is *done* when the facilitator has marked it so, *in progress* when it holds a quote but is not marked done,
/// and *not started* otherwise.
public enum LogProgress: String, Codable, Equatable, Sendable, CaseIterable {
    /// No quote tagged yet and not marked done.
    case notStarted
    /// At least one quote tagged, not yet marked done.
    case inProgress
    /// Marked done by the facilitator.
    case done

    /// The words for it, e.g. "in progress".
    public var label: String {
        switch self {
        case .notStarted: return "not started"
        case .inProgress: return "in progress"
        case .done: return "done"
        }
    }
}
