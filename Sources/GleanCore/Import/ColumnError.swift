/// Why a CSV file's columns cannot be mapped to what an import needs: the file, the column asked for and the columns
/// there are. The message says which part of the mapping is wrong in words; the command line names its options
/// instead (`--date-column "When" is not a column; …`) through `message(naming:)`.
public enum ColumnError: DomainError, Equatable {
    /// What a column is imported as, as a mapping names it.
    public enum Role: String, Sendable, CaseIterable {
        case participant, date, attribute, ignored, text
    }

    /// No column is headed as any of `defaults` and the mapping names none for `role`.
    case noDefault(file: String, role: Role, defaults: [String], columns: [String])
    /// The mapping names `name` for `role`, and no column is headed so.
    case notAColumn(file: String, role: Role, name: String, columns: [String])
    /// The mapping names the column headed `header` for two roles.
    case twoRoles(file: String, header: String, first: Role, second: Role)
    /// Every column is taken by another role or left out, so there is nothing to import as text.
    case noTextColumn(file: String, columns: [String])

    /// The file whose columns these are.
    public var file: String {
        switch self {
        case .noDefault(let file, _, _, _), .notAColumn(let file, _, _, _), .twoRoles(let file, _, _, _),
            .noTextColumn(let file, _):
            return file
        }
    }

    public var message: String { message(naming: Self.words) }

    /// The message with each role named by `name`, given the column's name where the message quotes one (the command
    /// line gives its option, e.g. `--date-column "When"`).
    public func message(naming name: (Role, _ column: String?) -> String) -> String {
        switch self {
        case .noDefault(_, let role, let defaults, let columns):
            return "no column is headed \(defaults.map { "\"\($0)\"" }.joined(separator: " or ")); "
                + "name it with \(name(role, nil)); the columns are \(Self.list(columns))"
        case .notAColumn(_, let role, let wanted, let columns):
            return "\(name(role, wanted)) is not a column; the columns are \(Self.list(columns))"
        case .twoRoles(_, let header, let first, let second):
            return "column \"\(header)\" is named by both \(name(first, nil)) and \(name(second, nil))"
        case .noTextColumn(_, let columns):
            return "no column is left to import as text; name one with \(name(.text, nil)); "
                + "the columns are \(Self.list(columns))"
        }
    }

    /// A role in words, for the interface: "the date column", `the date column "When"`.
    private static func words(_ role: Role, _ column: String?) -> String {
        (role == .ignored ? "the ignored columns" : "the \(role.rawValue) column") + (column.map { " \"\($0)\"" } ?? "")
    }

    private static func list(_ columns: [String]) -> String {
        columns.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
