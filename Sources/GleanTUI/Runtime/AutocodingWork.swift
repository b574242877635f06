import GleanCore

extension AutocodingJob {
    /// Searches `project` for the job, within `budget`: the work the runner does off the input thread.
    public func perform(on project: Project, _ environment: UpdateEnvironment, budget: MatchBudget) -> AutocodingOutcome {
        do {
            let plan = try AutoCoding.plan(
                project, pattern: pattern, concern: concern, fortnight: fortnight, newID: environment.newID,
                coder: environment.coder, created: environment.now(), budget: budget)
            return plan.map(AutocodingOutcome.found) ?? .nothingToTag
        } catch is CancellationError {
            return .cancelled
        } catch {
            return .refused(EffectFailure(error))
        }
    }
}
