/// The counts split by the values of one participant attribute, e.g. care setting.
public struct AttributeBreakdown: Equatable, Sendable {
    /// The label used for participants who lack the attribute.
    public static let missingValue = "(not set)"

    /// The attribute's name.
    var attribute: String
    /// The values in order, each with the counts over the participants holding it.
    public var groups: [(value: String, table: CountsTable)]

    /// Splits `project`'s counts by `attribute`.
    public init(project: Project, attribute: String, window: Int = 3) {
        self.attribute = attribute
        var values = project.values(ofAttribute: attribute)
        if project.participants.contains(where: { $0.attributes[attribute] == nil }) {
            values.append(AttributeBreakdown.missingValue)
        }
        let digests = project.digests()
        let concerns = project.codebook.concerns.map(\.id)
        groups = values.map { value in
            let holders = project.participants.filter { participant in
                (participant.attributes[attribute] ?? AttributeBreakdown.missingValue) == value
            }
            let table = CountsTable(
                digests: digests, concerns: concerns, window: window, admitting: Set(holders.map(\.code)))
            return (value, table)
        }
    }

    public static func == (lhs: AttributeBreakdown, rhs: AttributeBreakdown) -> Bool {
        lhs.attribute == rhs.attribute && lhs.groups.map(\.value) == rhs.groups.map(\.value)
            && lhs.groups.map(\.table) == rhs.groups.map(\.table)
    }
}
