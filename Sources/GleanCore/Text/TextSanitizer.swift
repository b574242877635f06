/// Makes untrusted text safe to put on a terminal, one Unicode scalar for another.
///
/// Tab, newline, carriage return and the Unicode line and paragraph separators become spaces.
/// Other C0 controls become their Control Pictures symbol (ESC → "␛", BEL → "␇"), DEL becomes "␡",
/// and C1 controls and bidirectional controls become U+FFFD. Because every scalar maps to exactly
/// one scalar, positions in the result correspond to positions in the input.
public enum TextSanitizer {
    /// `text` with every control replaced by a visible, harmless character.
    /// - Complexity: O(n); returns `text` itself when nothing needs replacing.
    public static func displayable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(replacement(for: scalar) ?? scalar)
        }
        return String(result)
    }

    /// What `displayable` puts in place of `scalar`, or nil to keep it.
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0x061C:
            return nil
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029:
            return " "
        case 0x00..<0x20:
            return Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F:
            return "\u{2421}"
        case 0x80..<0xA0, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return "\u{FFFD}"
        default:
            return nil
        }
    }
}
