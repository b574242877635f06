/// What a column of a CSV input is imported as.
public enum ColumnUse: String, CaseIterable, Equatable, Hashable, Sendable {
    /// The participant codes (one column).
    case participant
    /// The dates (one column).
    case date
    /// A section of each log, titled by the header.
    case section
    /// A participant attribute.
    case attribute
    /// A participant attribute that attributes featured quotes as the writer's role (one column).
    case role
    /// A participant attribute that attributes featured quotes as the writer's care setting (one column).
    case setting
    /// Not imported.
    case ignore

    /// Whether only one column may have this use.
    public var isSingle: Bool { [.participant, .date, .role, .setting].contains(self) }

    /// The use in a few words, e.g. "care setting".
    public var label: String {
        switch self {
        case .participant: return "participant"
        case .date: return "date"
        case .section: return "section"
        case .attribute: return "attribute"
        case .role: return "role"
        case .setting: return "care setting"
        case .ignore: return "ignored"
        }
    }
}
