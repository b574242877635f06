import GleanCore

/// How search matches look wherever they are drawn (the Reader's text, the Logs screen's counts, the auto-code
/// preview), and the Reader's "match 2 of 5".
enum SearchHighlight {
    /// `base` marked as a match: black on yellow in colour (shown the other way round inside the reversed selection);
    /// without colour, reverse video flipped from `base`'s, bold and underlined, so it stands out from quotes
    /// (underlined) and from the selection (reversed).
    static func style(_ base: Style, _ theme: Theme) -> Style {
        var style = base
        style.bold = true
        style.underline = true
        if theme.colour {
            style.foreground = .black
            style.background = .yellow
        } else {
            style.reverse.toggle()
        }
        return style
    }

    /// The Reader's match marks for the open log: nil when there is no search.
    static func readerMarks(_ state: AppState) -> LogMatches? {
        Search.openLogMatches(state)
    }

    /// `base`, marked as a match if scalar `offset` of section `section` is in one of `marks`.
    static func style(_ base: Style, offset: Int, section: Int, _ marks: LogMatches?, _ theme: Theme) -> Style {
        guard let marks, marks.matches.contains(where: { $0.section == section && $0.range.contains(offset) }) else {
            return base
        }
        return style(base, theme)
    }

    /// The Reader header's search position: "match 2 of 5" once `n` or opening from a search went to a match of this
    /// log, "5 matches" before, "no match" when there is none; nil when there is no search.
    static func readerCounter(_ state: AppState) -> String? {
        guard let marks = Search.openLogMatches(state) else { return nil }
        guard !marks.matches.isEmpty else { return "no match" }
        guard state.searchMatches.reader == marks else {
            return "\(marks.matches.count) match\(marks.matches.count == 1 ? "" : "es")"
        }
        return "match \(marks.current + 1) of \(marks.matches.count)"
    }
}
