/// Why auto-coding refused to tag or stopped before tagging anything.
public enum AutoCodingError: DomainError, Equatable {
    /// The pattern does not compile; `reason` is the regular-expression engine's own account.
    case invalidPattern(String, reason: String)
    /// The pattern matches empty text, so it would tag every sentence.
    case patternMatchesEmptyText(String)
    /// The programme has fortnights 1 to `latest`; `asked` is not one of them.
    case unknownFortnight(asked: Int, latest: Int)
    /// The search for `pattern` stopped (`why`) at `place`, whose text starts `excerpt`; nothing was tagged.
    case searchStopped(pattern: String, why: MatchStopped, place: SentencePlace, excerpt: String)

    /// A sentence of a log, counted from 0 as the model counts sections and sentences.
    public struct SentencePlace: Equatable, Sendable {
        /// The log's id.
        var log: String
        /// The section's index, from 0.
        var section: Int
        /// The section's prompt.
        var prompt: String
        /// The sentence's index within the section, from 0.
        var sentence: Int

        /// Creates a place.
        init(log: String, section: Int, prompt: String, sentence: Int) {
            (self.log, self.section, self.prompt, self.sentence) = (log, section, prompt, sentence)
        }
    }

    public var message: String {
        switch self {
        case .invalidPattern(let pattern, let reason):
            return "\"\(pattern)\" is not a valid regular expression: \(reason)"
        case .patternMatchesEmptyText(let pattern):
            return "\"\(pattern)\" matches empty text, so it would tag every sentence"
        case .unknownFortnight(let asked, let latest):
            return "fortnight \(asked) does not exist; this programme has fortnights 1 to \(latest)"
        case .searchStopped(let pattern, let why, let place, let excerpt):
            return "\"\(pattern)\" \(Self.describe(why)) at log \(place.log), section \(place.section + 1) "
                + "(“\(place.prompt)”), sentence \(place.sentence + 1) (“\(excerpt)”): "
                + "\(BacktrackingHazard.explain(pattern)); nothing was tagged"
        }
    }

    private static func describe(_ stop: MatchStopped) -> String {
        switch stop {
        case .matchTooLong: return "took too long"
        case .runTooLong: return "used up the time allowed for the whole run"
        case .tooMuchBacktracking: return "needed too much memory to backtrack"
        case .cancelled: return "was cancelled"
        }
    }
}
