/// A short paragraph wrapped to a width, for hints that must be read whole even on a narrow terminal.
enum ParagraphRows {
    /// Draws `text` wrapped to `width` from row `y` and returns the number of rows used.
    @discardableResult
    static func draw(_ text: String, x: Int, y: Int, width: Int, style: Style, into buffer: inout ScreenBuffer) -> Int {
        let lines = TextLayout.wrap(text, width: width)
        for (row, range) in lines.enumerated() {
            buffer.put(String(text[range]), x: x, y: y + row, width: width, style: style)
        }
        return lines.count
    }
}
