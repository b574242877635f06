import CNcurses

extension NcursesTerminal {
    /// Waits at most `milliseconds` for a handled key; nil when none came in time (or input failed, which the next
    /// blocking `readKey()` reports).
    public func readKey(waitingAtMost milliseconds: Int32) -> KeyPress? {
        wtimeout(gl_stdscr(), milliseconds)
        defer { wtimeout(gl_stdscr(), -1) }
        return readKey()
    }
}
