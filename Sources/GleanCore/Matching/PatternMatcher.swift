import CICURegex

/// A regular expression in ICU's dialect (the one `NSRegularExpression` speaks), matched ignoring case, every search
/// metered against a `MatchBudget`.
///
/// ICU's engine backtracks, so a pattern such as `(a+)+$` can take exponential time on a short text; here each search
/// is stopped once it passes the budget, or as soon as the budget's token is cancelled, and says why by throwing
/// `MatchStopped`. A matcher keeps ICU state between searches: use it from one thread at a time.
final class PatternMatcher {
    /// The pattern as written.
    let pattern: String
    private let regex: OpaquePointer
    private let meter: Meter

    /// Compiles `pattern`; throws `InvalidPattern` saying what is wrong and where.
    init(_ pattern: String, budget: MatchBudget = MatchBudget()) throws(InvalidPattern) {
        self.pattern = pattern
        meter = Meter(budget)
        var errorName: UnsafePointer<CChar>?
        var errorOffset: Int32 = -1
        let context = Unmanaged.passUnretained(meter).toOpaque()
        let compiled = Array(pattern.utf16).withUnsafeBufferPointer {
            glean_regex_open(
                $0.baseAddress, Int32($0.count), Int32(clamping: budget.stepsPerMatch), Meter.check, context,
                &errorName,
                &errorOffset)
        }
        guard let compiled else {
            throw InvalidPattern(icuName: errorName.map { String(cString: $0) } ?? "", offset: Int(errorOffset))
        }
        regex = compiled
    }

    deinit {
        glean_regex_close(regex)
    }

    /// Whether the pattern matches somewhere in `text`, searched as a whole (`^` and `$` are its ends).
    ///
    /// Throws `MatchStopped` when the search passes the budget or is cancelled.
    func matches(_ text: String) throws(MatchStopped) -> Bool {
        try matches(Array(text.utf16)[...])
    }

    /// Whether the pattern matches somewhere in the UTF-16 code units `text`, searched as a whole.
    ///
    /// Throws `MatchStopped` when the search passes the budget or is cancelled.
    func matches(_ text: ArraySlice<UInt16>) throws(MatchStopped) -> Bool {
        try firstMatch(in: text) != nil
    }

    /// The UTF-16 offsets (from the start of `text`) of the pattern's first match in `text`, searched as a whole, or
    /// nil when it does not match.
    ///
    /// Throws `MatchStopped` when the search passes the budget or is cancelled.
    func firstMatch(in text: ArraySlice<UInt16>) throws(MatchStopped) -> Range<Int>? {
        if meter.budget.cancellation.isCancelled { throw .cancelled }
        var start: Int32 = 0
        var end: Int32 = 0
        let outcome = text.withUnsafeBufferPointer {
            glean_regex_find(regex, $0.baseAddress, Int32($0.count), &start, &end)
        }
        meter.finishSearch()
        switch outcome {
        case GLEAN_REGEX_FOUND: return Int(start)..<Int(max(start, end))
        case GLEAN_REGEX_NOT_FOUND: return nil
        case GLEAN_REGEX_STEP_LIMIT: throw .matchTooLong
        case GLEAN_REGEX_STOPPED: throw meter.stoppedBecause ?? .cancelled
        default:
            // Besides the outcomes above, a search of text that is set fails only when ICU runs out of memory.
            throw .tooMuchBacktracking
        }
    }

    /// Whether the pattern matches the empty text, which would make it match every sentence.
    var matchesEmptyText: Bool {
        (try? matches([][...])) ?? false
    }

    /// Counts the steps of the searches of a run and stops one when the run's budget is spent or it is cancelled.
    private final class Meter {
        let budget: MatchBudget
        private var stepsOfEarlierSearches = 0
        private var stepsOfThisSearch = 0
        private(set) var stoppedBecause: MatchStopped?

        init(_ budget: MatchBudget) {
            self.budget = budget
        }

        /// ICU's match callback: called every step with the steps the current search has taken.
        static let check: GleanRegexStepCallback = { context, steps in
            guard let context else { return true }
            let meter = Unmanaged<Meter>.fromOpaque(context).takeUnretainedValue()
            meter.stepsOfThisSearch = Int(steps)
            if meter.budget.cancellation.isCancelled {
                meter.stoppedBecause = .cancelled
                return false
            }
            if meter.stepsOfEarlierSearches + Int(steps) > meter.budget.stepsPerRun {
                meter.stoppedBecause = .runTooLong
                return false
            }
            return true
        }

        func finishSearch() {
            stepsOfEarlierSearches += stepsOfThisSearch
            stepsOfThisSearch = 0
        }
    }
}

/// A pattern ICU cannot compile: its error in words and the 0-based position in the pattern where it noticed.
struct InvalidPattern: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU's error, e.g. "missing close paren".
    let reason: String
    /// Where in the pattern ICU noticed, in UTF-16 units, when it says.
    let offset: Int?

    init(icuName: String, offset: Int) {
        var name = Substring(icuName)
        for prefix in ["U_REGEX_", "U_"] where name.hasPrefix(prefix) {
            name = name.dropFirst(prefix.count)
            break
        }
        reason = name.split(separator: "_").joined(separator: " ").lowercased()
        self.offset = offset >= 0 ? offset : nil
    }

    /// "missing close paren at character 10", leaving out the position when ICU did not give one.
    var description: String {
        offset.map { "\(reason) at character \($0 + 1)" } ?? reason
    }
}
