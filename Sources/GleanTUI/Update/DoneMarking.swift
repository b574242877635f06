import GleanCore

/// Marking a log done or not done from the Reader or the Logs screen: one undoable edit.
enum DoneMarking {
    /// Marks log `id` of fortnight `number` done when it is not, and not done when it is.
    static func toggle(log id: String, fortnight number: Int, _ state: inout AppState) -> [Effect] {
        let fortnight = state.project.fortnight(number)
        let done = fortnight.progress(ofLog: id) != .done
        guard let edit = try? LogCompletion.edit(state.project, fortnight: number, logs: [id], done: done) else {
            return []
        }
        let effects = History.commit(edit, &state)
        if !effects.isEmpty {
            let updated = state.project.fortnight(number)
            state.message = "\(edit.summary) · \(updated.logsDone)/\(updated.logs.count) done"
        }
        return effects
    }
}
