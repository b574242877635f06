/// A section's text as UTF-16 code units, the unit ICU searches, addressed in constant time by Unicode-scalar
/// offsets, the unit of sentences and quotes.
struct SectionText {
    private let units: [UInt16]
    /// The UTF-16 offset of each scalar, and of the end.
    private let unitOffsets: [Int]

    init(_ text: String) {
        units = Array(text.utf16)
        var offsets: [Int] = []
        offsets.reserveCapacity(units.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            offsets.append(offset)
            offset += scalar.utf16.count
        }
        offsets.append(offset)
        unitOffsets = offsets
    }

    /// The code units of the scalars in `range`, clamped to the text.
    func utf16(scalars range: Range<Int>) -> ArraySlice<UInt16> {
        units[unitOffset(range.lowerBound)..<unitOffset(max(range.lowerBound, range.upperBound))]
    }

    /// The first `limit` scalars of `range`, with "…" when there are more: enough to recognise a sentence by.
    func excerpt(_ range: Range<Int>, limit: Int = 40) -> String {
        let shown = range.lowerBound..<min(range.upperBound, range.lowerBound + limit)
        let text = String(decoding: utf16(scalars: shown), as: UTF16.self)
        return shown.upperBound < range.upperBound ? text + "…" : text
    }

    /// The text of the scalars in `range`.
    func string(scalars range: Range<Int>) -> String {
        String(decoding: utf16(scalars: range), as: UTF16.self)
    }

    /// The scalar range, counted from the start of `base`, of the UTF-16 units `units` counted from the start of
    /// `base`.
    func scalars(units: Range<Int>, from base: Range<Int>) -> Range<Int> {
        let origin = unitOffset(base.lowerBound)
        return
            (scalarOffset(origin + units.lowerBound) - base.lowerBound)..<(scalarOffset(origin + units.upperBound)
            - base.lowerBound)
    }

    /// The scalar at UTF-16 offset `unit` (or the one it is inside), by binary search.
    private func scalarOffset(_ unit: Int) -> Int {
        var low = 0
        var high = unitOffsets.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if unitOffsets[middle] <= unit { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private func unitOffset(_ scalar: Int) -> Int {
        unitOffsets[min(max(scalar, 0), unitOffsets.count - 1)]
    }
}
