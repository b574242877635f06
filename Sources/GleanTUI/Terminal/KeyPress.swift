/// A key the user pressed, decoded from terminal input.
public enum KeyPress: Equatable, Hashable, Sendable {
    /// A printable character.
    case character(Character)
    /// Ctrl plus a letter, given in lower case ("a"..."z"); Ctrl-I, Ctrl-J, Ctrl-M and Ctrl-H
    /// arrive as `.tab`, `.enter` and `.backspace` instead.
    case control(Character)
    /// Arrow keys.
    case up, down, left, right
    /// Shifted arrow keys (curses `KEY_SR`, `KEY_SF`, `KEY_SLEFT`, `KEY_SRIGHT`).
    case shiftUp, shiftDown, shiftLeft, shiftRight
    /// Navigation keys.
    case home, end, pageUp, pageDown
    /// Editing keys; `.escape` is a lone ESC, `.backTab` is Shift-Tab and `.delete` is forward delete.
    case enter, escape, tab, backTab, backspace, delete
    /// The terminal changed size; re-read the size and redraw everything.
    case resize
}
