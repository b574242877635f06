/// A line of text being typed, with a cursor: the model behind every text prompt.
public struct LineEditor: Equatable, Sendable {
    /// The characters typed so far.
    public private(set) var characters: [Character]
    /// The cursor's position, 0...characters.count.
    public private(set) var cursor: Int

    /// An editor holding `text`, cursor at the end.
    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The text.
    public var text: String { String(characters) }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func handle(_ key: KeyPress) -> Bool {
        if CharacterEditing.apply(key, to: &characters, cursor: &cursor) { return true }
        switch key {
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"): characters.removeSubrange(cursor...)
        default: return false
        }
        return true
    }

    /// Splits the editor at the cursor: this keeps what is before it, the result holds what is after.
    public mutating func split() -> LineEditor {
        var rest = LineEditor(String(characters[cursor...]))
        rest.cursor = 0
        characters.removeSubrange(cursor...)
        return rest
    }

    /// Appends `other`'s text, leaving the cursor at the join.
    public mutating func join(_ other: LineEditor) {
        cursor = characters.count
        characters += other.characters
    }

    /// Moves the cursor to `column`, clamped to the text.
    public mutating func moveCursor(to column: Int) {
        cursor = min(max(0, column), characters.count)
    }
}
