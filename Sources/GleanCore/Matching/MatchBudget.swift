/// How much work matching a pattern may take, in ICU's match steps, and the token that stops it early.
///
/// A step is ICU's unit of matching work: 10,000 operations of its backtracking engine, about a third of a
/// millisecond on an idle machine (a millisecond on a busy one); counting steps, not time, makes the limits the same
/// everywhere. A search that takes less than one step is not counted, so a run of many short sentences costs at
/// most one uncounted step per sentence on top of `stepsPerRun`: the whole run stays linear in the text.
public struct MatchBudget: Sendable {
    /// The most steps one search of one sentence may take.
    var stepsPerMatch: Int
    /// The most steps all searches of one run may take together.
    var stepsPerRun: Int
    /// Stops the run when cancelled; looked at every step.
    var cancellation: CancellationToken

    /// A budget. The defaults let an ordinary pattern such as `exhaust|burn.?out` search a 1 MiB sentence in about
    /// 40 steps, and stop a runaway search within a second and a whole run within seconds.
    public init(
        stepsPerMatch: Int = MatchBudget.standardStepsPerMatch, stepsPerRun: Int = MatchBudget.standardStepsPerRun,
        cancellation: CancellationToken = CancellationToken()
    ) {
        self.stepsPerMatch = stepsPerMatch
        self.stepsPerRun = stepsPerRun
        self.cancellation = cancellation
    }

    /// The default for `stepsPerMatch`.
    public static let standardStepsPerMatch = 1_000
    /// The default for `stepsPerRun`.
    public static let standardStepsPerRun = 10_000
}
