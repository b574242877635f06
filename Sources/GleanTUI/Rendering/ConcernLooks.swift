import GleanCore

/// How each concern of a codebook is drawn, no two alike: the one rule for concern colours on screen.
///
/// The colours come from `ConcernPalette.distinct` (the rule the exports use), then fit to the terminal:
/// - direct colour: those exact colours;
/// - 256 colours: for each concern in codebook order, the nearest index of the palette's cube and grey ramp that no
///   earlier concern took;
/// - 8 colours: six hues (red, yellow, green, cyan, blue, magenta), each at six attribute levels — plain, bold,
///   underline, bold and underline, dim, dim and underline. In codebook order each concern takes the (hue, level) no
///   earlier concern took that costs least: the degrees between its colour's hue and that hue, plus 40 per level (ties
///   to the lower level, then the earlier hue). So a nearby free hue wins, and concerns sharing a hue differ by
///   attribute; up to 36 concerns look different, beyond that the nearest hue plain is reused;
/// - no colour: every concern underlined (names tell them apart).
public struct ConcernLooks: Equatable, Sendable {
    /// The attribute levels used on eight colours, in the order they are handed out.
    static let levels: [Style] = [
        Style(), Style(bold: true), Style(underline: true), Style(bold: true, underline: true),
        Style(dim: true), Style(underline: true, dim: true),
    ]

    /// One of the 36 looks on eight colours: a hue (index of `RGB.hues`) at an attribute level (index of `levels`).
    private struct Slot: Hashable {
        let hue: Int
        let level: Int

        /// What showing `rgb` in this slot costs: degrees off its hue, plus 40 per level, so a nearby free hue wins
        /// over an attribute but a far one does not.
        func cost(for rgb: RGB) -> Double {
            rgb.hueDistance(to: hue) + 40 * Double(level)
        }
    }

    private let looks: [String: Style]
    private let fallback: Style

    /// The looks of `codebook`'s concerns at `depth`.
    public init(_ codebook: Codebook, depth: ColourDepth) {
        let styles = ConcernLooks.styles(for: codebook.concerns.map(\.colour), depth: depth)
        looks = Dictionary(zip(codebook.concerns.map(\.id), styles), uniquingKeysWith: { first, _ in first })
        fallback = depth == .none ? Style(underline: true) : Style()
    }

    /// The look of concern `id`; plain (underlined without colour) for an unknown id.
    public func style(of id: String) -> Style {
        looks[id] ?? fallback
    }

    /// One style per colour of `colours` (a codebook's concern colours, in order), all different while the depth
    /// allows (see the type's rule).
    public static func styles(for colours: [String], depth: ColourDepth) -> [Style] {
        let distinct = ConcernPalette.distinct(colours).map { RGB(hex: $0) ?? RGB(packed: 0x808080) }
        switch depth {
        case .none:
            return distinct.map { _ in Style(underline: true) }
        case .direct:
            return distinct.map { Style(foreground: .rgb($0.packed)) }
        case .palette256:
            var taken = Set<Int>()
            return distinct.map { rgb in
                let index = Palette256.nearest(to: rgb) { !taken.contains($0) } ?? Palette256.nearest(to: rgb)!
                taken.insert(index)
                return Style(foreground: .indexed(index))
            }
        case .eight:
            let slots = levels.indices.flatMap { level in RGB.hues.indices.map { Slot(hue: $0, level: level) } }
            var taken = Set<Slot>()
            return distinct.map { rgb in
                let slot =
                    slots.filter { !taken.contains($0) }.min { $0.cost(for: rgb) < $1.cost(for: rgb) }
                    ?? Slot(hue: rgb.hueRank[0], level: 0)
                taken.insert(slot)
                var style = levels[slot.level]
                style.foreground = RGB.hues[slot.hue]
                return style
            }
        }
    }
}
