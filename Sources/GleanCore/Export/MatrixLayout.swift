/// How the rapid-analysis matrix is laid out: what its rows are and what its cells hold.
public struct MatrixLayout: Equatable, Sendable {
    /// What each row of the matrix stands for.
    public enum Rows: Equatable, Sendable {
        /// One row per participant who wrote in the fortnights covered (their code, or alias when pseudonymised).
        case participant
        /// One row per value of a participant attribute (e.g. `care setting`) held by someone who wrote, with
        /// `AttributeBreakdown.missingValue` for participants without it.
        case attribute(String)

        /// The rows named on the command line: `participant`, or else an attribute's name.
        public init(argument: String) {
            self = argument == "participant" ? .participant : .attribute(argument)
        }
    }

    /// What each cell of the matrix holds.
    public enum Cells: String, CaseIterable, Sendable {
        /// The quotes themselves, each with its date and fortnight, featured ones marked.
        case quotes
        /// How many quotes, and how many of the row's participants raised the concern.
        case count
    }

    /// The rows.
    var rows: Rows
    /// The cells.
    var cells: Cells

    /// A layout; by default a row per participant with the quotes in the cells.
    public init(rows: Rows = .participant, cells: Cells = .quotes) {
        self.rows = rows
        self.cells = cells
    }
}

extension MatrixLayout {
    /// Throws an `ExportError` (or `ExportRequestError`) unless rows by attribute `name` can be made from `project`:
    /// some participant must hold it, and a pseudonymised export must keep it.
    static func check(attribute name: String, in project: Project, pseudonymisation: Pseudonymisation?) throws {
        guard project.attributeNames.contains(name) else {
            let known = project.attributeNames.map { "\"\($0)\"" }.joined(separator: ", ")
            throw ExportError(
                "no participant has the attribute \"\(name)\"; rows can be participant"
                    + (known.isEmpty ? "" : " or one of \(known)"))
        }
        if let pseudonymisation, !pseudonymisation.keptAttributes.contains(name) {
            throw ExportRequestError.attributeNotKept(name)
        }
    }
}
