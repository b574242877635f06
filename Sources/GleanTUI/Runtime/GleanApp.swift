import Foundation
import GleanCore

/// Runs the interface on a project in the real terminal (ncurses), through `AppLoop`.
public enum GleanApp {
    /// Opens the interface on `store`'s project for `facilitator`, showing `greeting` in the status bar, and returns
    /// when the user quits.
    public static func run(store: ProjectStore, facilitator: Facilitator, greeting: String? = nil) throws {
        let terminal = try NcursesTerminal(useColour: NcursesTerminal.shouldUseColour())
        defer { terminal.shutdown() }
        try AppLoop.run(
            on: terminal, store: store, facilitator: facilitator, environment: .live(coder: facilitator.id),
            greeting: greeting)
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
