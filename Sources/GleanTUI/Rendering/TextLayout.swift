import GleanCore

/// Fitting text to a number of terminal columns, measured as `ScreenBuffer.write` would draw it.
public enum TextLayout {
    /// Sanitised `text`, cut to at most `width` columns with a trailing "…" when anything was cut.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        let text = TextSanitizer.displayable(text)
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        var result = "", used = 0
        for character in text {
            used += DisplayWidth.of(character)
            guard used < width else { break }
            result.append(character)
        }
        return result + "…"
    }

    /// Sanitised `text`, followed by spaces up to `width` columns; never shortened.
    public static func pad(_ text: String, toWidth width: Int) -> String {
        let text = TextSanitizer.displayable(text)
        return text + String(repeating: " ", count: max(width - DisplayWidth.of(text), 0))
    }

    /// Word-wraps `text` to `width` columns and returns the range of `text` shown on each row.
    ///
    /// Rows break at spaces (which hang at the end of the row they follow) and at newlines
    /// (which belong to no row). A word wider than the row is broken wherever it reaches the
    /// edge. Empty text gives one empty row.
    public static func wrap(_ text: String, width: Int) -> [Range<String.Index>] {
        let width = max(width, 1)
        var rows: [Range<String.Index>] = []
        var start = text.startIndex, column = 0
        var spaces: Range<String.Index>?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index], next = text.index(after: index)
            let columns = displayedWidth(character)
            if character.isNewline {
                rows.append(start..<index)
                (start, column, spaces) = (next, 0, nil)
            } else if character == " " {
                spaces = (spaces?.upperBound == index ? spaces!.lowerBound : index)..<next
                column += columns
            } else if column + columns > width, column > 0 {
                if let run = spaces, run.lowerBound > start {
                    rows.append(start..<run.lowerBound)
                    start = run.upperBound
                    column = text[start..<index].reduce(0) { $0 + displayedWidth($1) }
                } else {
                    rows.append(start..<index)
                    (start, column) = (index, 0)
                }
                spaces = nil
                continue
            } else {
                column += columns
            }
            index = next
        }
        rows.append(start..<text.endIndex)
        return rows
    }

    private static func displayedWidth(_ character: Character) -> Int {
        DisplayWidth.of(TextSanitizer.displayable(String(character)))
    }
}
