/// A column of a CSV input as first read: its header, a sample value, the use guessed from its header, and why it is
/// left out when it looks like personal data or form bookkeeping.
public struct ImportColumn: Equatable, Sendable {
    /// The header, cleaned to one line.
    public var header: String
    /// The first non-empty value below the header, on one line; empty when the column has none.
    public var sample: String
    /// The use guessed from the header, as `glean import` would take it with no options.
    public var guess: ColumnUse
    /// Why the column is left out by default (e.g. "e-mail address"), or nil.
    public var leftOutReason: String?

    /// Creates a column record.
    init(header: String, sample: String, guess: ColumnUse, leftOutReason: String? = nil) {
        self.header = header
        self.sample = sample
        self.guess = guess
        self.leftOutReason = leftOutReason
    }
}
