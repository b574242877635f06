import Foundation
import GleanCore

/// The interface's runtime loop on any `Terminal`: draws a frame, takes a key or the outcome of background work,
/// updates the state, performs the effects, and again, until the user quits or input ends.
///
/// Every terminal call happens on the calling thread. Every edit is journalled (and flushed to disk) before the
/// status bar says it is saved; the journal is folded into the project files on the way out.
public enum AppLoop {
    /// How long the loop waits for a key while background work is going before it looks for the work's outcome.
    public static let backgroundPollMilliseconds: Int32 = 50

    /// Runs the interface on `terminal` for `store`'s project and `facilitator`, showing `greeting` in the status bar,
    /// and returns when the user quits. Background work runs on `workQueue`; `processEnvironment` names the coder of
    /// a project without a team history.
    public static func run(
        on terminal: some Terminal, store: ProjectStore, facilitator: Facilitator, environment: UpdateEnvironment,
        greeting: String? = nil, processEnvironment: [String: String] = ProcessInfo.processInfo.environment,
        workQueue: DispatchQueue = .global(qos: .userInitiated)
    ) throws {
        var state = AppState(project: store.opened, size: terminal.screenSize, colour: terminal.usesColour)
        state.colourDepth = terminal.colourDepth
        state.message = greeting
        state.readOnly = store.access == .readOnly
        let legacy = !store.isTeam ? LegacyCoder.name(environment: processEnvironment) : nil
        state.coding = CodingScope(me: facilitator, names: FacilitatorNames(known: store.teamNames), legacyName: legacy)
        let effects = EffectRunner(
            store: store, environment: environment, facilitator: facilitator, workQueue: workQueue)
        let opening = (store.isTeam ? TeamUpdate.opened(&state) : []) + FortnightReading.opened(state)
        for effect in opening {
            for event in effects.perform(effect, state) { _ = Update.reduce(&state, event, environment) }
        }
        while !state.quitting {
            terminal.draw(Screen.render(state))
            var events = effects.finishedEvents()
            if events.isEmpty {
                // While background work is going, wait for a key only briefly, then look again for its outcome.
                let busy = effects.isBusy
                let key = busy ? terminal.readKey(waitingAtMost: backgroundPollMilliseconds) : terminal.readKey()
                if let key {
                    events.append(key == .resize ? .resized(terminal.screenSize) : .key(key))
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
}
