import GleanCore

/// Applying edits, and undoing and redoing them: every change to the project goes through here.
enum History {
    /// Applies `edit`, remembers how to undo it, and asks for it to be made durable.
    static func commit(_ edit: Edit, _ state: inout AppState) -> [Effect] {
        let inverse = state.project.apply(edit)
        state.undoStack.append(inverse)
        state.redoStack.removeAll()
        state.saveState = .saving
        state.message = edit.summary
        return [.record(edit)]
    }

    /// Undoes the last edit.
    static func undo(_ state: inout AppState) -> [Effect] {
        guard let inverse = state.undoStack.popLast() else {
            state.message = "Nothing to undo"
            return []
        }
        state.redoStack.append(state.project.apply(inverse))
        state.saveState = .saving
        state.message = "Undid: \(inverse.summary)"
        return [.record(inverse)]
    }

    /// Redoes the last undone edit.
    static func redo(_ state: inout AppState) -> [Effect] {
        guard let edit = state.redoStack.popLast() else {
            state.message = "Nothing to redo"
            return []
        }
        state.undoStack.append(state.project.apply(edit))
        state.saveState = .saving
        state.message = "Redid: \(edit.summary)"
        return [.record(edit)]
    }
}
