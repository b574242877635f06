import Foundation
import GleanCore

/// Runs the interface on a project: reads keys, updates the state, performs effects, draws frames.
///
/// Every curses call happens on the calling thread. Every edit is journalled (and flushed to disk) before the
/// status bar says it is saved; the journal is folded into the project files on the way out.
public enum GleanApp {
    /// Opens the interface on `store`'s project for `facilitator`, showing `greeting` in the status bar, and returns
    /// when the user quits.
    public static func run(store: ProjectStore, facilitator: Facilitator, greeting: String? = nil) throws {
        let terminal = try NcursesTerminal(useColour: NcursesTerminal.shouldUseColour())
        defer { terminal.shutdown() }
        let size = terminal.size
        var state = AppState(
            project: store.opened, size: TerminalSize(width: size.width, height: size.height),
            colour: terminal.usesColour)
        state.colourDepth = terminal.colourDepth
        state.message = greeting
        state.readOnly = store.access == .readOnly
        let legacy = store.teamHistory == nil ? LegacyCoder.name(environment: ProcessInfo.processInfo.environment) : nil
        state.coding = CodingScope(me: facilitator, names: FacilitatorNames(known: store.teamNames), legacyName: legacy)
        let environment = UpdateEnvironment.live(coder: facilitator.id)
        let effects = EffectRunner(store: store, environment: environment, facilitator: facilitator)
        if store.isTeam {
            for effect in TeamUpdate.opened(&state) {
                for event in effects.perform(effect, state) { _ = Update.reduce(&state, event, environment) }
            }
        }
        while !state.quitting {
            terminal.draw(Screen.render(state))
            var events = effects.finishedEvents()
            if events.isEmpty {
                // While background work is going, wait for a key only briefly, then look again for its outcome.
                let busy = effects.isBusy
                let key = busy ? terminal.readKey(waitingAtMost: GleanApp.backgroundPollMilliseconds) : terminal.readKey()
                if let key {
                    events.append(event(for: key, terminal))
                } else if !busy {
                    break
                }
            }
            for event in events {
                var pending = Update.reduce(&state, event, environment)
                while !pending.isEmpty {
                    let effect = pending.removeFirst()
                    for followUp in effects.perform(effect, state) {
                        pending += Update.reduce(&state, followUp, environment)
                    }
                }
            }
        }
        try effects.finish(state.project)
    }

    /// How long the main loop waits for a key while background work is going before it looks for the work's outcome.
    static let backgroundPollMilliseconds: Int32 = 50

    /// The event for `key`: a resize carries the terminal's new size.
    private static func event(for key: KeyPress, _ terminal: NcursesTerminal) -> Event {
        guard key == .resize else { return .key(key) }
        let size = terminal.size
        return .resized(TerminalSize(width: size.width, height: size.height))
    }
}

extension UpdateEnvironment {
    /// The real clock, random UUIDs, and `coder` (the facilitator's id) on new quotes.
    public static func live(coder: String) -> UpdateEnvironment {
        UpdateEnvironment(
            now: { ISO8601DateFormatter().string(from: Date()) },
            newID: { UUID().uuidString.lowercased() },
            coder: coder)
    }
}
