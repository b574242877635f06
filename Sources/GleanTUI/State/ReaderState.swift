import GleanCore

/// The Reader: the open log, the logs `]` and `[` step through, and the selection.
public struct ReaderState: Equatable, Sendable {
    /// The fortnight of the open log.
    public var fortnight: Int
    /// The logs `]` and `[` step through, by id.
    public var sequence: [String]
    /// The position of the open log in `sequence`.
    public var position: Int
    /// The selection: a section and a scalar range within it, at least one sentence long at first.
    public var selection: TextSelection
    /// The open log's sentences, words and lines, worked out as far as needed.
    public internal(set) var text: ReaderText

    /// The id of the open log.
    public var logID: String { sequence[position] }
}

/// A selected passage: a section of the open log and a scalar range within its text.
public struct TextSelection: Equatable, Sendable {
    /// The section's index in the log.
    public var section: Int
    /// The selected scalars, end exclusive.
    public var range: Range<Int>

    /// Creates a selection.
    public init(section: Int, range: Range<Int>) {
        self.section = section
        self.range = range
    }
}
