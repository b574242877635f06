/// The Counts screen: the cursor cell, the rolling window and the breakdown attribute.
public struct CountsState: Equatable, Sendable {
    /// The selected concern's row (an index into the codebook's concerns).
    public var row = 0
    /// The selected fortnight column, or nil to follow the latest fortnight.
    public var fortnight: Int?
    /// The selected attribute-value column in a breakdown.
    public var valueColumn = 0
    /// The rolling window, in fortnights.
    public var window = 3
    /// The attribute the counts are broken down by, if any.
    public var breakdown: String?
}

/// The quotes behind one Counts cell.
public struct QuoteListState: Equatable, Sendable {
    /// The concern whose quotes are listed.
    public var concern: String
    /// The fortnight they were tagged in.
    public var fortnight: Int
    /// Only participants with this attribute value, when opened from a breakdown.
    public var attribute: AttributeValue?
    /// The selected row.
    public var selected = 0
}

/// An attribute name and one of its values, e.g. care setting = primary.
public struct AttributeValue: Equatable, Sendable {
    public var name: String
    public var value: String

    /// Creates an attribute value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
