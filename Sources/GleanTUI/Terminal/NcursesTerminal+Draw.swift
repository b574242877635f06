import CNcurses

extension NcursesTerminal {
    /// Copies `buffer` to the screen; ncurses sends only the cells that changed.
    ///
    /// The part of the screen the buffer does not cover is cleared; cells beyond the screen are dropped.
    public func draw(_ buffer: ScreenBuffer) {
        werase(gl_stdscr())
        let (width, height) = size
        for y in 0..<min(buffer.height, height) {
            for x in 0..<min(buffer.width, width) {
                let cell = buffer[x: x, y: y]
                guard !cell.isContinuation else { continue }
                let attributes = attributes(for: cell.style)
                let isWide = x + 1 < buffer.width && buffer[x: x + 1, y: y].isContinuation
                // Blank the right half first: if ncurses (via wcwidth) finds the grapheme narrower
                // than we do, that column stays blank and the rest of the row keeps its place.
                if isWide {
                    put(" ", x: x + 1, y: y, attributes: attributes)
                }
                put(isWide && x + 1 == width ? " " : cell.grapheme, x: x, y: y, attributes: attributes)
            }
        }
        wnoutrefresh(gl_stdscr())
        doupdate()
    }

    /// ncurses keeps a cell's spacing character plus the zero-width ones straight after it, so a
    /// ZWJ sequence would reach the terminal as its first emoji and a dangling ZWJ, which makes
    /// terminals such as tmux merge the next cell into it. Such a cell is drawn as its first emoji.
    private func put(_ grapheme: String, x: Int, y: Int, attributes: (attr_t, Int16)) {
        let scalars = grapheme.unicodeScalars.prefix { $0 != "\u{200D}" }
        let text = scalars.map { wchar_t(bitPattern: $0.value) } + [0]
        gl_put_cell(Int32(y), Int32(x), text, attributes.0, attributes.1)
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes = gl_a_normal()
        if style.bold { attributes |= gl_a_bold() }
        if style.reverse { attributes |= gl_a_reverse() }
        if style.underline { attributes |= gl_a_underline() }
        if style.dim { attributes |= gl_a_dim() }
        return (attributes, colourPairs?.pair(style.foreground, style.background) ?? 0)
    }
}
