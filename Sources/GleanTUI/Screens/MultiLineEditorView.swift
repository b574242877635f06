/// Draws the multi-line editor over the whole body: its title and hint, then the text wrapped at
/// `TextEditing.wrapWidth`, scrolled so the cursor's row shows, the cursor as a reversed cell.
enum MultiLineEditorView {
    static func draw(
        _ editing: TextEditing, _ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer
    ) {
        buffer.fill(x: area.x, y: area.y, width: area.width, height: area.height)
        buffer.put(editing.title, x: 1, y: area.y, width: area.width - 2, style: theme.heading)
        buffer.put(editing.hint, x: 1, y: area.y + 1, width: area.width - 2, style: theme.dim)
        let width = TextEditing.wrapWidth(for: state.size)
        let editor = editing.editor
        let rows = editor.rows(width: width)
        let cursor = editor.cursorPosition(width: width)
        let top = area.y + 2
        var height = area.height - 2
        if editing.confirmingCancel {
            height -= 1
            buffer.put(
                "Discard your changes? y discards, any other key keeps editing", x: 1, y: area.bottom - 1,
                width: area.width - 2, style: theme.selected)
        }
        guard height > 0 else { return }
        let first = max(0, min(cursor.row - height + 1, rows.count - height))
        for (offset, row) in rows.dropFirst(first).prefix(height).enumerated() {
            let text = String(editor.characters[row.start..<row.drawnEnd])
            buffer.put(text, x: 2, y: top + offset, width: width + 1)
        }
        let cursorY = top + cursor.row - first
        guard cursorY >= top, cursorY < top + height else { return }
        let row = rows[cursor.row]
        let under = editor.cursor < row.drawnEnd ? String(editor.characters[editor.cursor]) : " "
        buffer.write(under, x: 2 + cursor.column, y: cursorY, style: theme.selected)
    }
}
