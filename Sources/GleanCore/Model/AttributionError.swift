/// Why an attribution setting or an attribute's new name was refused. `known` are the attributes participants have.
public enum AttributionError: DomainError, Equatable {
    /// Which of the two attributes a quote is attributed by.
    public enum Part: String, Equatable, Sendable {
        /// The role or the care setting a featured quote is attributed by.
        case role, setting
    }

    /// The column an import was to take `part` from has no value for any participant.
    case columnHasNoValues(String, part: Part)
    /// No participant has the attribute chosen as `part`.
    case unknownAttribute(String, part: Part, known: [String])
    /// No participant has the attribute to be renamed.
    case renamingUnknown(String, known: [String])
    /// The new name is empty or more than one line.
    case invalidName(String)
    /// Participants already have an attribute with the new name.
    case nameTaken(String)

    /// The attribute or column the error is about, as it was given.
    public var name: String {
        switch self {
        case .columnHasNoValues(let name, _), .unknownAttribute(let name, _, _), .renamingUnknown(let name, _),
            .invalidName(let name), .nameTaken(let name):
            return name
        }
    }

    /// The message; the renaming cases speak of "this attribute", so a reader shows it after the name (`name`).
    public var message: String {
        switch self {
        case .columnHasNoValues(let column, let part):
            return "\(part.rawValue)=\"\(column)\": no participant has a value in that column"
        case .unknownAttribute(let name, _, let known):
            return "no participant has an attribute \"\(name)\"; \(Self.list(known))"
        case .renamingUnknown(_, let known):
            return "no participant has this attribute; \(Self.list(known))"
        case .invalidName:
            return "an attribute's name is one line of text, not empty"
        case .nameTaken:
            return "participants already have this attribute; rename it first, or pick another name"
        }
    }

    private static func list(_ names: [String]) -> String {
        guard !names.isEmpty else { return "no participant has any attributes" }
        return "the attributes are " + names.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
