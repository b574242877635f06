/// Which line of `journal.jsonl` last set or removed each quote and concern (or marked a log done), so that a problem
/// an edit not yet folded brings in is reported at that line (`journal.jsonl:LINE: …`), not in the file the edit would
/// be folded into.
public struct JournalLines: Equatable, Sendable {
    /// A quote, by fortnight and id.
    struct QuoteKey: Hashable, Sendable {
        var fortnight: Int
        var id: String
    }

    /// A decision, by fortnight, log and concern.
    struct DecisionKey: Hashable, Sendable {
        var fortnight: Int
        var log: String
        var concern: String
    }

    /// The line that last put or removed each quote.
    var quotes: [QuoteKey: Int] = [:]
    /// The line that last put or removed each concern, by id.
    var concerns: [String: Int] = [:]
    /// The line that last marked each log done or not done, by fortnight and log id.
    var doneMarks: [QuoteKey: Int] = [:]
    /// The line that last made or withdrew each decision on a disagreement.
    var decisions: [DecisionKey: Int] = [:]

    /// No journal: every problem lies in the snapshot files.
    public init() {}

    /// The lines of a journal read from disk.
    init(_ contents: Journal.Contents) {
        for (entry, line) in zip(contents.entries, contents.lineNumbers) {
            for change in entry.changes {
                switch change {
                case .putQuote(let number, let quote): quotes[QuoteKey(fortnight: number, id: quote.id)] = line
                case .removeQuote(let number, let id): quotes[QuoteKey(fortnight: number, id: id)] = line
                case .putConcern(let concern, _): concerns[concern.id] = line
                case .removeConcern(let id): concerns[id] = line
                case .setLogDone(let number, let log, _): doneMarks[QuoteKey(fortnight: number, id: log)] = line
                case .decideCoding(let number, let decision):
                    decisions[DecisionKey(fortnight: number, log: decision.log, concern: decision.concern)] = line
                case .withdrawDecision(let number, let log, let concern):
                    decisions[DecisionKey(fortnight: number, log: log, concern: concern)] = line
                case .setNote, .setAttribution, .setAttributes, .setKeyConcernRule: break
                }
            }
        }
    }

    /// The line that last set the quote `id` of fortnight `number`, if the journal did.
    func line(ofQuote id: String, fortnight number: Int) -> Int? {
        quotes[QuoteKey(fortnight: number, id: id)]
    }

    /// The line that last marked log `id` of fortnight `number` done or not done, if the journal did.
    func line(ofDoneMark id: String, fortnight number: Int) -> Int? {
        doneMarks[QuoteKey(fortnight: number, id: id)]
    }

    /// The line that last made or withdrew the decision on `concern` in `log` of fortnight `number`, if the journal
    /// did.
    func line(ofDecision log: String, concern: String, fortnight number: Int) -> Int? {
        decisions[DecisionKey(fortnight: number, log: log, concern: concern)]
    }

    /// The line that last set or removed concern `id`, if the journal did.
    func line(ofConcern id: String) -> Int? {
        concerns[id]
    }
}
