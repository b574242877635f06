import GleanCore

/// Draws the open modal over the screen: help, a prompt, a picker or the multi-line editor.
enum ModalView {
    static func draw(_ modal: Modal, _ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer)
    {
        switch modal {
        case .help(let scroll): HelpView.draw(state, scroll, theme, in: area, into: &buffer)
        case .prompt(let prompt): drawPrompt(prompt, theme, y: area.bottom - 1, width: area.width, into: &buffer)
        case .picker(let picker): drawPicker(picker, theme, in: area, into: &buffer)
        case .text(let editing): MultiLineEditorView.draw(editing, state, theme, in: area, into: &buffer)
        case .confirm(let confirmation):
            if case .autocode(let plan) = confirmation.purpose {
                AutocodePreviewView.draw(plan, confirmation.question, theme, in: area, into: &buffer)
            } else {
                drawConfirmation(confirmation, theme, in: area, into: &buffer)
            }
        case .messages(let scroll): MessagesView.draw(state, scroll, theme, in: area, into: &buffer)
        case .concernPicker(let picker): ConcernPickerView.draw(picker, state, theme, in: area, into: &buffer)
        }
    }

    private static func drawPrompt(
        _ prompt: Prompt, _ theme: Theme, y: Int, width: Int, into buffer: inout ScreenBuffer
    ) {
        buffer.fill(x: 0, y: y, width: width, height: 1)
        let label = "\(prompt.title): "
        let x = buffer.write(label, x: 1, y: y, style: theme.heading) + 1
        drawEditor(prompt.editor, x: x, y: y, width: width - x - 1, theme: theme, into: &buffer)
    }

    /// Draws a line editor scrolled so its cursor shows, the cursor as a reversed cell.
    static func drawEditor(
        _ editor: LineEditor, x: Int, y: Int, width: Int, theme: Theme, into buffer: inout ScreenBuffer
    ) {
        guard width > 1 else { return }
        let characters = editor.characters
        var start = 0
        while DisplayWidth.of(String(characters[start..<editor.cursor])) >= width { start += 1 }
        var column = x
        for index in start...characters.count {
            let isCursor = index == editor.cursor
            let text = index < characters.count ? String(characters[index]) : " "
            let used = buffer.write(
                text, x: column, y: y, style: isCursor ? theme.selected : Style(), maxWidth: x + width - column)
            if used == 0 { break }
            column += used
        }
    }

    private static func drawPicker(_ picker: Picker, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let width = min(area.width - 4, max(30, (picker.options.map { DisplayWidth.of($0) }.max() ?? 0) + 6))
        let height = min(area.height - 2, picker.options.count + 2)
        let box = Rect(
            x: (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        Box.draw(box, title: picker.title, into: &buffer)
        let rows = height - 2
        let first = Scrolling.top(selected: picker.selected, count: picker.options.count, height: rows)
        for (offset, option) in picker.options.dropFirst(first).prefix(rows).enumerated() {
            let style = first + offset == picker.selected ? theme.selected : Style()
            buffer.fill(x: box.x + 1, y: box.y + 1 + offset, width: box.width - 2, height: 1, style: style)
            buffer.put(" " + option, x: box.x + 1, y: box.y + 1 + offset, width: box.width - 2, style: style)
        }
    }

    private static func drawConfirmation(
        _ confirmation: Confirmation, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer
    ) {
        let width = min(area.width - 4, max(30, DisplayWidth.of(confirmation.question) + 4))
        let lines = TextLayout.wrap(confirmation.question, width: width - 4).map { String(confirmation.question[$0]) }
        let height = min(area.height - 2, lines.count + 2)
        let box = Rect(
            x: (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        Box.draw(box, title: "Confirm", into: &buffer)
        for (offset, line) in lines.prefix(height - 2).enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 1 + offset, width: box.width - 4, style: theme.warning)
        }
    }
}

/// A framed rectangle with a title in its top border.
enum Box {
    static func draw(_ rect: Rect, title: String, into buffer: inout ScreenBuffer) {
        buffer.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        let inner = max(0, rect.width - 2)
        buffer.write("┌" + String(repeating: "─", count: inner) + "┐", x: rect.x, y: rect.y)
        for y in (rect.y + 1)..<(rect.bottom - 1) {
            buffer.write("│", x: rect.x, y: y)
            buffer.write("│", x: rect.x + rect.width - 1, y: y)
        }
        buffer.write("└" + String(repeating: "─", count: inner) + "┘", x: rect.x, y: rect.bottom - 1)
        buffer.put(" \(title) ", x: rect.x + 2, y: rect.y, width: max(0, rect.width - 4), style: Style(bold: true))
    }
}
