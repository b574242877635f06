/// Splits a section's text into sentences and words, as ranges of Unicode-scalar offsets (the unit of quotes).
public enum TextSegments {
    /// The sentences of `text`, without surrounding white space, in order.
    ///
    /// A sentence ends after `.`, `!` or `?` (and any closing quotes or brackets) followed by white space, or at a
    /// line break.
    public static func sentences(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Range<Int>] = []
        var start: Int?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                if scalar == "\n", let open = start {
                    sentences.append(open..<trimmedEnd(scalars, open, index))
                    start = nil
                }
                index += 1
                continue
            }
            if start == nil { start = index }
            index += 1
            if terminators.contains(scalar) {
                while index < scalars.count, closers.contains(scalars[index]) || terminators.contains(scalars[index]) {
                    index += 1
                }
                if index == scalars.count || scalars[index].properties.isWhitespace, let open = start {
                    sentences.append(open..<index)
                    start = nil
                }
            }
        }
        if let open = start {
            sentences.append(open..<trimmedEnd(scalars, open, scalars.count))
        }
        return sentences
    }

    /// The words of `text`: runs of scalars that are not white space.
    public static func words(in text: String) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.isWhitespace {
                if let open = start { words.append(open..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let open = start { words.append(open..<text.unicodeScalars.count) }
        return words
    }

    /// The text of `text` between scalar offsets `range`.
    public static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = text.unicodeScalars
        let lowerOffset = min(max(range.lowerBound, 0), scalars.count)
        let upperOffset = min(max(range.upperBound, lowerOffset), scalars.count)
        let lower = scalars.index(scalars.startIndex, offsetBy: lowerOffset)
        let upper = scalars.index(lower, offsetBy: upperOffset - lowerOffset)
        return String(scalars[lower..<upper])
    }

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "”", "’", "»"]

    private static func trimmedEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return end
    }
}
