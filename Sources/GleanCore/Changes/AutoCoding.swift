/// Auto-coding, as qualitative-analysis tools offer it: every sentence that matches a pattern is tagged with a concern,
/// as one edit, so one undo takes the whole batch back.
public enum AutoCoding {
    /// The edit that tags every sentence (`TextSegments.sentences`) of the project's logs, or of fortnight `fortnight`,
    /// that matches `pattern` (an ICU regular expression, matched ignoring case, see `PatternMatcher`) with `concern`;
    /// nil when no matching sentence lacks the tag.
    ///
    /// A sentence that is already a quote (exactly that range, anyone's) gets the concern added to that quote; any
    /// other gets a new quote with id `newID()`, by `coder` at `created` (`QuoteTagging`'s rule). Throws an
    /// `AutoCodingError` when the pattern is invalid or matches empty text, the fortnight does not exist, or the
    /// pattern ran past `budget` (naming the log and sentence), and a `ScriptingError` when the concern does not
    /// exist; throws `CancellationError` when the budget's token is cancelled. Either way there is no edit:
    /// auto-coding tags everything it should or nothing.
    /// - Complexity: O(n) searches for n sentences, each within `budget`, plus a hash look-up of each among its
    ///   fortnight's quotes.
    static func edit(
        _ project: Project, pattern: String, concern: String, fortnight: Int?, newID: () -> String, coder: String,
        created: String, budget: MatchBudget = MatchBudget()
    ) throws -> Edit? {
        try plan(
            project, pattern: pattern, concern: concern, fortnight: fortnight, newID: newID, coder: coder,
            created: created, budget: budget)?.edit
    }

    /// What auto-coding would do, as `edit(...)` works it out, with the first `sampleLimit` sentences it tags and
    /// where the pattern matched in each, for a preview; nil when no matching sentence lacks the tag.
    public static func plan(
        _ project: Project, pattern: String, concern: String, fortnight: Int?, newID: () -> String, coder: String,
        created: String, budget: MatchBudget = MatchBudget(), sampleLimit: Int = 3
    ) throws -> AutocodePlan? {
        let matcher = try compile(pattern, budget)
        let chosen = try project.findConcern(concern)
        let (concern, name) = (chosen.id, chosen.name)
        if let fortnight, !project.fortnightNumbers.contains(fortnight) {
            throw AutoCodingError.unknownFortnight(asked: fortnight, latest: project.latestFortnight)
        }
        var changes: [Change] = []
        var samples: [AutocodeSample] = []
        for number in fortnight.map({ [$0] }) ?? project.fortnights.keys.sorted() {
            let current = project.fortnight(number)
            let quotes = PassageQuotes(current.quotes)
            for log in current.logs {
                for (index, section) in log.sections.enumerated() {
                    let text = SectionText(section.text)
                    for (position, sentence) in TextSegments.sentences(in: section.text).enumerated() {
                        let place = SentencePlace(log: log, section: index, sentence: position)
                        guard let match = try search(matcher, text, sentence, at: place),
                            let tagged = QuoteTagging.tag(
                                [concern], at: QuotePassage(log: log.id, section: index, range: sentence),
                                participant: log.participant, among: quotes, coder: coder, created: created,
                                newID: newID)
                        else { continue }
                        changes.append(.putQuote(fortnight: number, quote: tagged.quote))
                        if samples.count < sampleLimit {
                            samples.append(
                                AutocodeSample(
                                    log: log.id, participant: log.participant, sentence: text.string(scalars: sentence),
                                    match: match))
                        }
                    }
                }
            }
        }
        guard !changes.isEmpty else { return nil }
        let (sentences, logs) = tally(Edit(summary: "", changes: changes))
        let edit = Edit(
            summary:
                "Tagged \(sentences) sentence\(sentences == 1 ? "" : "s") in \(logs) log\(logs == 1 ? "" : "s") with \(name)",
            changes: changes)
        return AutocodePlan(edit: edit, concernName: name, sentences: sentences, logs: logs, samples: samples)
    }

    /// How many sentences an auto-coding edit tags, and in how many logs.
    static func tally(_ edit: Edit) -> (sentences: Int, logs: Int) {
        var logs = Set<String>()
        for case .putQuote(_, let quote) in edit.changes { logs.insert(quote.log) }
        return (edit.changes.count, logs.count)
    }

    /// `pattern` compiled, refused when it is invalid or matches empty text.
    private static func compile(_ pattern: String, _ budget: MatchBudget) throws -> PatternMatcher {
        let matcher: PatternMatcher
        do {
            matcher = try PatternMatcher(pattern, budget: budget)
        } catch {
            throw AutoCodingError.invalidPattern(pattern, reason: "\(error)")
        }
        guard !matcher.matchesEmptyText else {
            throw AutoCodingError.patternMatchesEmptyText(pattern)
        }
        return matcher
    }

    /// Where `matcher` first matches `sentence` of `text`, in scalars from the sentence's start, or nil; a search
    /// stopped by the budget becomes an error naming `place`.
    private static func search(
        _ matcher: PatternMatcher, _ text: SectionText, _ sentence: Range<Int>, at place: SentencePlace
    ) throws -> Range<Int>? {
        do {
            return try matcher.firstMatch(in: text.utf16(scalars: sentence)).map {
                text.scalars(units: $0, from: sentence)
            }
        } catch .cancelled {
            throw CancellationError()
        } catch {
            throw AutoCodingError.searchStopped(
                pattern: matcher.pattern, why: error, place: place.located, excerpt: text.excerpt(sentence))
        }
    }
}

/// Where a sentence is, for messages.
private struct SentencePlace {
    let log: Log
    let section: Int
    let sentence: Int

    var located: AutoCodingError.SentencePlace {
        AutoCodingError.SentencePlace(
            log: log.id, section: section, prompt: log.sections[section].prompt, sentence: sentence)
    }
}

/// What auto-coding would tag, worked out before anything is tagged, for a preview.
public struct AutocodePlan: Equatable, Sendable {
    /// The one edit that tags every matching sentence.
    public let edit: Edit
    /// The concern's name, e.g. "Staff wellbeing".
    public let concernName: String
    /// How many sentences the edit tags.
    public let sentences: Int
    /// In how many logs.
    public let logs: Int
    /// The first few sentences tagged, in the order of the logs.
    public let samples: [AutocodeSample]
}

/// One sentence auto-coding would tag, and where the pattern matched in it.
public struct AutocodeSample: Equatable, Sendable {
    /// The log's id.
    public let log: String
    /// The writer's participant code.
    public let participant: String
    /// The sentence's text.
    public let sentence: String
    /// The first match, in Unicode scalars from the sentence's start.
    public let match: Range<Int>
}
