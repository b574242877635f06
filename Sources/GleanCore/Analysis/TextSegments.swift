/// Splits a section's text into sentences and words, as ranges of Unicode-scalar offsets (the unit of quotes).
///
/// Each function reads the text once, from its UTF-8 bytes, so a 1 MiB log is split in milliseconds.
public enum TextSegments {
    /// The sentences of `text`, without surrounding white space, in order.
    ///
    /// A sentence ends after `.`, `!` or `?` (and any closing quotes or brackets) followed by white space, or at a
    /// line break.
    public static func sentences(in text: String) -> [Range<Int>] {
        UTF8Scalars.withBytes(of: text) { bytes in
            var sentences: [Range<Int>] = []
            // The open sentence's start (-1: none), the end of its last scalar that is not white space, and whether
            // that scalar belongs to a run of terminators and closers that holds a terminator.
            var start = -1
            var contentEnd = 0
            var afterTerminator = false
            var byte = 0
            var offset = 0
            let count = bytes.count
            while byte < count {
                let lead = bytes[byte]
                var kind = ScalarKind.other
                if lead < 0x80 {
                    // Literal cases only: a range pattern or a call per byte would triple the time in a debug build.
                    switch lead {
                    case 0x0A: kind = .lineBreak
                    case 0x20, 0x09, 0x0B, 0x0C, 0x0D: kind = .space
                    case 0x2E, 0x21, 0x3F: kind = .terminator
                    case 0x22, 0x27, 0x29, 0x5D: kind = .closer
                    default: break
                    }
                    byte += 1
                } else {
                    let (scalar, length) = UTF8Scalars.decode(bytes, at: byte)
                    kind = ScalarKind(scalar)
                    byte += length
                }
                switch kind {
                case .lineBreak:
                    if start >= 0 { sentences.append(start..<contentEnd) }
                    start = -1
                case .space:
                    if start >= 0, afterTerminator {
                        sentences.append(start..<contentEnd)
                        start = -1
                    }
                case .terminator:
                    if start < 0 { start = offset }
                    afterTerminator = true
                    contentEnd = offset + 1
                case .closer:
                    if start < 0 {
                        start = offset
                        afterTerminator = false
                    }
                    contentEnd = offset + 1
                case .other:
                    if start < 0 { start = offset }
                    afterTerminator = false
                    contentEnd = offset + 1
                }
                offset += 1
            }
            if start >= 0 { sentences.append(start..<contentEnd) }
            return sentences
        }
    }

    /// The words of `text`: runs of scalars that are not white space.
    public static func words(in text: String) -> [Range<Int>] {
        UTF8Scalars.withBytes(of: text) { bytes in
            var words: [Range<Int>] = []
            var start = -1
            var byte = 0
            var offset = 0
            let count = bytes.count
            while byte < count {
                let lead = bytes[byte]
                var isSpace = false
                if lead < 0x80 {
                    switch lead {
                    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: isSpace = true
                    default: break
                    }
                    byte += 1
                } else {
                    let (scalar, length) = UTF8Scalars.decode(bytes, at: byte)
                    isSpace = UTF8Scalars.isWhitespace(scalar)
                    byte += length
                }
                if isSpace {
                    if start >= 0 { words.append(start..<offset) }
                    start = -1
                } else if start < 0 {
                    start = offset
                }
                offset += 1
            }
            if start >= 0 { words.append(start..<offset) }
            return words
        }
    }

    /// The text of `text` between scalar offsets `range`, clamped to the text.
    public static func slice(_ text: String, _ range: Range<Int>) -> String {
        slices(text, [range])[0]
    }

    /// The text of `text` between each of `ranges`, clamped to the text; reads the text once when the ranges are in
    /// order, as sentences and words are.
    static func slices(_ text: String, _ ranges: [Range<Int>]) -> [String] {
        UTF8Scalars.withBytes(of: text) { bytes in
            var position = (byte: 0, scalar: 0)
            return ranges.map { range in
                let lower = max(range.lowerBound, 0)
                let upper = max(range.lowerBound, range.upperBound, 0)
                if lower < position.scalar { position = (0, 0) }
                let from = UTF8Scalars.byteOffset(ofScalar: lower, in: bytes, from: position)
                let to = UTF8Scalars.byteOffset(ofScalar: upper, in: bytes, from: (from, lower))
                position = (to, upper)
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            }
        }
    }
}

/// What a scalar is to the sentence splitter: a sentence ends after a run of terminators and closers that holds a
/// terminator and is followed by white space or the end, or at a line break, trimmed of trailing white space.
private enum ScalarKind {
    case lineBreak, space, terminator, closer, other

    init(_ scalar: Unicode.Scalar) {
        if scalar.value > 0x3000 {
            self = .other
            return
        }
        switch scalar {
        case "\n": self = .lineBreak
        case ".", "!", "?", "…": self = .terminator
        case "\"", "'", ")", "]", "”", "’", "»": self = .closer
        default: self = UTF8Scalars.isWhitespace(scalar) ? .space : .other
        }
    }
}
