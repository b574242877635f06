/// A screen the interface runs on: it shows frames and hands over the keys the user presses.
///
/// `NcursesTerminal` is the real one; tests drive the runtime loop (`AppLoop`) through an in-memory one.
public protocol Terminal: AnyObject {
    /// The screen's size now; read again after a `.resize` key.
    var screenSize: TerminalSize { get }
    /// Whether colours are in use.
    var usesColour: Bool { get }
    /// How many colours the screen shows (`.none` without colour).
    var colourDepth: ColourDepth { get }
    /// Shows `buffer`.
    func draw(_ buffer: ScreenBuffer)
    /// Waits for a key; nil when input has ended.
    func readKey() -> KeyPress?
    /// Waits at most `milliseconds` for a key; nil when none came in time.
    func readKey(waitingAtMost milliseconds: Int32) -> KeyPress?
    /// Gives the screen back; safe to call more than once.
    func shutdown()
}

extension NcursesTerminal: Terminal {
    public var screenSize: TerminalSize {
        let (width, height) = size
        return TerminalSize(width: width, height: height)
    }
}
