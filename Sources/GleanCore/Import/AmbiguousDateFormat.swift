/// Thrown when an input's dates read as well in two formats (day-first and month-first, typically) and no
/// date format was given: nothing is imported until the user says which.
public struct AmbiguousDateFormat: DomainError, Equatable {
    /// The input, as the user named it.
    public var file: String
    /// A date that reads as a different day in each format.
    public var sample: String
    /// The formats, in `DateFormatDetection.Family` order (day-first before month-first).
    public var choices: [DatePattern]

    /// Creates the refusal.
    init(file: String, sample: String, choices: [DatePattern]) {
        self.file = file
        self.sample = sample
        self.choices = choices
    }

    /// The day `sample` is when read with `pattern`, e.g. "Tuesday 2 June 2020".
    func reading(_ pattern: DatePattern) -> String {
        pattern.day(from: sample)?.longText ?? "not a day"
    }

    public var message: String { message(naming: { "the format \"\($0)\"" }) }

    /// The refusal with each format named by `name` (the command line gives its option, `--date-format "dd/MM/yyyy"`),
    /// followed by the day `sample` is in it.
    public func message(naming name: (DatePattern) -> String) -> String {
        "dates such as \"\(sample)\" read as "
            + choices.map { DateFormatDetection.Family.of($0)?.rawValue ?? $0.description }.joined(
                separator: " and as ")
            + ", so Glean will not guess; "
            + "say which with \(choices.map { "\(name($0)) (\(reading($0)))" }.joined(separator: " or "))"
    }
}
