/// The facilitators' note for a fortnight's summary: the words around the figures.
///
/// An opening paragraph, a paragraph per key concern, a closing section under its own heading and the "What's next?"
/// questions. Every field but `opening` and `next` arrived after schema 3, so each is read when present and is
/// otherwise empty; empty fields are left out when the note is written.
public struct FortnightNote: Codable, Equatable, Sendable {
    /// The closing section's heading when the facilitator has not chosen one.
    public static let standardClosingHeading = "Tackling these challenges"

    /// The paragraph that opens the summary.
    var opening: String
    /// The "What's next?" questions, one per entry.
    var next: [String]
    /// The facilitator's paragraph on each concern, by concern id; a concern without one is described by its
    /// codebook description.
    public var paragraphs: [String: String]
    /// The closing section's heading; empty for `standardClosingHeading`.
    var closingHeading: String
    /// The closing section's text.
    var closing: String

    /// Creates a note.
    init(
        opening: String = "", next: [String] = [], paragraphs: [String: String] = [:], closingHeading: String = "",
        closing: String = ""
    ) {
        self.opening = opening
        self.next = next
        self.paragraphs = paragraphs
        self.closingHeading = closingHeading
        self.closing = closing
    }

    /// The closing section's heading as the summary shows it.
    public var closingTitle: String {
        closingHeading.isEmpty ? FortnightNote.standardClosingHeading : closingHeading
    }

    private enum CodingKeys: String, CodingKey {
        case opening, next, paragraphs, closingHeading, closing
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        opening = try container.decode(String.self, forKey: .opening)
        next = try container.decode([String].self, forKey: .next)
        paragraphs = try container.decodeIfPresent([String: String].self, forKey: .paragraphs) ?? [:]
        closingHeading = try container.decodeIfPresent(String.self, forKey: .closingHeading) ?? ""
        closing = try container.decodeIfPresent(String.self, forKey: .closing) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(opening, forKey: .opening)
        try container.encode(next, forKey: .next)
        if !paragraphs.isEmpty { try container.encode(paragraphs, forKey: .paragraphs) }
        if !closingHeading.isEmpty { try container.encode(closingHeading, forKey: .closingHeading) }
        if !closing.isEmpty { try container.encode(closing, forKey: .closing) }
    }
}
