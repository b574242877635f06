/// A row of an input (or a file of a folder) that cannot become a log, with where it starts and what is wrong.
public struct RejectedRow: Equatable, Sendable, CustomStringConvertible {
    /// The input, as the user named it.
    var file: String
    /// The 1-based line the row starts on (the header is line 1), when there is one.
    var line: Int?
    /// The 1-based column, when the problem is at one character (bytes that are not UTF-8).
    var column: Int?
    /// What is wrong, each quoting the offending value, e.g. `unreadable date "31/02/2020" (expected dd/MM/yyyy)`.
    var problems: [RowProblem]

    /// Creates a record of a bad row.
    init(file: String, line: Int?, column: Int? = nil, problems: [RowProblem]) {
        self.file = file
        self.line = line
        self.column = column
        self.problems = problems
    }

    /// What is wrong, in one line.
    var problem: String { problem(formatHint: nil) }

    /// Whether a date that does not follow the format is among the problems.
    public var badDate: Bool {
        problems.contains { if case .unreadableDate = $0 { return true } else { return false } }
    }

    /// `file:line[:column]: problem`, made safe to print on one line.
    public var description: String { description(formatHint: nil) }

    /// The description with a bad date's `formatHint` (the command line names its option).
    public func description(formatHint: String?) -> String {
        ProjectError(file: file, line: line, column: column, problem: problem(formatHint: formatHint)).description
    }

    private func problem(formatHint: String?) -> String {
        problems.map { $0.text(formatHint: formatHint) }.joined(separator: "; ")
    }
}
