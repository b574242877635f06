/// A problem with a project's files, naming the file, the position where there is one, and what is wrong.
public struct ProjectError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file at fault, as a path.
    var file: String
    /// The 1-based line, when the problem has one.
    var line: Int?
    /// The 1-based column, when the problem has one.
    var column: Int?
    /// What is wrong, in words a facilitator can act on.
    public var problem: String

    /// Creates an error; `file` and `problem` are made safe to print on one line (they may quote damaged data).
    public init(file: String, line: Int? = nil, column: Int? = nil, problem: String) {
        self.file = TextSanitizer.displayable(file)
        self.line = line
        self.column = column
        self.problem = TextSanitizer.displayable(problem)
    }

    /// `file:line:column: problem`, leaving out what is unknown.
    public var description: String {
        var position = file
        if let line { position += ":\(line)" }
        if let line = line, line > 0, let column { position += ":\(column)" }
        return "\(position): \(problem)"
    }
}
