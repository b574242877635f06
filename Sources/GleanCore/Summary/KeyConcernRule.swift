/// Which concerns a fortnight summary writes up as key, set by the facilitator for the whole project: the `top` N
/// raised by most participants, or every concern raised by `atLeast` P% of the participants who wrote.
///
/// A concern no one raised is never key. Stored in `glean.json` as `{"top": 5}` or `{"atLeastPercent": 20}`; a project
/// without one follows `standard`.
public enum KeyConcernRule: Codable, Equatable, Sendable {
    /// The `N` concerns raised by most participants, with any tied with the last of them.
    case top(Int)
    /// Every concern raised by at least this percentage of the participants who wrote.
    case atLeast(percent: Int)

    /// The rule of a project that has not chosen one: the five raised by most participants.
    static let standard = KeyConcernRule.top(5)
    /// The numbers `top` accepts.
    public static let topRange = 1...99
    /// The percentages `atLeast` accepts.
    public static let percentRange = 1...100

    /// Reads "5" (top 5) or "20%" (at least 20%), as the interface's prompt takes it; nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            guard let percent = Int(trimmed.dropLast().trimmingCharacters(in: .whitespaces)),
                KeyConcernRule.percentRange.contains(percent)
            else { return nil }
            self = .atLeast(percent: percent)
        } else {
            guard let count = Int(trimmed), KeyConcernRule.topRange.contains(count) else { return nil }
            self = .top(count)
        }
    }

    /// The rule as the interface's prompt shows it: "5" or "20%".
    public var text: String {
        switch self {
        case .top(let count): return String(count)
        case .atLeast(let percent): return "\(percent)%"
        }
    }

    /// The ids of the key concerns among `concerns` (id and distinct participants raising it), in the order given,
    /// for a fortnight in which `writers` participants wrote.
    ///
    /// `top(N)` ranks by participants and keeps the first N and any tied with the Nth; `atLeast(P)` keeps those whose
    /// share of the writers, rounded as every figure shows it (`Share.percent`), is at least P%.
    func keyConcerns(_ concerns: [(id: String, participants: Int)], writers: Int) -> [String] {
        let raised = concerns.filter { $0.participants > 0 }
        switch self {
        case .top(let count):
            let ranked = raised.map(\.participants).sorted(by: >)
            guard let cutOff = ranked.dropFirst(max(0, count - 1)).first else { return raised.map(\.id) }
            return raised.filter { $0.participants >= cutOff }.map(\.id)
        case .atLeast(let percent):
            return raised.filter { Share(count: $0.participants, of: writers).percent >= percent }.map(\.id)
        }
    }

    /// The summary's footnote on the rule, e.g. "Key concerns are the five raised by most participants (with any
    /// tied at the cut-off); every concern is in the table of all concerns."
    public var footnote: String {
        switch self {
        case .top(let count):
            let which = count == 1 ? "the one" : "the \(KeyConcernRule.words(count))"
            let tie = " (with any tied at the cut-off)"
            return
                "Key concerns are \(which) raised by most participants\(tie); every concern is in the table of all concerns."
        case .atLeast(let percent):
            return "Key concerns are those raised by at least \(percent)% of the participants who wrote; "
                + "every concern is in the table of all concerns."
        }
    }

    /// The rule in a few words, for the interface and `glean summary-rule`: "top 5" or "at least 20%".
    public var label: String {
        switch self {
        case .top(let count): return "top \(count)"
        case .atLeast(let percent): return "at least \(percent)%"
        }
    }

    private static func words(_ count: Int) -> String {
        let names = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return names.indices.contains(count) ? names[count] : String(count)
    }

    private enum CodingKeys: String, CodingKey {
        case top, atLeastPercent
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let count = try container.decodeIfPresent(Int.self, forKey: .top) {
            guard KeyConcernRule.topRange.contains(count) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .top, in: container, debugDescription: "top must be 1 to 99, not \(count)")
            }
            self = .top(count)
        } else if let percent = try container.decodeIfPresent(Int.self, forKey: .atLeastPercent) {
            guard KeyConcernRule.percentRange.contains(percent) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .atLeastPercent, in: container,
                    debugDescription: "atLeastPercent must be 1 to 100, not \(percent)")
            }
            self = .atLeast(percent: percent)
        } else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "needs top or atLeastPercent"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .top(let count): try container.encode(count, forKey: .top)
        case .atLeast(let percent): try container.encode(percent, forKey: .atLeastPercent)
        }
    }
}
