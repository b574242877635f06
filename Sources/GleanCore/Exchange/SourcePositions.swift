/// A source's text as Glean keeps it, and the conversion of another tool's selection positions into it.
///
/// The standard counts Unicode code points of the text as written, a CR LF being two; some tools count a CR LF as
/// one. The convention is chosen per source: CR LF counts one when selections would otherwise run past the end of the
/// text or cut a CR LF in two, and fit when it counts one. A leading byte order mark is not counted. Controls other
/// than tab, CR and LF, and bidirectional overrides, are removed as Glean removes them from all incoming text (with
/// positions moved to match); line ends are kept as written so the positions stay exact.
struct SourcePositions {
    /// The text's scalars as Glean keeps them.
    let scalars: [Unicode.Scalar]
    /// Whether positions count a CR LF as one character.
    let crlfCountsOne: Bool
    /// Whether the text holds a CR LF at all (and so whether the convention mattered).
    let hasCRLF: Bool
    /// How many positions there are: one more than the characters as the tool counts them.
    private let positions: Int
    /// The raw scalar index of each position; nil when they are the same.
    private let rawIndex: [Int]?
    /// How many kept scalars come before each raw index; nil when every scalar is kept.
    private let keptBefore: [Int]?

    /// Works out the convention of `ranges` over `text`.
    init(text: String, ranges: [(start: Int, end: Int)]) {
        var raw = Array(text.unicodeScalars)
        if raw.first == "\u{FEFF}" { raw.removeFirst() }
        let isCRLF = { (index: Int) in raw[index] == "\r" && index + 1 < raw.count && raw[index + 1] == "\n" }
        hasCRLF = raw.indices.contains(where: isCRLF)
        var collapsedToRaw: [Int] = []
        if hasCRLF {
            var index = 0
            while index < raw.count {
                collapsedToRaw.append(index)
                index += isCRLF(index) ? 2 : 1
            }
            collapsedToRaw.append(raw.count)
        }
        let splitsCRLF = { (position: Int) in
            position > 0 && position < raw.count && raw[position - 1] == "\r" && raw[position] == "\n"
        }
        let maxEnd = ranges.map { max($0.start, $0.end) }.max() ?? 0
        let rawFits = maxEnd <= raw.count && !ranges.contains { splitsCRLF($0.start) || splitsCRLF($0.end) }
        crlfCountsOne = hasCRLF && !rawFits && maxEnd < collapsedToRaw.count
        rawIndex = crlfCountsOne ? collapsedToRaw : nil
        positions = crlfCountsOne ? collapsedToRaw.count : raw.count + 1
        guard raw.contains(where: Self.isRemoved) else {
            keptBefore = nil
            scalars = raw
            return
        }
        var kept: [Unicode.Scalar] = []
        var keptBefore: [Int] = []
        for scalar in raw {
            keptBefore.append(kept.count)
            if !Self.isRemoved(scalar) { kept.append(scalar) }
        }
        keptBefore.append(kept.count)
        self.keptBefore = keptBefore
        scalars = kept
    }

    /// `start..<end` in the tool's counting as a range of `scalars`, or nil when it is empty, reversed or past the end.
    func range(_ start: Int, _ end: Int) -> Range<Int>? {
        guard start >= 0, start < end, end < positions else { return nil }
        let range = kept(raw(start))..<kept(raw(end))
        return range.isEmpty ? nil : range
    }

    /// The text of `scalars`, made from their UTF-8 at once rather than a scalar at a time.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func raw(_ position: Int) -> Int { rawIndex?[position] ?? position }
    private func kept(_ rawIndex: Int) -> Int { keptBefore?[rawIndex] ?? rawIndex }

    /// `text` without the characters removed from source texts, for memos and other free text entering Glean.
    static func cleaned(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isRemoved($0) }))
    }

    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
