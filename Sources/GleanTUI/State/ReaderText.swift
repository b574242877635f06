import GleanCore

/// What the Reader has worked out about the open log's text, kept with its state so that a key or a frame costs the
/// part of the log it touches, not the whole log: the sentences of each section (measured on opening), the words
/// (measured the first time a word command needs them) and the lines at the Reader's width, laid out as far as the
/// selection has gone and a screenful beyond.
///
/// Two values are equal when they describe the same text at the same width: how much of it has been worked out is
/// a cache, not part of the state.
public struct ReaderText: Equatable, Sendable {
    private let sections: [LogSection]
    private(set) var sentences: [[Range<Int>]]
    private(set) var words: [[Range<Int>]]?
    private(set) var layout: ReaderLayout

    /// Measures the sentences of `log` and begins its layout for a screen `screenWidth` cells wide.
    init(log: Log, screenWidth: Int) {
        sections = log.sections
        sentences = log.sections.map { TextSegments.sentences(in: $0.text) }
        layout = ReaderLayout(width: ReaderLayout.textWidth(screenWidth: screenWidth))
    }

    /// Whether this describes `log`'s text.
    func describes(_ log: Log) -> Bool {
        sections == log.sections
    }

    /// Keeps the layout for a screen `screenWidth` cells wide, starting it afresh if the width changed.
    mutating func fit(screenWidth: Int) {
        let width = ReaderLayout.textWidth(screenWidth: screenWidth)
        if layout.width != width { layout = ReaderLayout(width: width) }
    }

    /// Moves and reshapes selections over these sentences, and words when they have been measured.
    var navigator: SelectionNavigator {
        SelectionNavigator(sentences: sentences, words: words ?? sections.map { _ in [] })
    }

    /// Measures the words, unless that is done.
    mutating func measureWords() {
        if words == nil { words = sections.map { TextSegments.words(in: $0.text) } }
    }

    /// Lays out the lines down to `selection` and `screenHeight` lines beyond: all a frame can show.
    mutating func layOut(through selection: TextSelection, screenHeight: Int) {
        layout.extend(
            sections, through: selection.section, offset: selection.range.lowerBound, rowsBeyond: screenHeight)
    }

    public static func == (left: ReaderText, right: ReaderText) -> Bool {
        left.layout.width == right.layout.width && left.sections == right.sections
    }
}
