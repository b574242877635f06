import CNcurses

extension NcursesTerminal {
    /// Teaches curses the Home and End sequences terminals send whatever their terminfo entry says: tmux and screen
    /// send `ESC [1~` and `ESC [4~`, rxvt `ESC [7~` and `ESC [8~`, xterm in either cursor mode `ESC [H`/`ESC [F` or
    /// `ESC OH`/`ESC OF`. Unknown to curses, they would arrive as Esc and three characters, and Esc closes a pick list.
    static func defineHomeAndEndSequences() {
        let home = Int32(CursesKey.home)
        let end = Int32(CursesKey.end)
        for sequence in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] { define_key(sequence, home) }
        for sequence in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] { define_key(sequence, end) }
    }
}
