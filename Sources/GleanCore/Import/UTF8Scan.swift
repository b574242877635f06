/// Quick questions about a string's UTF-8 bytes, answered in one tight pass over them, so that plain ASCII text (as
/// most imported values are) skips work done a character or scalar at a time.
enum UTF8Scan {
    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        UTF8Scalars.withBytes(of: text) { bytes in bytes.reduce(0, |) < 0x80 }
    }

    /// Whether every byte of `text` is printable ASCII: a space, a letter, a digit or punctuation, no control.
    static func isPrintableASCII(_ text: String) -> Bool {
        UTF8Scalars.withBytes(of: text) { bytes in !bytes.contains { $0 < 0x20 || $0 > 0x7E } }
    }

    /// `text` without the spaces at either end; `text` itself when it has none.
    static func trimmingSpaces(_ text: String) -> String {
        UTF8Scalars.withBytes(of: text) { bytes in
            guard let first = bytes.firstIndex(where: { $0 != space }),
                let last = bytes.lastIndex(where: { $0 != space })
            else { return "" }
            guard first > 0 || last < bytes.count - 1 else { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first...last]), as: UTF8.self)
        }
    }

    private static let space = UInt8(ascii: " ")
}
