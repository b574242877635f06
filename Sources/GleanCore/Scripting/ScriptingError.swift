/// Why a log, quote, concern, fortnight or passage named from outside (the command line, a script) names nothing in
/// the project, with what the project has instead.
public enum ScriptingError: DomainError, Equatable {
    /// No log has this id.
    case unknownLog(id: String)
    /// No quote has this id.
    case unknownQuote(id: String)
    /// The concern reference names no one concern.
    case unknownConcern(ConcernReferenceError)
    /// The programme has fortnights 1 to `latest`, not `asked`.
    case fortnightOutsideProgramme(asked: Int, latest: Int)
    /// Fortnight `fortnight` has no log with this id.
    case logNotInFortnight(log: String, fortnight: Int)
    /// Offsets `start..<end` are not a passage of `section`, which has `length` characters.
    case offsetsOutsideSection(start: Int, end: Int, section: Int, length: Int)
    /// Sentences `first` to `last` are not all in `section` of `log`, which has `count` sentences.
    case sentencesOutsideSection(log: String, section: Int, first: Int, last: Int, count: Int)
    /// The log has no section with this index or prompt; `prompts` are its sections' prompts, in order.
    case unknownSection(log: String, prompts: [String])
    /// The snippet to find is empty.
    case emptySnippet
    /// `snippet` is not in `section` of `log` (in the whole log when nil).
    case snippetNotFound(String, log: String, section: Int?)
    /// `snippet` occurs more than once in `section` of `log` (in the whole log when nil), at `places`.
    case snippetAmbiguous(String, log: String, section: Int?, places: [SnippetPlace])

    /// Where a snippet occurs, in the units `glean logs --sentences` shows.
    public struct SnippetPlace: Equatable, Sendable {
        /// The section's index, from 0.
        var section: Int
        /// The sentence the match starts in, from 1.
        var sentence: Int
        /// The match's first scalar, from 0.
        var offset: Int

        /// Creates a place.
        init(section: Int, sentence: Int, offset: Int) {
            (self.section, self.sentence, self.offset) = (section, sentence, offset)
        }
    }

    public var message: String {
        switch self {
        case .unknownLog(let id):
            return "there is no log \"\(id)\"; glean logs lists them"
        case .unknownQuote(let id):
            return "there is no quote \"\(id)\"; glean quotes lists them"
        case .unknownConcern(let reference):
            return reference.message
        case .fortnightOutsideProgramme(let asked, let latest):
            return "the programme has fortnights 1 to \(latest), not \(asked)"
        case .logNotInFortnight(let log, let fortnight):
            return "fortnight \(fortnight) has no log \"\(log)\""
        case .offsetsOutsideSection(let start, let end, let section, let length):
            return "\(start)..<\(end) is not a passage of section \(section), which has \(length) characters"
        case .sentencesOutsideSection(let log, let section, let first, let last, let count):
            let asked = first == last ? "sentence \(first)" : "sentences \(first)-\(last)"
            let has = count == 0 ? "no sentences" : "sentences 1 to \(count)"
            return "section \(section) of log \"\(log)\" has \(has), not \(asked)"
        case .unknownSection(let log, let prompts):
            let sections = prompts.enumerated().map { "\($0.offset) \"\($0.element)\"" }.joined(separator: ", ")
            return "log \"\(log)\" has sections \(sections)"
        case .emptySnippet:
            return "the snippet is empty"
        case .snippetNotFound(let snippet, let log, let section):
            return "\"\(snippet)\" is not in \(Self.place(log, section)) (it must match exactly)"
        case .snippetAmbiguous(let snippet, let log, let section, let places):
            let listed = places.map { "section \($0.section) sentence \($0.sentence) (offset \($0.offset))" }
            return "\"\(snippet)\" occurs \(places.count) times in \(Self.place(log, section)): "
                + listed.joined(separator: "; ")
        }
    }

    private static func place(_ log: String, _ section: Int?) -> String {
        section.map { "section \($0) of log \"\(log)\"" } ?? "log \"\(log)\""
    }
}
