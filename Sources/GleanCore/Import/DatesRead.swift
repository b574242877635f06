/// How an input's dates were read: with the format given, or the format detected from them (`DateFormatDetection`).
public struct DatesRead: Equatable, Sendable {
    /// The input, as the user named it.
    var file: String
    /// The format the rows were read with.
    var pattern: DatePattern
    /// How the format was chosen.
    public var outcome: DateFormatDetection.Outcome?

    /// Creates a record; a nil `outcome` means the format was given.
    init(file: String, pattern: DatePattern, outcome: DateFormatDetection.Outcome?) {
        self.file = file
        self.pattern = pattern
        self.outcome = outcome
    }

    /// E.g. "day-first dd/MM/yyyy (detected)", "dd/MM/yyyy (chosen)", or what is wrong when no format fits.
    public var summary: String {
        switch outcome {
        case nil:
            return "\(pattern) (chosen)"
        case .detected(let family, let pattern, let read, let total):
            let misfits = total - read
            let rest =
                misfits == 0
                ? ""
                : misfits == 1
                    ? "; 1 of the \(total) dates does not fit it, so its row is bad"
                    : "; \(misfits) of the \(total) dates do not fit it, so their rows are bad"
            return "\(family.describe(pattern)) (detected\(rest))"
        case .ambiguous(let choices, let sample):
            return "\"\(sample)\" reads as " + choices.map(\.description).joined(separator: " and as ") + "; choose one"
        case .unreadable(let sample):
            return "no known format fits dates such as \"\(sample)\"; read as \(pattern), so the rows are bad"
        case .noDates:
            return "no dates to detect the format from; read as \(pattern)"
        }
    }

    /// The line the command line prints, e.g. `Dates in form.csv: day-first dd/MM/yyyy (detected)`; nil when the
    /// format was given.
    public var note: String? {
        outcome == nil ? nil : "Dates in \(file): \(summary)"
    }

    /// Whether the format was detected and some dates do not fit it (or none was found): the user should name it.
    public var needsFormat: Bool {
        guard let outcome else { return false }
        if case .detected(_, _, let read, let total) = outcome, read == total { return false }
        return true
    }
}
