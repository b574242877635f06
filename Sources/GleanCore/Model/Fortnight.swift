import Foundation

/// Everything recorded for one fortnight: its logs, the quotes tagged in them, and the facilitators' note.
///
/// It keeps its digest once worked out (`digest`), until any of its fields changes, so counting a programme again
/// after an edit costs only the fortnight the edit touched.
public struct Fortnight: Equatable, Sendable {
    /// The fortnight's number, from 1.
    var number: Int { didSet { memo = DigestMemo() } }
    /// The logs written in it, ordered by participant code then date.
    public var logs: [Log] { didSet { memo = DigestMemo() } }
    /// The quotes tagged in its logs, in `Quote.precedes` order.
    public var quotes: [Quote] { didSet { memo = DigestMemo() } }
    /// The facilitators' note for its summary.
    public var note: FortnightNote
    /// The ids of the logs the facilitator has marked done (fully coded).
    public var done: Set<String> { didSet { memo = DigestMemo() } }
    /// The team's decisions on disagreements, in `CodingDecision.precedes` order.
    var decisions: [CodingDecision] { didSet { memo = DigestMemo() } }
    /// The digest worked out for the fields as they are, once asked for.
    private var memo = DigestMemo()

    /// Creates a fortnight.
    init(
        number: Int, logs: [Log] = [], quotes: [Quote] = [], note: FortnightNote = FortnightNote(),
        done: Set<String> = [], decisions: [CodingDecision] = []
    ) {
        self.number = number
        self.logs = logs
        self.quotes = quotes
        self.note = note
        self.done = done
        self.decisions = decisions.sorted(by: CodingDecision.precedes)
    }

    /// Fortnights are equal when their contents are; a digest worked out or not makes no difference.
    public static func == (lhs: Fortnight, rhs: Fortnight) -> Bool {
        lhs.number == rhs.number && lhs.logs == rhs.logs && lhs.quotes == rhs.quotes && lhs.note == rhs.note
            && lhs.done == rhs.done && lhs.decisions == rhs.decisions
    }

    /// The fortnight's digest (`FortnightDigest`), worked out on first asking and kept until a field changes.
    var digest: FortnightDigest {
        memo.value(or: FortnightDigest(self))
    }

    /// The quotes of the log with `logID`, in order.
    public func quotes(inLog logID: String) -> [Quote] {
        quotes.filter { $0.log == logID }
    }

    /// The decision on `concern` in the log with `logID`, if the team made one.
    func decision(log logID: String, concern: String) -> CodingDecision? {
        decisions.first { $0.log == logID && $0.concern == concern }
    }

    /// The log with `id`, if it is in this fortnight.
    public func log(id: String) -> Log? {
        logs.first { $0.id == id }
    }
}

/// The one digest a `Fortnight` value keeps; shared by copies of the value until one of them changes (and gets a new,
/// empty memo), so a digest is never kept for contents other than those it was worked out from.
private final class DigestMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var digest: FortnightDigest?

    func value(or make: @autoclosure () -> FortnightDigest) -> FortnightDigest {
        if let digest = lock.withLock({ digest }) { return digest }
        let made = make()
        lock.withLock { digest = made }
        return made
    }
}
