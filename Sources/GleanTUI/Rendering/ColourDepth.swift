/// How many colours the terminal can show, which decides how concerns are coloured (see `ConcernLooks`).
public enum ColourDepth: Equatable, Sendable {
    /// No colour at all (`NO_COLOR`, or a monochrome terminal).
    case none
    /// The eight basic ANSI colours.
    case eight
    /// The xterm 256-colour palette.
    case palette256
    /// Direct 24-bit colour (a `*-direct` terminal type).
    case direct

    /// The depth of a terminal reporting `colours` colours (ncurses `COLORS`).
    public init(colours: Int) {
        switch colours {
        case (1 << 24)...: self = .direct
        case 256...: self = .palette256
        case 8...: self = .eight
        default: self = .none
        }
    }
}
