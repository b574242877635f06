import Foundation

/// Text folded for searching the way a facilitator expects: case, diacritics and curly quotes ignored, so "cafe"
/// finds "Café" and "don't" finds "don’t"; each folded scalar remembers the scalar of the original text it came from,
/// so a match is reported as a range of the original's Unicode scalars, the unit of sentences and quotes.
public struct FoldedText: Sendable {
    /// The folded scalars' values.
    private let folded: [UInt32]
    /// For each folded scalar, the offset of the original scalar it came from.
    private let origins: [Int]

    /// Folds `text`.
    /// - Complexity: O(n) for n scalars; each scalar outside ASCII is folded through Foundation.
    public init(_ text: String) {
        var folded: [UInt32] = []
        var origins: [Int] = []
        folded.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if value < 0x80 {
                folded.append((0x41...0x5A).contains(value) ? value + 0x20 : value)
                origins.append(offset)
                continue
            }
            for folding in Self.foldBeyondASCII(scalar) {
                folded.append(folding)
                origins.append(offset)
            }
        }
        self.folded = folded
        self.origins = origins
    }

    /// Whether nothing is left after folding (the empty text, or only marks).
    var isEmpty: Bool { folded.isEmpty }

    /// The original scalar ranges of every occurrence of `query` in this text, in order and not overlapping; none
    /// when `query` is empty.
    /// - Complexity: O(n·m) at worst for n scalars here and m in `query`, O(n) for ordinary text.
    public func ranges(of query: FoldedText) -> [Range<Int>] {
        let needle = query.folded
        guard let first = needle.first, needle.count <= folded.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        let last = folded.count - needle.count
        while start <= last {
            if folded[start] == first, matches(needle, at: start) {
                found.append(origins[start]..<(origins[start + needle.count - 1] + 1))
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// Whether `query` occurs in this text.
    public func contains(_ query: FoldedText) -> Bool {
        guard let first = query.folded.first, query.folded.count <= folded.count else { return query.isEmpty }
        return (0...(folded.count - query.folded.count)).contains {
            folded[$0] == first && matches(query.folded, at: $0)
        }
    }

    private func matches(_ needle: [UInt32], at start: Int) -> Bool {
        for index in 1..<needle.count where folded[start + index] != needle[index] { return false }
        return true
    }

    /// A scalar beyond ASCII folded (ASCII is lowercased in place): curly quotes made straight, anything else through
    /// Foundation's case- and diacritic-insensitive folding, which leaves nothing of a combining mark.
    private static func foldBeyondASCII(_ scalar: Unicode.Scalar) -> [UInt32] {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B: return [0x27]
        case 0x201C, 0x201D, 0x201F: return [0x22]
        default:
            return String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .unicodeScalars.map(\.value)
        }
    }
}
