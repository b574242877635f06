/// Makes untrusted text safe to show or publish: control characters and bidi overrides become visible placeholders.
///
/// C0 controls become their Control Pictures (ESC → `␛`, BEL → `␇`), tab and line breaks become spaces, DEL becomes
/// `␡`, and C1 controls and bidirectional overrides/isolates become `�`. Nothing can reach a terminal raw.
public enum TextSanitizer {
    /// `text` with every unsafe scalar replaced; `text` itself when nothing needs replacing.
    public static func displayable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(needsReplacing(scalar) ? replacement(for: scalar) : scalar)
        }
        return String(result)
    }

    /// Whether `scalar` must not be shown as it is.
    public static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || bidiControls.contains(value)
    }

    private static let bidiControls: Set<UInt32> = [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]

    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return " "
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}
