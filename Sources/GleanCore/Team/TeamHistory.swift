/// Who made each shared edit of a team project, in the order every machine folds them, and who last changed each
/// concern, fortnight note and quote memo: the record behind "changed by" in the interface and `glean team history`.
public struct TeamHistory: Equatable, Sendable {
    /// One shared edit.
    public struct Entry: Equatable, Sendable, Codable {
        /// The id of the facilitator who made it.
        public var facilitator: String
        /// Its place in that facilitator's file, from 1.
        public var sequence: Int
        /// When it was made, by the facilitator's clock, if recorded.
        public var made: String?
        /// What it did, e.g. "Tagged Staff wellbeing".
        public var summary: String
    }

    /// What an edit can be the last to change.
    enum Target: Hashable, Sendable {
        case concern(String)
        case note(fortnight: Int)
        case memo(quote: String)
    }

    /// Every shared edit, in fold order.
    public let entries: [Entry]
    private let lastAuthors: [Target: String]

    /// The history of `ops`, every facilitator's edits.
    init(ops: [TeamOp]) {
        let ordered = ops.sorted { $0.precedes($1) }
        entries = ordered.map {
            Entry(facilitator: $0.facilitator, sequence: $0.sequence, made: $0.made, summary: $0.summary)
        }
        var authors: [Target: String] = [:]
        for op in ordered {
            for change in op.changes {
                for target in Self.targets(of: change) { authors[target] = op.facilitator }
            }
        }
        lastAuthors = authors
    }

    /// The id of the facilitator whose edit last changed `target`, or nil when no shared edit has (it is as the base
    /// project had it).
    func lastAuthor(of target: Target) -> String? {
        lastAuthors[target]
    }

    /// What `change` changes that the history keeps an author for: a concern, a note, or a quote's memo when the
    /// memo was set (a new quote with a memo, or an edit whose fields name it).
    private static func targets(of change: TeamChange) -> [Target] {
        switch change.change {
        case .putConcern(let concern, _): return [.concern(concern.id)]
        case .removeConcern(let id): return [.concern(id)]
        case .setNote(let fortnight, _): return [.note(fortnight: fortnight)]
        case .putQuote(_, let quote):
            let setsMemo = change.fields.isEmpty ? !quote.memo.isEmpty : change.fields.contains("memo")
            return setsMemo ? [.memo(quote: quote.id)] : []
        default: return []
        }
    }
}
