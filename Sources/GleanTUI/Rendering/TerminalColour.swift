/// One of the eight basic ANSI terminal colours, or the terminal's own default.
public enum TerminalColour: Int, CaseIterable, Hashable, Sendable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

extension TerminalColour {
    /// The basic colour closest to a `#RRGGBB` (or `RRGGBB`) hex colour; `.default` when unparsable.
    ///
    /// Greys and weakly saturated colours map to `.white` or `.black` by lightness; everything
    /// else maps to the nearest of the six hues (red, yellow, green, cyan, blue, magenta).
    public static func nearest(toHex hex: String) -> TerminalColour {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let rgb = Int(digits, radix: 16) else {
            return .default
        }
        let (r, g, b) = (Double(rgb >> 16 & 0xFF), Double(rgb >> 8 & 0xFF), Double(rgb & 0xFF))
        let high = max(r, g, b), low = min(r, g, b), chroma = high - low
        if chroma < 48 || high < 48 {
            return (high + low) / 2 >= 128 ? .white : .black
        }
        let hue: Double
        switch high {
        case r: hue = 60 * ((g - b) / chroma).truncatingRemainder(dividingBy: 6)
        case g: hue = 60 * ((b - r) / chroma + 2)
        default: hue = 60 * ((r - g) / chroma + 4)
        }
        let hues: [TerminalColour] = [.red, .yellow, .green, .cyan, .blue, .magenta]
        let sector = Int(((hue + 360 + 30) / 60).rounded(.down)) % 6
        return hues[sector]
    }
}
