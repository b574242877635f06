import GleanCore

/// JSON text with the characters a terminal would obey written as `\uXXXX` escapes: C1 controls, DEL, bidirectional
/// controls and the line and paragraph separators (the encoder already escapes C0 controls).
///
/// Outside strings JSON holds only ASCII punctuation, digits, letters and white space, so every such scalar is inside
/// a string, where its escape is the same value.
enum TerminalSafeJSON {
    /// `json` with every non-ASCII scalar that `TextSanitizer.displayable` would replace escaped.
    static func escaped(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            guard needsEscape(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return result
    }

    /// Whether `scalar` is past ASCII's printable range and a terminal would act on it rather than show it.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x7F && TextSanitizer.displayable(String(scalar)).unicodeScalars.first != scalar
    }
}
