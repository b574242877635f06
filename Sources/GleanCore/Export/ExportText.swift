import Foundation

/// Makes participants' text safe for data exports (CSV and JSON) while keeping its line breaks.
enum ExportText {
    /// `text` with line breaks kept as `\n` (CR LF and lone CR become LF) and every other control character, bidi
    /// override included, made a visible placeholder as `TextSanitizer.displayable` does.
    static func cleaned(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendCleaned(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `cleaned(text)` to `bytes`, in one pass over `text` unless it holds a carriage return.
    static func appendCleaned(_ text: String, to bytes: inout [UInt8]) {
        guard !text.utf8.contains(carriageReturn) else { return bytes += unifyingLineBreaks(text).utf8 }
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x20, scalar.value < 0x7F {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else if scalar == "\n" {
                bytes.append(lineFeed)
            } else {
                bytes += UTF8.encode(TextSanitizer.replacement(for: scalar) ?? scalar)!
            }
        }
    }

    /// `cleaned(text)` for text with carriage returns, found as Foundation finds them (where a combining mark after a
    /// line break can keep it from matching).
    private static func unifyingLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSanitizer.displayable(String($0)) }
            .joined(separator: "\n")
    }

    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")
}
