/// Why a search was stopped before it could say whether the pattern matches.
public enum MatchStopped: Error, Equatable, Sendable {
    /// The search of one text took more than `MatchBudget.stepsPerMatch` steps.
    case matchTooLong
    /// The searches of the run together took more than `MatchBudget.stepsPerRun` steps.
    case runTooLong
    /// The search needed more memory than ICU allows it for remembering where to backtrack, or than it could get.
    case tooMuchBacktracking
    /// The run's `CancellationToken` was cancelled.
    case cancelled
}
