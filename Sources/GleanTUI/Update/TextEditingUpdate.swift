import GleanCore

/// Keys in the multi-line editor: typing and moving, Ctrl-S saves (one undoable edit), Esc closes, asking first when
/// there are changes to throw away.
enum TextEditingUpdate {
    static func handle(_ key: KeyPress, _ editing: TextEditing, _ state: inout AppState) -> [Effect] {
        var editing = editing
        if editing.confirmingCancel {
            if KeyMap.command(for: key, in: .confirm) == .yes {
                state.modal = nil
                state.message = "Your changes were thrown away"
            } else {
                editing.confirmingCancel = false
                state.modal = .text(editing)
                state.message = "Still editing"
            }
            return []
        }
        switch KeyMap.command(for: key, in: .editor) {
        case .back:
            if editing.editor.text == editing.original {
                state.modal = nil
                state.message = "Left as it was"
            } else {
                editing.confirmingCancel = true
                state.modal = .text(editing)
            }
            return []
        case .save:
            state.modal = nil
            let note = editing.note(in: state.project)
            let fortnight = editing.purpose.fortnight
            guard note != state.project.fortnight(fortnight).note else {
                state.message = "Nothing changed"
                return []
            }
            return History.commit(
                Edit(summary: "Saved \(editing.title)", changes: [.setNote(fortnight: fortnight, note: note)]), &state)
        default:
            _ = editing.editor.handle(key, width: TextEditing.wrapWidth(for: state.size))
            state.modal = .text(editing)
            return []
        }
    }
}
