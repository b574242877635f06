import GleanCore

/// Draws the concern picker: a box with the filter line, then one row per concern — "[x]" when the selection's quote
/// has it, its key, its name in its concern's look — and "+ Create “…” in Theme" last when the filter names no concern.
enum ConcernPickerView {
    static let title = "Concerns for the selection"
    static let footer = "Enter toggles · Esc closes"
    static let emptyHint = "Type a name to create a concern"

    /// How many option rows the picker shows on a screen `screenHeight` rows high.
    static func visibleRows(screenHeight: Int) -> Int {
        tallestBox(bodyHeight: screenHeight - 2) - 3
    }

    /// The box's height for `options` rows: the filter line, the rows and the borders, within the body.
    private static func boxHeight(bodyHeight: Int, options: Int) -> Int {
        min(tallestBox(bodyHeight: bodyHeight), options + 3)
    }

    private static func tallestBox(bodyHeight: Int) -> Int {
        max(4, bodyHeight - 2)
    }

    static func draw(
        _ picker: ConcernPicker, _ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer
    ) {
        let ticked = Tagging.exactQuote(state)?.concerns ?? []
        let options = picker.options(state.project.codebook, ticked: ticked)
        let labels = options.map { label($0, ticked: ticked) }
        let width = min(area.width - 2, max(DisplayWidth.of(emptyHint), labels.map(DisplayWidth.of).max() ?? 0) + 4)
        let height = boxHeight(bodyHeight: area.height, options: max(1, options.count))
        let box = Rect(
            x: (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        Box.draw(box, title: title, into: &buffer)
        buffer.put(" \(footer) ", x: box.x + 2, y: box.bottom - 1, width: box.width - 4, style: theme.dim)
        let filterLabel = "Filter: "
        let x = buffer.write(filterLabel, x: box.x + 2, y: box.y + 1, style: theme.heading) + box.x + 2
        ModalView.drawEditor(
            picker.filter, x: x, y: box.y + 1, width: box.x + box.width - 2 - x, theme: theme, into: &buffer)
        let rows = height - 3
        guard !options.isEmpty else {
            buffer.put(emptyHint, x: box.x + 2, y: box.y + 2, width: box.width - 4, style: theme.dim)
            return
        }
        let first = Scrolling.top(selected: picker.selected, count: options.count, height: rows)
        for (offset, option) in options.enumerated().dropFirst(first).prefix(rows) {
            let y = box.y + 2 + offset - first
            let isSelected = offset == picker.selected
            var style = Style()
            if case .concern(let concern) = option { style = theme.concern(concern.id) }
            if isSelected {
                style.reverse = true
                buffer.fill(x: box.x + 1, y: y, width: box.width - 2, height: 1, style: theme.selected)
            }
            buffer.put(" " + labels[offset], x: box.x + 1, y: y, width: box.width - 2, style: style)
        }
    }

    /// A row's text: "[x] 1 Staff wellbeing", "[ ]   Unkeyed concern", or "+ Create “foo” in Theme".
    static func label(_ option: ConcernPicker.Option, ticked: [String]) -> String {
        switch option {
        case .concern(let concern):
            let tick = ticked.contains(concern.id) ? "[x]" : "[ ]"
            return "\(tick) \(concern.key.map(String.init) ?? " ") \(concern.name)"
        case .create(let name, let theme):
            return "+ Create “\(name)” in \(theme)"
        }
    }
}
