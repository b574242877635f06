import CNcurses

/// Allocates ncurses colour pairs for (foreground, background) combinations as they are first used.
///
/// Allocating on demand rather than all up front matters on 8-colour terminals such as `screen` and `xterm`, which
/// offer only 64 pairs. Once pairs run out, further combinations use the default pair. Colours the terminal cannot
/// show are approximated: a direct colour by the nearest 256-palette index, either by the nearest basic colour.
final class ColourPairs {
    private struct Combination: Hashable {
        let foreground: TerminalColour
        let background: TerminalColour
    }

    private let hasDefaultColours: Bool
    private let limit: Int
    private let depth: ColourDepth
    private var pairs: [Combination: Int16] = [Combination(foreground: .default, background: .default): 0]

    /// Set `hasDefaultColours` when `use_default_colors` succeeded; `limit` is `COLOR_PAIRS`, `depth` from `COLORS`.
    init(hasDefaultColours: Bool, limit: Int, depth: ColourDepth) {
        self.hasDefaultColours = hasDefaultColours
        self.limit = min(limit, Int(Int16.max))
        self.depth = depth
    }

    /// The pair number for `foreground` on `background`, allocating it if needed.
    func pair(_ foreground: TerminalColour, _ background: TerminalColour) -> Int16 {
        let key = Combination(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        guard pairs.count < limit else { return 0 }
        let pair = Int16(pairs.count)
        init_extended_pair(
            Int32(pair), colourNumber(foreground, fallback: COLOR_WHITE),
            colourNumber(background, fallback: COLOR_BLACK))
        pairs[key] = pair
        return pair
    }

    /// The ncurses colour number for `colour` at this terminal's depth.
    func colourNumber(_ colour: TerminalColour, fallback: Int32) -> Int32 {
        switch colour {
        case .default:
            return hasDefaultColours ? -1 : fallback
        case .indexed(let index):
            if depth == .palette256 || depth == .direct { return Int32(index) }
            return Int32(TerminalColour.nearest(to: Palette256.colour(of: index)).basicNumber ?? Int(fallback))
        case .rgb(let value):
            switch depth {
            case .direct: return Int32(value)
            case .palette256: return Int32(Palette256.nearest(to: RGB(packed: value)) ?? Int(fallback))
            default: return Int32(TerminalColour.nearest(to: RGB(packed: value)).basicNumber ?? Int(fallback))
            }
        default:
            return Int32(colour.basicNumber ?? Int(fallback))
        }
    }
}
