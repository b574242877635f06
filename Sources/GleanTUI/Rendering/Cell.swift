/// One column of a `ScreenBuffer`: a grapheme cluster and its style.
public struct Cell: Equatable, Hashable, Sendable {
    /// The text drawn in this column; `""` marks the right half of a wide grapheme.
    public var grapheme: String
    /// How the grapheme is drawn.
    public var style: Style

    /// Creates a cell.
    public init(grapheme: String, style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    /// An unstyled space.
    public static let blank = Cell(grapheme: " ")

    /// Whether this cell is the right half of the wide grapheme in the cell to its left.
    public var isContinuation: Bool { grapheme.isEmpty }
}
