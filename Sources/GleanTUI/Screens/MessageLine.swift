import GleanCore

/// A message too long for the status bar, wrapped onto up to `maxRows` rows just above it, over the screen, until the
/// next key. When wrapping at spaces takes too many rows it is broken anywhere instead, so a long path still shows
/// whole; a message longer still ends with a pointer to `M`, which shows it whole.
enum MessageLine {
    /// The most rows a message takes above the status bar.
    static let maxRows = 4

    static func draw(_ state: AppState, _ theme: Theme, into buffer: inout ScreenBuffer) {
        guard let message = state.message, let rows = rows(message, state, width: buffer.width - 2) else { return }
        let top = buffer.height - 1 - rows.count
        for (offset, row) in rows.enumerated() {
            buffer.fill(x: 0, y: top + offset, width: buffer.width, height: 1, style: theme.bar)
            buffer.put(row, x: 1, y: top + offset, width: buffer.width - 2, style: theme.bar)
        }
    }

    /// The rows `message` takes above the status bar at `width` columns, or nil when it fits in the status bar.
    static func rows(_ message: String, _ state: AppState, width: Int) -> [String]? {
        guard DisplayWidth.of(message) > Chrome.statusRoom(state, width: state.size.width) else { return nil }
        let atSpaces = TextLayout.wrap(message, width: width).map { String(message[$0]) }
        guard atSpaces.count > maxRows else { return atSpaces }
        let wrapped = anywhere(message, width: width)
        guard wrapped.count > maxRows else { return wrapped }
        let pointer = " (M shows all)"
        let last = TextLayout.truncate(wrapped[maxRows - 1] + " …", toWidth: max(1, width - DisplayWidth.of(pointer)))
        return Array(wrapped.prefix(maxRows - 1)) + [last + pointer]
    }

    /// `text` cut into rows of `width` columns wherever the edge falls.
    private static func anywhere(_ text: String, width: Int) -> [String] {
        var rows: [String] = []
        var row = ""
        var used = 0
        for character in TextSanitizer.displayable(text) {
            let cells = DisplayWidth.of(character)
            if used + cells > width, !row.isEmpty {
                rows.append(row)
                row = ""
                used = 0
            }
            row.append(character)
            used += cells
        }
        return rows + [row]
    }
}
