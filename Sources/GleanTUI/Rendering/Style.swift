/// How a cell is drawn: colours plus text attributes.
public struct Style: Equatable, Hashable, Sendable {
    /// Text colour.
    public var foreground: TerminalColour
    /// Cell background colour.
    public var background: TerminalColour
    /// Bold (bright) text.
    public var bold: Bool
    /// Swapped foreground and background.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool
    /// Dim (faint) text.
    public var dim: Bool

    /// Creates a style; every attribute defaults to off and both colours to the terminal default.
    public init(
        foreground: TerminalColour = .default,
        background: TerminalColour = .default,
        bold: Bool = false,
        reverse: Bool = false,
        underline: Bool = false,
        dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// Default colours, no attributes.
    public static let plain = Style()
    /// Bold text in default colours.
    public static let bold = Style(bold: true)
    /// Reverse video in default colours, as used for selections.
    public static let reverse = Style(reverse: true)
}
