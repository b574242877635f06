import GleanCore

/// A grid of styled cells that views draw into; a terminal backend copies it to the screen.
///
/// A wide grapheme occupies its own cell plus a continuation cell (grapheme `""`) to its right.
/// Every mutation keeps that pairing intact: overwriting either half of a wide grapheme blanks
/// the other half, so no half-glyph is ever left behind.
public struct ScreenBuffer: Equatable, Sendable {
    /// Number of columns.
    public let width: Int
    /// Number of rows.
    public let height: Int
    private var cells: [Cell]

    /// Creates a buffer of blank, unstyled cells.
    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at column `x` of row `y`; both must be inside the buffer.
    public subscript(x x: Int, y y: Int) -> Cell {
        cells[index(x, y)]
    }

    /// The style of the cell at column `x` of row `y`.
    public func style(x: Int, y: Int) -> Style {
        self[x: x, y: y].style
    }

    /// Row `y` as text, trailing spaces included; continuation cells contribute nothing.
    public func line(_ y: Int) -> String {
        precondition((0..<height).contains(y), "row \(y) is outside the buffer")
        return cells[y * width..<(y + 1) * width].reduce(into: "") { $0 += $1.grapheme }
    }

    /// Row `y` as text without trailing spaces.
    public func trimmedLine(_ y: Int) -> String {
        var text = line(y)
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every row as text, trailing spaces included.
    public var lines: [String] {
        (0..<height).map(line)
    }

    /// Writes `text` on row `y` from column `x` and returns the number of columns used.
    ///
    /// The text is sanitised, then written one grapheme cluster at a time. Output is clipped at
    /// `x + maxWidth` and at the buffer edges; a wide grapheme that would straddle the right
    /// clip edge (or column 0) is drawn as a space instead. A zero-width cluster is appended to
    /// the previous grapheme written by this call and never takes a column.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard (0..<height).contains(y) else { return 0 }
        let limit = maxWidth.map { min(width, x + min(max($0, 0), width)) } ?? width
        var column = x
        var previous: Int?
        for character in TextSanitizer.displayable(text) {
            let columns = DisplayWidth.of(character)
            if columns == 0 {
                if let previous { cells[index(previous, y)].grapheme.append(character) }
            } else if column + columns > limit {
                if column >= 0, column < limit {
                    put(" ", columns: 1, x: column, y: y, style: style)
                    column += 1
                }
                break
            } else if column < 0 {
                for hidden in 0..<max(column + columns, 0) { put(" ", columns: 1, x: hidden, y: y, style: style) }
                column += columns
            } else {
                put(String(character), columns: columns, x: column, y: y, style: style)
                previous = column
                column += columns
            }
        }
        return max(column, 0) - max(x, 0)
    }

    /// Fills a rectangle with spaces in `style`, clipped to the buffer.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .plain) {
        for row in Self.clip(y, height, to: self.height) {
            for column in Self.clip(x, width, to: self.width) {
                put(" ", columns: 1, x: column, y: row, style: style)
            }
        }
    }

    /// Changes the style of a run of cells on row `y` without changing their text.
    ///
    /// A wide grapheme cut by either end of the run is restyled whole.
    public mutating func applyStyle(x: Int, y: Int, width: Int, _ transform: (inout Style) -> Void) {
        guard (0..<height).contains(y) else { return }
        var columns = Self.clip(x, width, to: self.width)
        guard !columns.isEmpty else { return }
        if cells[index(columns.lowerBound, y)].isContinuation {
            columns = columns.lowerBound - 1..<columns.upperBound
        }
        if columns.upperBound < self.width, cells[index(columns.upperBound, y)].isContinuation {
            columns = columns.lowerBound..<columns.upperBound + 1
        }
        for column in columns {
            transform(&cells[index(column, y)].style)
        }
    }

    /// Replaces the style of a run of cells on row `y` without changing their text.
    public mutating func setStyle(x: Int, y: Int, width: Int, style: Style) {
        applyStyle(x: x, y: y, width: width) { $0 = style }
    }

    private func index(_ x: Int, _ y: Int) -> Int {
        precondition((0..<width).contains(x) && (0..<height).contains(y), "cell (\(x), \(y)) is outside the buffer")
        return y * width + x
    }

    private static func clip(_ start: Int, _ length: Int, to bound: Int) -> Range<Int> {
        let lower = min(max(start, 0), bound)
        return lower..<min(max(start + length, lower), bound)
    }

    /// Stores a grapheme of 1 or 2 columns at (x, y), first detaching any wide grapheme it overlaps.
    private mutating func put(_ grapheme: String, columns: Int, x: Int, y: Int, style: Style) {
        for column in x..<x + columns {
            if cells[index(column, y)].isContinuation {
                cells[index(column - 1, y)].grapheme = " "
            } else if column + 1 < width, cells[index(column + 1, y)].isContinuation {
                cells[index(column + 1, y)].grapheme = " "
            }
        }
        cells[index(x, y)] = Cell(grapheme: grapheme, style: style)
        if columns == 2 {
            cells[index(x + 1, y)] = Cell(grapheme: "", style: style)
        }
    }
}
