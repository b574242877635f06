/// The one rule for tagging and untagging passages, which the Reader, `glean tag`, auto-coding, merging concerns and
/// decided coding all follow. An import tags nothing: it brings in quotes made elsewhere, each kept as its coder's
/// own (their concerns `ordered`), and skips one already present; a team's sync replays each facilitator's edits,
/// which were made by this rule.
///
/// Tagging a passage puts the concerns on the quote at exactly that passage (same log, section and range: a
/// `QuotePassage`) when there is one, else on a new quote. Whose quotes may be added to is said by the quotes the
/// caller indexes: anyone's on the command line, in auto-coding and in the Reader's everyone view; only the
/// facilitator's own in the Reader's mine and blind views, so another's quote is never changed there. A quote holds
/// each concern once, sorted by id (as `Quote.concerns` are kept); a quote whose last concern is taken off is removed.
public enum QuoteTagging {
    /// `concerns` as a quote holds them: each once, sorted by id.
    static func ordered(_ concerns: some Sequence<String>) -> [String] {
        Set(concerns).sorted()
    }

    /// The quote tagging `passage` with `concerns` gives, and which of `concerns` it adds (those the quote lacked,
    /// each once, in the order given); nil when the quote at the passage has them all. The quote is the one at the
    /// passage in `quotes`, else a new one of the log's writer `participant`, with id `newID()` (called only then),
    /// by facilitator `coder` at `created`.
    public static func tag(
        _ concerns: [String], at passage: QuotePassage, participant: String, among quotes: PassageQuotes,
        coder: String, created: String, newID: () -> String
    ) -> (quote: Quote, added: [String])? {
        var quote =
            quotes[passage]
            ?? Quote(
                id: newID(), log: passage.log, participant: participant, section: passage.section,
                start: passage.range.lowerBound, end: passage.range.upperBound, concerns: [], coder: coder,
                created: created)
        var seen = Set(quote.concerns)
        let added = concerns.filter { seen.insert($0).inserted }
        guard !added.isEmpty else { return nil }
        quote.concerns = ordered(quote.concerns + added)
        return (quote, added)
    }

    /// `quote` without the concerns `isRemoved` picks, or nil when it is left with none (such a quote is removed).
    static func removing(where isRemoved: (String) -> Bool, from quote: Quote) -> Quote? {
        var kept = quote
        kept.concerns.removeAll(where: isRemoved)
        return kept.concerns.isEmpty ? nil : kept
    }

    /// The change taking `concern` off `quote` in fortnight `fortnight`: the quote without it, or the quote's removal
    /// when it was its last concern.
    public static func untag(_ concern: String, from quote: Quote, fortnight: Int) -> Change {
        guard let kept = removing(where: { $0 == concern }, from: quote) else {
            return .removeQuote(fortnight: fortnight, id: quote.id)
        }
        return .putQuote(fortnight: fortnight, quote: kept)
    }
}

/// A passage of a log that a quote tags: its log, section and scalar range. Two quotes with the same passage are the
/// same quote to tagging.
public struct QuotePassage: Hashable, Sendable {
    /// The log's id.
    var log: String
    /// The 0-based index of the section within the log.
    var section: Int
    /// The scalar range within the section.
    var range: Range<Int>

    /// The passage of `log`'s section `section` over `range`.
    public init(log: String, section: Int, range: Range<Int>) {
        self.log = log
        self.section = section
        self.range = range
    }
}

extension Quote {
    /// The passage the quote tags.
    var passage: QuotePassage { QuotePassage(log: log, section: section, range: range) }
}

/// Quotes by passage, the first of each passage kept: where tagging finds the quote it adds to, by a hash look-up.
public struct PassageQuotes {
    private let byPassage: [QuotePassage: Quote]

    /// Indexes `quotes`, which are those tagging may add to.
    public init(_ quotes: some Sequence<Quote>) {
        byPassage = Dictionary(quotes.lazy.map { ($0.passage, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The quote at exactly `passage`, if any.
    public subscript(passage: QuotePassage) -> Quote? { byPassage[passage] }
}
