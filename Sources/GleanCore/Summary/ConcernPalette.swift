/// The colours concerns are drawn in, one distinct colour each: the one rule every chart uses.
///
/// Each concern keeps its own colour unless an earlier concern in the codebook already has it (or it is not
/// `#RRGGBB`); such a concern takes the first colour of `Codebook.palette` that no concern uses, and once those run
/// out a colour derived from its position by turning the hue round the colour wheel by the golden angle. The same
/// codebook always gets the same colours.
public enum ConcernPalette {
    /// One colour per entry of `colours` (in codebook order), each `#RRGGBB` in upper case, no two the same.
    public static func distinct(_ colours: [String]) -> [String] {
        let own = colours.map(normalised)
        let owned = Set(own.compactMap { $0 })
        var used = Set<String>()
        var spare = Codebook.palette.map { $0.uppercased() }.filter { !owned.contains($0) }[...]
        var result: [String] = []
        for (index, colour) in own.enumerated() {
            var chosen = colour.flatMap { used.contains($0) ? nil : $0 }
            while chosen == nil, let next = spare.popFirst() {
                if !used.contains(next) { chosen = next }
            }
            var turn = index
            while chosen == nil || used.contains(chosen!) {
                chosen = derived(turn)
                turn += colours.count + 1
            }
            used.insert(chosen!)
            result.append(chosen!)
        }
        return result
    }

    /// `colour` in upper case when it is `#RRGGBB`, else nil.
    static func normalised(_ colour: String) -> String? {
        let digits = colour.dropFirst()
        let isHex = colour.hasPrefix("#") && digits.count == 6 && digits.allSatisfy(\.isHexDigit)
        return isHex ? colour.uppercased() : nil
    }

    /// The `turn`th derived colour: hue `turn` × 137.5°, saturation 60%, lightness 42%.
    static func derived(_ turn: Int) -> String {
        let hue = (Double(turn) * 137.508).truncatingRemainder(dividingBy: 360)
        let (saturation, lightness) = (0.6, 0.42)
        let chroma = (1 - abs(2 * lightness - 1)) * saturation
        let section = hue / 60
        let second = chroma * (1 - abs(section.truncatingRemainder(dividingBy: 2) - 1))
        let (red, green, blue): (Double, Double, Double)
        switch Int(section) {
        case 0: (red, green, blue) = (chroma, second, 0)
        case 1: (red, green, blue) = (second, chroma, 0)
        case 2: (red, green, blue) = (0, chroma, second)
        case 3: (red, green, blue) = (0, second, chroma)
        case 4: (red, green, blue) = (second, 0, chroma)
        default: (red, green, blue) = (chroma, 0, second)
        }
        let base = lightness - chroma / 2
        let hex = [red, green, blue].map { channel -> String in
            let value = Int(((channel + base) * 255).rounded())
            let digits = String(min(255, max(0, value)), radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        return "#" + hex.joined()
    }
}
