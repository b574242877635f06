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

    /// Appends the UTF-8 of `cleaned(text)` to `bytes`, in one pass over `text`'s UTF-8 unless it holds a carriage
    /// return: printable ASCII and line feeds are copied as they are, each other scalar kept or replaced.
    static func appendCleaned(_ text: String, to bytes: inout [UInt8]) {
        UTF8Scalars.withBytes(of: text) { utf8 in
            guard !utf8.contains(carriageReturn) else {
                bytes += unifyingLineBreaks(text).utf8
                return
            }
            var index = 0
            while index < utf8.count {
                var plain = index
                while plain < utf8.count, (utf8[plain] >= 0x20 && utf8[plain] < 0x7F) || utf8[plain] == lineFeed {
                    plain += 1
                }
                bytes += UnsafeBufferPointer(rebasing: utf8[index..<plain])
                guard plain < utf8.count else { return }
                let (scalar, length) =
                    utf8[plain] < 0x80
                    ? (Unicode.Scalar(utf8[plain]), 1) : UTF8Scalars.decode(utf8, at: plain)
                if let replacement = TextSanitizer.replacement(for: scalar) {
                    bytes += UTF8.encode(replacement)!
                } else {
                    bytes += UnsafeBufferPointer(rebasing: utf8[plain..<min(plain + length, utf8.count)])
                }
                index = plain + length
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
