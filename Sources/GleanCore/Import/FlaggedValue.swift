/// A value in an imported column that looks like personal data (`PersonalValues`): it is imported as written, and
/// flagged so that a facilitator can check it. The value itself is never repeated in messages.
public struct FlaggedValue: Equatable, Sendable, CustomStringConvertible {
    /// The input, as the user named it.
    var file: String
    /// The 1-based line the row starts on.
    var line: Int
    /// The column's header.
    var column: String
    /// What the value looks like.
    var kind: PersonalValues.Kind
    /// The row's log: its index in the batch's `logs`.
    public var log: Int

    /// Creates a flag.
    init(file: String, line: Int, column: String, kind: PersonalValues.Kind, log: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
        self.log = log
    }

    /// `forms.csv:4: column "Progress" holds what looks like an e-mail address; …`, made safe to print on one line.
    public var description: String {
        ProjectError(
            file: file, line: line,
            problem: "column \"\(column)\" holds what looks like \(kind.rawValue); it is imported as written, so check "
                + "that it is not personal data"
        ).description
    }
}
