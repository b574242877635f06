import GleanCore
import GleanTUI

/// One keystroke to the next frame, in process: `Update.reduce` of the key plus `Screen.render` of the new state,
/// on an 80×24 `AppState` of the whole project, the way the interface's loop does it (effects are not performed).
struct KeystrokeBench {
    /// One kind of keystroke: the state it starts from, the key timed, and the untimed keys that set up the next one.
    struct Scenario {
        /// The measure's name in the report.
        let name: String
        /// Untimed keys from the opening Logs screen before the first sample.
        var setup: [KeyPress] = []
        /// Untimed keys before sample number `i`.
        var before: (Int) -> [KeyPress] = { _ in [] }
        /// The key timed.
        let key: KeyPress
        /// Untimed keys after each sample, back to where the next one starts.
        var after: [KeyPress] = []
        /// What must hold after the timed key, given the state and the effects, so a scenario that stops doing what
        /// it says fails loudly.
        let check: (AppState, [Effect]) -> Bool
    }

    /// The searched word: no log contains it, so the search reads every row of the fortnight (the worst case).
    static let query = "xylophone"

    /// The five keystrokes of the issue.
    static var scenarios: [Scenario] {
        [
            Scenario(
                name: "keystroke: move (↓ on Logs)", before: { $0 % 40 == 0 ? [.home] : [] }, key: .down,
                check: { state, _ in state.logs.selected > 0 }),
            Scenario(
                name: "keystroke: open a log (Enter on Logs)", key: .enter, after: [.character("q")],
                check: { state, _ in state.screen == .reader }),
            Scenario(
                name: "keystroke: tag/untag (1 in the reader)", setup: [.enter], key: .character("1"),
                check: { _, effects in
                    effects.contains { if case .record = $0 { true } else { false } }
                }),
            Scenario(
                name: "keystroke: switch to Counts (Tab)", key: .tab, after: [.backTab],
                check: { state, _ in state.screen == .counts }),
            Scenario(
                name: "keystroke: search (Enter in the / prompt)",
                before: { _ in [.character("/")] + query.map { .character($0) } }, key: .enter, after: [.escape],
                check: { state, _ in state.search == query && state.modal == nil }),
        ]
    }

    /// The project, as opened read-only.
    let project: Project
    /// The most samples per scenario.
    let maximum: Int
    /// The fewest samples per scenario, taken even past `budget`.
    let minimum: Int
    /// How long a scenario may take before it stops at `minimum` samples or more.
    let budget: Duration

    /// Times `scenario` from a fresh state, in milliseconds per keystroke.
    func measure(_ scenario: Scenario) throws -> Samples {
        let environment = UpdateEnvironment.live(coder: "bench")
        var state = AppState(project: project, size: TerminalSize(width: 80, height: 24), colour: true)
        for key in scenario.setup { _ = Update.reduce(&state, .key(key), environment) }
        _ = Screen.render(state)
        let clock = ContinuousClock()
        let started = clock.now
        var samples = Samples()
        while samples.count < maximum, samples.count < minimum || clock.now - started < budget {
            for key in scenario.before(samples.count) { _ = Update.reduce(&state, .key(key), environment) }
            var effects: [Effect] = []
            let elapsed = clock.measure {
                effects = Update.reduce(&state, .key(scenario.key), environment)
                withExtendedLifetime(Screen.render(state)) {}
            }
            guard scenario.check(state, effects) else {
                throw BenchError("\(scenario.name): the key did not do what it should")
            }
            for key in scenario.after { _ = Update.reduce(&state, .key(key), environment) }
            samples.append(elapsed.milliseconds)
        }
        return samples
    }
}
