/// A column an import did not take because it looks like personal data or form bookkeeping, or has no header.
public struct LeftOutColumn: Equatable, Sendable, CustomStringConvertible {
    /// The input it is in, as the user named it.
    public var file: String
    /// The column's header (empty when it has none).
    public var header: String
    /// Why it was left out, e.g. "e-mail address".
    public var reason: String

    /// Creates a record of a column left out.
    public init(file: String, header: String, reason: String) {
        self.file = file
        self.header = header
        self.reason = reason
    }

    /// `"Email" (e-mail address)`.
    public var description: String { "\"\(header)\" (\(reason))" }
}
