/// Several lines of text being typed, word-wrapped at a width, with a cursor: the model behind every paragraph the
/// facilitator writes (the note's parts and each concern's paragraph).
///
/// The text holds hard line breaks (`\n`, typed with Enter); on screen each line is wrapped after the last space that
/// fits the width, or inside a word longer than the width. Up and down move between the wrapped rows, keeping the
/// column the cursor was at before the first such move.
public struct MultiLineEditor: Equatable, Sendable {
    /// The characters typed so far, `\n` between lines.
    public private(set) var characters: [Character]
    /// The cursor's position, 0...characters.count.
    public private(set) var cursor: Int
    /// The display column up and down aim for, kept across a run of vertical moves.
    private var goalColumn: Int?

    /// An editor holding `text`, cursor at the end.
    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The text.
    public var text: String { String(characters) }

    /// One wrapped row: the characters it shows (its trailing space or line break included, never drawn).
    public struct Row: Equatable, Sendable {
        /// The index of its first character.
        public var start: Int
        /// One past its last character, the break included.
        public var end: Int
        /// One past its last character that is drawn.
        public var drawnEnd: Int
    }

    /// The rows the text wraps into at `width` columns (at least one, for an empty text).
    public func rows(width: Int) -> [Row] {
        let width = max(1, width)
        var rows: [Row] = []
        var start = 0
        while true {
            var column = 0
            var index = start
            var lastSpace: Int?
            var row: Row?
            while index < characters.count {
                let character = characters[index]
                if character == "\n" {
                    row = Row(start: start, end: index + 1, drawnEnd: index)
                    break
                }
                let cell = DisplayWidth.of(character)
                if character == " " {
                    lastSpace = index
                } else if column + cell > width {
                    if let space = lastSpace {
                        row = Row(start: start, end: space + 1, drawnEnd: space)
                    } else {
                        let cut = max(index, start + 1)
                        row = Row(start: start, end: cut, drawnEnd: cut)
                    }
                    break
                }
                column += cell
                index += 1
            }
            guard let found = row else {
                rows.append(Row(start: start, end: characters.count, drawnEnd: characters.count))
                return rows
            }
            rows.append(found)
            start = found.end
        }
    }

    /// The cursor's row and display column when wrapped at `width`. A cursor at a wrap point is at the start of the
    /// next row.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let rows = rows(width: width)
        let index = rows.lastIndex { $0.start <= cursor } ?? 0
        let row = rows[index]
        return (index, DisplayWidth.of(String(characters[row.start..<min(cursor, row.drawnEnd)])))
    }

    /// Applies an editing key with the text wrapped at `width`; returns false when the key is not an editing key.
    public mutating func handle(_ key: KeyPress, width: Int) -> Bool {
        if CharacterEditing.apply(key == .enter ? .character("\n") : key, to: &characters, cursor: &cursor) {
            goalColumn = nil
            return true
        }
        var keepsGoal = false
        switch key {
        case .up, .down:
            moveVertically(by: key == .up ? -1 : 1, width: width)
            keepsGoal = true
        case .home, .control("a"):
            let rows = rows(width: width)
            cursor = rows[cursorPosition(width: width).row].start
        case .end, .control("e"):
            let rows = rows(width: width)
            cursor = rows[cursorPosition(width: width).row].drawnEnd
        default: return false
        }
        if !keepsGoal { goalColumn = nil }
        return true
    }

    /// Moves the cursor `step` rows up or down, to the goal column or the end of a shorter row.
    private mutating func moveVertically(by step: Int, width: Int) {
        let rows = rows(width: width)
        let position = cursorPosition(width: width)
        let goal = goalColumn ?? position.column
        goalColumn = goal
        let target = position.row + step
        guard rows.indices.contains(target) else {
            cursor = step < 0 ? 0 : characters.count
            return
        }
        let row = rows[target]
        var index = row.start
        var column = 0
        while index < row.drawnEnd {
            let cell = DisplayWidth.of(characters[index])
            if column + cell > goal { break }
            column += cell
            index += 1
        }
        cursor = index
    }
}
