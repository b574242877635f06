/// Terminal column widths measured per grapheme cluster with our own Unicode tables, not `wcwidth`.
///
/// A lone combining mark or format character is 0 wide, as are controls (which `TextSanitizer`
/// replaces before anything is drawn) and Hangul vowels and final consonants, which join the syllable
/// before them; the soft hyphen and the signs written before Arabic, Syriac and Kaithi numbers are
/// format characters that still take a column. East Asian Wide and Fullwidth characters and emoji
/// (emoji presentation, a U+FE0F selector after an emoji, ZWJ sequences, flags) are 2 wide.
/// Everything else is 1.
public enum DisplayWidth {
    /// The number of columns `character` occupies: 0, 1 or 2 (or one more for each number sign that starts it).
    public static func of(_ character: Character) -> Int {
        if character.isASCII {
            return character.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true ? 0 : 1
        }
        let scalars = character.unicodeScalars
        let signs = scalars.prefix { contains($0, in: spacingFormatCharacters) }.count
        if signs > 0 {
            return signs + of(Substring(scalars.dropFirst(signs)))
        }
        let first = scalars.first!
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if contains(first, in: conjoiningJamo) {
            return 0
        }
        if contains(first, in: wideRanges) || isEmoji(scalars) {
            return 2
        }
        return 1
    }

    /// The number of columns `text` occupies: the sum of its grapheme clusters' widths.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    private static func isEmoji(_ scalars: Character.UnicodeScalarView) -> Bool {
        var joined = false
        var pictographic = false
        var previous: Unicode.Scalar?
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F:
                if previous?.properties.isEmoji == true { return true }
            case 0x200D: joined = true
            default:
                if scalar.properties.isEmojiPresentation { return true }
                if scalar.value > 0xFF, scalar.properties.isEmoji { pictographic = true }
            }
            previous = scalar
        }
        return joined && pictographic
    }

    private static func contains(_ scalar: Unicode.Scalar, in ranges: [ClosedRange<UInt32>]) -> Bool {
        let value = scalar.value
        guard value >= ranges[0].lowerBound else { return false }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Format characters that take a column, sorted: the soft hyphen and the prepended concatenation marks,
    /// which start the cluster of the number they are written before.
    private static let spacingFormatCharacters: [ClosedRange<UInt32>] = [
        0x00AD...0x00AD,  // soft hyphen
        0x0600...0x0605,  // Arabic number signs
        0x06DD...0x06DD,  // Arabic end of ayah
        0x070F...0x070F,  // Syriac abbreviation mark
        0x0890...0x0891,  // Arabic pound and piastre marks above
        0x08E2...0x08E2,  // Arabic disputed end of ayah
        0x110BD...0x110BD,  // Kaithi number sign
        0x110CD...0x110CD,  // Kaithi number sign above
    ]

    /// Hangul Jamo medial vowels and final consonants, sorted: they join the syllable before them and take no
    /// column of their own (a leading consonant, in `wideRanges`, takes the syllable's two).
    private static let conjoiningJamo: [ClosedRange<UInt32>] = [
        0x1160...0x11FF,  // Hangul Jamo vowels and final consonants
        0xD7B0...0xD7FF,  // Hangul Jamo extended B
    ]

    /// East Asian Wide (W) and Fullwidth (F) blocks, sorted; emoji are handled separately.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo leading consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed, compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4DC0...0x4DFF,  // Yijing hexagram symbols
        0x4E00...0xA4CF,  // CJK unified ideographs, Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF01...0xFF60,  // fullwidth ASCII and punctuation
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x18D00...0x18D7F,  // Tangut supplement
        0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G–H
    ]
}
