import GleanCore

/// Moves and reshapes a Reader selection over one log's sentences and words.
///
/// Each section's sentences and words are in order and do not overlap, so every look-up is a binary search: a key
/// costs the same in a 1 MiB log as in a short one.
struct SelectionNavigator {
    private let sentences: [[Range<Int>]]
    private let words: [[Range<Int>]]

    /// A navigator over each section's `sentences` and `words` (`TextSegments`).
    init(sentences: [[Range<Int>]], words: [[Range<Int>]]) {
        self.sentences = sentences
        self.words = words
    }

    var firstSentence: TextSelection? {
        sentences.indices.lazy.compactMap { section in
            sentences[section].first.map { TextSelection(section: section, range: $0) }
        }.first
    }

    var lastSentence: TextSelection? {
        sentences.indices.reversed().lazy.compactMap { section in
            sentences[section].last.map { TextSelection(section: section, range: $0) }
        }.first
    }

    /// The sentence holding the selection's start.
    func sentence(containing selection: TextSelection) -> TextSelection? {
        guard sentences.indices.contains(selection.section) else { return nil }
        let start = selection.range.lowerBound
        let found =
            sentences[selection.section].first(after: { $0.upperBound > start }) ?? sentences[selection.section].last
        return found.map { TextSelection(section: selection.section, range: $0) }
    }

    /// The first sentence after the selection's end, in this section or a later one.
    func sentence(after selection: TextSelection) -> TextSelection? {
        guard sentences.indices.contains(selection.section) else { return firstSentence }
        if let next = sentences[selection.section].first(after: { $0.lowerBound >= selection.range.upperBound }) {
            return TextSelection(section: selection.section, range: next)
        }
        for section in (selection.section + 1)..<sentences.count {
            if let first = sentences[section].first { return TextSelection(section: section, range: first) }
        }
        return nil
    }

    /// The last sentence before the selection's start, in this section or an earlier one.
    func sentence(before selection: TextSelection) -> TextSelection? {
        guard sentences.indices.contains(selection.section) else { return firstSentence }
        if let previous = sentences[selection.section].last(before: { $0.upperBound > selection.range.lowerBound }) {
            return TextSelection(section: selection.section, range: previous)
        }
        for section in stride(from: selection.section - 1, through: 0, by: -1) {
            if let last = sentences[section].last { return TextSelection(section: section, range: last) }
        }
        return nil
    }

    /// Moves `count` sentences forward or back, stopping at either end.
    func step(_ selection: TextSelection, by count: Int, forward: Bool) -> TextSelection {
        var current = selection
        for _ in 0..<count {
            guard let next = forward ? sentence(after: current) : sentence(before: current) else { break }
            current = next
        }
        return current
    }

    /// The selection with its end moved to the end of the next sentence of the same section.
    func extendBySentence(_ selection: TextSelection) -> TextSelection {
        moveEnd(
            selection,
            to: sentences[safe: selection.section]?.first(after: { $0.lowerBound >= selection.range.upperBound })?
                .upperBound)
    }

    /// The selection with its end moved back to the end of the previous sentence inside it.
    func shrinkBySentence(_ selection: TextSelection) -> TextSelection {
        moveEnd(
            selection,
            to: sentences[safe: selection.section]?.last(before: { $0.upperBound >= selection.range.upperBound })
                .flatMap { $0.upperBound > selection.range.lowerBound ? $0.upperBound : nil })
    }

    /// The selection with its end moved to the end of the next word.
    func extendByWord(_ selection: TextSelection) -> TextSelection {
        moveEnd(
            selection,
            to: words[safe: selection.section]?.first(after: { $0.upperBound > selection.range.upperBound })?.upperBound
        )
    }

    /// The selection with its end moved back to the end of the previous word inside it.
    func shrinkByWord(_ selection: TextSelection) -> TextSelection {
        moveEnd(
            selection,
            to: words[safe: selection.section]?.last(before: { $0.upperBound >= selection.range.upperBound }).flatMap {
                $0.upperBound > selection.range.lowerBound ? $0.upperBound : nil
            })
    }

    /// The selection starting at the next word inside it.
    func startLater(_ selection: TextSelection) -> TextSelection {
        moveStart(
            selection,
            to: words[safe: selection.section]?.first(after: { $0.lowerBound > selection.range.lowerBound }).flatMap {
                $0.lowerBound < selection.range.upperBound ? $0.lowerBound : nil
            })
    }

    /// The selection starting at the previous word.
    func startEarlier(_ selection: TextSelection) -> TextSelection {
        moveStart(
            selection,
            to: words[safe: selection.section]?.last(before: { $0.lowerBound >= selection.range.lowerBound })?
                .lowerBound)
    }

    private func moveEnd(_ selection: TextSelection, to end: Int?) -> TextSelection {
        guard let end else { return selection }
        return TextSelection(section: selection.section, range: selection.range.lowerBound..<end)
    }

    private func moveStart(_ selection: TextSelection, to start: Int?) -> TextSelection {
        guard let start else { return selection }
        return TextSelection(section: selection.section, range: start..<selection.range.upperBound)
    }
}

extension Array {
    /// The element at `index`, or nil when it is out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension Array where Element == Range<Int> {
    /// The first range for which `isAfter` holds, by binary search: `isAfter` must hold for every range after it too.
    func first(after isAfter: (Range<Int>) -> Bool) -> Range<Int>? {
        self[safe: partition(isAfter)]
    }

    /// The last range before the first for which `isAfter` holds (see `first(after:)`).
    func last(before isAfter: (Range<Int>) -> Bool) -> Range<Int>? {
        self[safe: partition(isAfter) - 1]
    }

    private func partition(_ isAfter: (Range<Int>) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
