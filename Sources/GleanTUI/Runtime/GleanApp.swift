import Foundation
import GleanCore

/// Runs the interface on a project: reads keys, updates the state, performs effects, draws frames.
///
/// Every curses call happens on the calling thread. Every edit is journalled (and flushed to disk) before the
/// status bar says it is saved; the journal is folded into the project files on the way out.
public enum GleanApp {
    /// Opens the interface on `store`'s project, showing `greeting` in the status bar, and returns when the user quits.
    public static func run(store: ProjectStore, greeting: String? = nil) throws {
        let terminal = try NcursesTerminal(useColour: NcursesTerminal.shouldUseColour())
        defer { terminal.shutdown() }
        let size = terminal.size
        var state = AppState(
            project: store.opened, size: TerminalSize(width: size.width, height: size.height),
            colour: terminal.usesColour)
        state.message = greeting
        state.readOnly = store.access == .readOnly
        let effects = EffectRunner(store: store)
        let environment = UpdateEnvironment.live
        while !state.quitting {
            terminal.draw(Screen.render(state))
            guard let key = terminal.readKey() else { break }
            let event: Event
            if key == .resize {
                let size = terminal.size
                event = .resized(TerminalSize(width: size.width, height: size.height))
            } else {
                event = .key(key)
            }
            var pending = Update.reduce(&state, event, environment)
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                for followUp in effects.perform(effect, state) {
                    pending += Update.reduce(&state, followUp, environment)
                }
            }
        }
        try effects.finish(state.project)
    }
}

extension UpdateEnvironment {
    /// The real clock, random UUIDs, and the user's login name as coder.
    public static var live: UpdateEnvironment {
        UpdateEnvironment(
            now: { ISO8601DateFormatter().string(from: Date()) },
            newID: { UUID().uuidString.lowercased() },
            coder: ProcessInfo.processInfo.environment["USER"] ?? "facilitator")
    }
}
