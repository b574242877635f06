/// The editing keys a one-line prompt and the note editor share: typing, Backspace, Delete, ← and →.
enum CharacterEditing {
    /// Applies `key` to `characters` at `cursor`; returns false when it is not one of these keys. Backspace at the
    /// start and Delete at the end are taken and do nothing.
    static func apply(_ key: KeyPress, to characters: inout [Character], cursor: inout Int) -> Bool {
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace where cursor > 0:
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete where cursor < characters.count:
            characters.remove(at: cursor)
        case .backspace, .delete: break
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        default: return false
        }
        return true
    }
}
