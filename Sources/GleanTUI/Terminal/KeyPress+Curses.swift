extension KeyPress {
    /// Decodes what ncurses `get_wch` returned: a key code when it reported `KEY_CODE_YES`
    /// (`isKeyCode`), otherwise a Unicode scalar value. Returns nil for keys we do not handle.
    public static func from(curses code: UInt32, isKeyCode: Bool) -> KeyPress? {
        isKeyCode ? fromKeyCode(code) : fromCharacter(code)
    }

    private static func fromKeyCode(_ code: UInt32) -> KeyPress? {
        switch code {
        case CursesKey.up: .up
        case CursesKey.down: .down
        case CursesKey.left: .left
        case CursesKey.right: .right
        case CursesKey.scrollBackward: .shiftUp
        case CursesKey.scrollForward: .shiftDown
        case CursesKey.shiftLeft: .shiftLeft
        case CursesKey.shiftRight: .shiftRight
        case CursesKey.home: .home
        case CursesKey.end: .end
        case CursesKey.previousPage: .pageUp
        case CursesKey.nextPage: .pageDown
        case CursesKey.enter: .enter
        case CursesKey.backTab: .backTab
        case CursesKey.backspace: .backspace
        case CursesKey.deleteCharacter: .delete
        case CursesKey.resize: .resize
        default: nil
        }
    }

    private static func fromCharacter(_ code: UInt32) -> KeyPress? {
        switch code {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(code + 0x60)!))
        case 0x00..<0x20, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }
}

/// ncurses key codes from `<curses.h>`, copied so the mapping stays testable without a terminal;
/// a unit test checks them against the header through the CNcurses shim.
enum CursesKey {
    static let down: UInt32 = 0o402
    static let up: UInt32 = 0o403
    static let left: UInt32 = 0o404
    static let right: UInt32 = 0o405
    static let home: UInt32 = 0o406
    static let backspace: UInt32 = 0o407
    static let deleteCharacter: UInt32 = 0o512
    static let scrollForward: UInt32 = 0o520
    static let scrollBackward: UInt32 = 0o521
    static let nextPage: UInt32 = 0o522
    static let previousPage: UInt32 = 0o523
    static let enter: UInt32 = 0o527
    static let backTab: UInt32 = 0o541
    static let end: UInt32 = 0o550
    static let shiftLeft: UInt32 = 0o611
    static let shiftRight: UInt32 = 0o622
    static let resize: UInt32 = 0o632
}
