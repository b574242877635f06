/// One thing wrong with an input row. A date that does not follow the format is its own case, so the command line can
/// say which option names the format; every other problem is a few words, written as a string.
enum RowProblem: Equatable, Sendable, ExpressibleByStringInterpolation {
    /// A problem in words, e.g. `no text: every answer is empty`.
    case described(String)
    /// `value`, read from `source` (`column "date"`), is not a date in the format `expected` (which also names the
    /// years Glean reads).
    case unreadableDate(value: String, source: String, expected: String)

    init(stringLiteral value: String) {
        self = .described(value)
    }

    /// The problem in words; a bad date's `formatHint`, when given, says how to name the format.
    func text(formatHint: String?) -> String {
        switch self {
        case .described(let text):
            return text
        case .unreadableDate(let value, let source, let expected):
            return
                "unreadable date \"\(value)\" in \(source) (expected \(expected)\(formatHint.map { "; \($0)" } ?? ""))"
        }
    }
}
