/// A terminal colour: one of the eight basic ANSI colours, the terminal's own default, an index of the 256-colour
/// palette, or a direct 24-bit colour.
///
/// Screens pick the kind the terminal has (see `ColourDepth`); the ncurses backend still maps any kind onto what the
/// terminal offers, so a colour is never lost, only approximated.
public enum TerminalColour: Hashable, Sendable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
    /// An index of the xterm 256-colour palette, 0…255.
    case indexed(Int)
    /// A 24-bit colour, `0xRRGGBB`.
    case rgb(Int)

    /// The eight basic colours in ANSI order: `basic[n]` is colour number `n`.
    public static let basic: [TerminalColour] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]

    /// The ANSI number (0…7) of a basic colour; nil for the default and for indexed and direct colours.
    public var basicNumber: Int? {
        TerminalColour.basic.firstIndex(of: self)
    }
}

extension TerminalColour {
    /// The basic colour closest to a `#RRGGBB` (or `RRGGBB`) hex colour; `.default` when unparsable.
    ///
    /// Greys and weakly saturated colours map to `.white` or `.black` by lightness; everything
    /// else maps to the nearest of the six hues (red, yellow, green, cyan, blue, magenta).
    public static func nearest(toHex hex: String) -> TerminalColour {
        RGB(hex: hex).map(nearest(to:)) ?? .default
    }

    /// The basic colour closest to `rgb` (see `nearest(toHex:)`).
    static func nearest(to rgb: RGB) -> TerminalColour {
        if rgb.chroma < 48 || rgb.high < 48 {
            return (rgb.high + rgb.low) / 2 >= 128 ? .white : .black
        }
        return RGB.hues[rgb.hueRank.first ?? 0]
    }
}

/// A 24-bit colour split into channels, with the measures the colour rules need.
struct RGB: Equatable, Sendable {
    let red: Double, green: Double, blue: Double

    /// The six basic hues in colour-wheel order, 60° apart from red at 0°.
    static let hues: [TerminalColour] = [.red, .yellow, .green, .cyan, .blue, .magenta]

    /// Parses `#RRGGBB` or `RRGGBB`, any case.
    init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = Int(digits, radix: 16) else { return nil }
        self.init(packed: value)
    }

    /// The channels of `0xRRGGBB`.
    init(packed value: Int) {
        (red, green, blue) = (Double(value >> 16 & 0xFF), Double(value >> 8 & 0xFF), Double(value & 0xFF))
    }

    init(red: Double, green: Double, blue: Double) {
        (self.red, self.green, self.blue) = (red, green, blue)
    }

    var high: Double { max(red, green, blue) }
    var low: Double { min(red, green, blue) }
    var chroma: Double { high - low }
    /// `0xRRGGBB`.
    var packed: Int { Int(red) << 16 | Int(green) << 8 | Int(blue) }

    /// The hue angle in degrees, 0…360; 0 for greys.
    var hue: Double {
        guard chroma > 0 else { return 0 }
        let angle: Double
        switch high {
        case red: angle = 60 * ((green - blue) / chroma).truncatingRemainder(dividingBy: 6)
        case green: angle = 60 * ((blue - red) / chroma + 2)
        default: angle = 60 * ((red - green) / chroma + 4)
        }
        return (angle + 360).truncatingRemainder(dividingBy: 360)
    }

    /// Degrees round the colour wheel between this colour's hue and `hues[index]`.
    func hueDistance(to index: Int) -> Double {
        let apart = abs(hue - Double(index) * 60)
        return min(apart, 360 - apart)
    }

    /// Indices of `hues`, nearest to this colour's hue first (ties go to the earlier hue).
    var hueRank: [Int] {
        RGB.hues.indices.sorted { (hueDistance(to: $0), $0) < (hueDistance(to: $1), $1) }
    }

    /// Squared distance to `other`, weighted for how the eye sees red, green and blue ("redmean").
    func distance(to other: RGB) -> Double {
        let meanRed = (red + other.red) / 2
        let (dr, dg, db) = (red - other.red, green - other.green, blue - other.blue)
        return (2 + meanRed / 256) * dr * dr + 4 * dg * dg + (2 + (255 - meanRed) / 256) * db * db
    }
}
