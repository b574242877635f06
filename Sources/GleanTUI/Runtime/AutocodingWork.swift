import GleanCore

extension AutocodingJob {
    /// Searches the project as `state`'s coding view shows it for the job, within `budget`: the work the runner does
    /// off the input thread. In the mine and blind views others' quotes are out of sight, so a sentence only they
    /// tagged gets a new quote of the facilitator's own, and another's quote is never added to.
    public func perform(in state: AppState, _ environment: UpdateEnvironment, budget: MatchBudget) -> AutocodingOutcome
    {
        do {
            let plan = try AutoCoding.plan(
                state.shownProject, pattern: pattern, concern: concern, fortnight: fortnight, newID: environment.newID,
                coder: environment.coder, created: environment.now(), budget: budget)
            return plan.map(AutocodingOutcome.found) ?? .nothingToTag
        } catch is CancellationError {
            return .cancelled
        } catch {
            return .refused(EffectFailure(error))
        }
    }
}
