import CNcurses
import Foundation

/// The ncurses screen: copies `ScreenBuffer`s out and reads keys.
///
/// ncurses is not thread-safe: create, use and shut down an instance from one thread only, and
/// have at most one instance alive.
public final class NcursesTerminal {
    let colourPairs: ColourPairs?
    /// How many colours the terminal shows (`.none` without colour).
    public let colourDepth: ColourDepth
    private var isShutDown = false

    /// Whether standard input and output are a terminal the interface can run on.
    public static var isAvailable: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Takes over the terminal: raw mode, no echo, keypad decoding, hidden cursor, 25 ms ESC delay,
    /// and colour when `useColour` is set and the terminal has colours. Throws if no terminal is usable.
    public init(useColour: Bool) throws {
        guard NcursesTerminal.isAvailable else {
            throw TerminalUnavailable(reason: "the interface needs a terminal; standard input or output is not one")
        }
        setlocale(LC_ALL, "")
        guard gl_newterm() != nil else {
            let name = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            throw TerminalUnavailable(reason: "cannot drive the terminal type TERM=\(name)")
        }
        raw()
        noecho()
        keypad(gl_stdscr(), true)
        NcursesTerminal.defineHomeAndEndSequences()
        set_escdelay(25)
        curs_set(0)
        if useColour, has_colors() {
            start_color()
            colourDepth = ColourDepth(colours: Int(gl_colors()))
            colourPairs = ColourPairs(
                hasDefaultColours: use_default_colors() == OK, limit: Int(gl_color_pairs()), depth: colourDepth)
        } else {
            colourDepth = .none
            colourPairs = nil
        }
    }

    deinit {
        shutdown()
    }

    /// Whether colours are in use: asked for, and supported by the terminal.
    public var usesColour: Bool { colourPairs != nil }

    /// Whether colour should be used: false when `NO_COLOR` is set to a non-empty value.
    public static func shouldUseColour(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        environment["NO_COLOR", default: ""].isEmpty
    }

    /// The current screen size in columns and rows; re-read it after `.resize`.
    public var size: (width: Int, height: Int) {
        (Int(gl_width()), Int(gl_height()))
    }

    /// Blocks until a handled key arrives; nil when input fails (for example, stdin was closed).
    public func readKey() -> KeyPress? {
        var key: wint_t = 0
        while true {
            let status = gl_get_wch(&key)
            guard status != ERR else { return nil }
            if let press = KeyPress.from(curses: UInt32(key), isKeyCode: status == gl_key_code_yes()) {
                return press
            }
        }
    }

    /// Restores the terminal. Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        endwin()
    }
}

/// Why the interface could not start.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    /// What is wrong, for the user.
    public let reason: String

    public var description: String { reason }
}
