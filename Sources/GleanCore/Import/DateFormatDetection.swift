/// Works out how a column's dates are written, from the dates themselves: ISO (`yyyy-MM-dd`, a time after it
/// allowed), day-first (`dd/MM/yyyy` or `d/M/yyyy`, as Microsoft Forms exports in the UK: "02/06/2020 09:31") or
/// month-first (`MM/dd/yyyy` or `M/d/yyyy`).
///
/// The family that reads the most of the values is chosen, and within it the strictest pattern that reads every value
/// the family reads. When two families read as many values as each other (day-first and month-first when every day
/// is 12 or less, say "02/06/2020"), detection does not guess: it is `ambiguous`, and the user must choose. When no
/// family reads any value, it is `unreadable`.
public enum DateFormatDetection {
    /// A way of writing dates that detection knows.
    public enum Family: String, CaseIterable, Equatable, Sendable {
        case iso = "ISO"
        case dayFirst = "day-first"
        case monthFirst = "month-first"

        /// The patterns of the family, strictest first.
        var patterns: [DatePattern] {
            let formats: [String]
            switch self {
            case .iso: formats = ["yyyy-MM-dd"]
            case .dayFirst: formats = ["dd/MM/yyyy", "d/M/yyyy"]
            case .monthFirst: formats = ["MM/dd/yyyy", "M/d/yyyy"]
            }
            return formats.map { try! DatePattern($0) }
        }

        /// The family's most lenient pattern, which reads every value any of its patterns reads.
        public var lenient: DatePattern { patterns[patterns.count - 1] }

        /// The family `pattern` is one of the patterns of, if any.
        public static func of(_ pattern: DatePattern) -> Family? {
            allCases.first { $0.patterns.contains(pattern) }
        }

        /// E.g. "day-first dd/MM/yyyy".
        func describe(_ pattern: DatePattern) -> String { "\(rawValue) \(pattern)" }
    }

    /// What the values say.
    public enum Outcome: Equatable, Sendable {
        /// One family reads the most values; `read` of `total` values fit `pattern`.
        case detected(Family, DatePattern, read: Int, total: Int)
        /// Several families read the values equally well (`choices`, in `Family` order): `sample` reads as a different
        /// day in each where one exists.
        case ambiguous(choices: [DatePattern], sample: String)
        /// No family reads any value; `sample` is the first.
        case unreadable(sample: String)
        /// There are no dates to go by.
        case noDates
    }

    /// Detects the format of `values` (empty values and white space around them ignored).
    static func detect(_ values: [String]) -> Outcome {
        let dates = values.map { $0.trimmingWhiteSpace() }.filter { !$0.isEmpty }
        guard let first = dates.first else { return .noDates }
        let reads = Family.allCases.map { family in
            let lenient = family.lenient
            return (family, dates.filter { lenient.day(from: $0) != nil })
        }
        let most = reads.map(\.1.count).max() ?? 0
        guard most > 0 else { return .unreadable(sample: first) }
        let best = reads.filter { $0.1.count == most }
        let chosen = best.map { family, read in
            (
                family,
                family.patterns.first { pattern in read.allSatisfy { pattern.day(from: $0) != nil } } ?? family.lenient
            )
        }
        guard chosen.count == 1 else {
            let choices = chosen.map(\.1)
            let readings = { (date: String) in choices.map { $0.day(from: date) } }
            let both = dates.filter { !readings($0).contains(nil) }
            let telling = both.first { Set(readings($0)).count > 1 } ?? both.first ?? first
            return .ambiguous(choices: choices, sample: telling)
        }
        return .detected(chosen[0].0, chosen[0].1, read: most, total: dates.count)
    }
}
