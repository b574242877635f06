import CNcurses

/// Allocates ncurses colour pairs for (foreground, background) combinations as they are first used.
///
/// Allocating on demand rather than all 81 up front matters on 8-colour terminals such as
/// `screen` and `xterm`, which offer only 64 pairs. Once pairs run out, further combinations use
/// the default pair.
final class ColourPairs {
    private let hasDefaultColours: Bool
    private let limit: Int
    private var pairs: [Int: Int16] = [0: 0]

    /// Set `hasDefaultColours` when `use_default_colors` succeeded; `limit` is `COLOR_PAIRS`.
    init(hasDefaultColours: Bool, limit: Int) {
        self.hasDefaultColours = hasDefaultColours
        self.limit = limit
    }

    /// The pair number for `foreground` on `background`, allocating it if needed.
    func pair(_ foreground: TerminalColour, _ background: TerminalColour) -> Int16 {
        let key = foreground.rawValue * TerminalColour.allCases.count + background.rawValue
        if let pair = pairs[key] { return pair }
        guard pairs.count < limit else { return 0 }
        let pair = Int16(pairs.count)
        init_pair(pair, colourNumber(foreground, fallback: COLOR_WHITE), colourNumber(background, fallback: COLOR_BLACK))
        pairs[key] = pair
        return pair
    }

    private func colourNumber(_ colour: TerminalColour, fallback: Int32) -> Int16 {
        guard colour != .default else { return Int16(hasDefaultColours ? -1 : fallback) }
        return Int16(colour.rawValue - 1)
    }
}
