/// Cleans text as it enters a project from a file Glean did not write, keeping it otherwise exactly as written.
///
/// Line breaks become `\n` (CR LF and a lone CR alike); C0 and C1 controls other than newline and tab, DEL, and the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed. They have no business
/// in a participant's answer, and on a terminal or in an export they could hide or reorder what is shown.
enum IncomingText {
    /// `text` with line breaks made `\n` and controls removed.
    /// - Complexity: O(n) in the length of `text`; returns `text` itself when nothing needs changing.
    static func cleaned(_ text: String) -> String {
        guard mayNeedCleaning(text) else { return text }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            if scalar == "\r" {
                result.append("\n")
            } else if !isRemoved(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` cleaned for a one-line value (a header, a participant code, an attribute): line breaks and tabs become
    /// spaces, and white space around it is dropped.
    static func singleLine(_ text: String) -> String {
        if UTF8Scan.isPrintableASCII(text) { return UTF8Scan.trimmingSpaces(text) }
        let flat = cleaned(text).map { $0 == "\n" || $0 == "\t" ? " " : $0 }
        return String(flat).trimmingWhiteSpace()
    }

    /// Whether `text` may hold a carriage return or a scalar `isRemoved`, read from its UTF-8 in one pass: false
    /// means it holds none.
    private static func mayNeedCleaning(_ text: String) -> Bool {
        UTF8Scalars.withBytes(of: text) { bytes in
            bytes.indices.contains { index in
                switch bytes[index] {
                case 0x09, 0x0A: return false
                case 0x00..<0x20, 0x7F: return true
                case 0xC2, 0xE2: return isRemoved(UTF8Scalars.decode(bytes, at: index).scalar)
                default: return false
                }
            }
        }
    }

    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// Whether the text is empty or only white space (new lines included), as `trimmingWhiteSpace()` would find
    /// without copying it.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// The text without white space (new lines included) at either end.
    func trimmingWhiteSpace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
