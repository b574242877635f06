import GleanCore

/// Applying edits, and undoing and redoing them: every change to the project goes through here.
enum History {
    /// Applies `edit`, remembers how to undo it, and asks for it to be made durable.
    static func commit(_ edit: Edit, _ state: inout AppState) -> [Effect] {
        guard !refusedAsReadOnly(&state) else { return [] }
        let inverse = state.project.apply(edit)
        state.undoStack.append(inverse)
        state.redoStack.removeAll()
        state.saveState = .saving
        state.message = edit.summary
        return [.record(edit)]
    }

    /// Whether the project is read-only, in which case the status bar says so.
    private static func refusedAsReadOnly(_ state: inout AppState) -> Bool {
        guard state.readOnly else { return false }
        state.message = ReadOnlyRefusal.editing
        return true
    }

    /// Undoes the last edit.
    static func undo(_ state: inout AppState) -> [Effect] {
        replay(from: \.undoStack, to: \.redoStack, verb: "undo", done: "Undid", &state)
    }

    /// Redoes the last undone edit.
    static func redo(_ state: inout AppState) -> [Effect] {
        replay(from: \.redoStack, to: \.undoStack, verb: "redo", done: "Redid", &state)
    }

    /// Applies the last edit of one stack and pushes its inverse onto the other.
    private static func replay(
        from source: WritableKeyPath<AppState, [Edit]>, to target: WritableKeyPath<AppState, [Edit]>, verb: String,
        done: String, _ state: inout AppState
    ) -> [Effect] {
        guard !refusedAsReadOnly(&state) else { return [] }
        guard let edit = state[keyPath: source].popLast() else {
            state.message = "Nothing to \(verb)"
            return []
        }
        state[keyPath: target].append(state.project.apply(edit))
        state.saveState = .saving
        state.message = "\(done): \(edit.summary)"
        return [.record(edit)]
    }
}
