/// The facilitators' note for a fortnight's summary: an opening paragraph and the questions they will explore next.
public struct FortnightNote: Codable, Equatable, Sendable {
    /// The paragraph that opens the summary.
    public var opening: String
    /// The "What's next?" questions, one per entry.
    public var next: [String]

    /// Creates a note.
    public init(opening: String = "", next: [String] = []) {
        self.opening = opening
        self.next = next
    }
}
