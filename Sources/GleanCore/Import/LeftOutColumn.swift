/// A column an import did not take because it looks like personal data or form bookkeeping, or has no header.
struct LeftOutColumn: Equatable, Sendable, CustomStringConvertible {
    /// The input it is in, as the user named it.
    var file: String
    /// The column's header (empty when it has none).
    var header: String
    /// Why it was left out, e.g. "e-mail address".
    var reason: String

    /// Creates a record of a column left out.
    init(file: String, header: String, reason: String) {
        self.file = file
        self.header = header
        self.reason = reason
    }

    /// `"Email" (e-mail address)`.
    var description: String { "\"\(header)\" (\(reason))" }
}
