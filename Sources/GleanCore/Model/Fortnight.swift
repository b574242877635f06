/// Everything recorded for one fortnight: its logs, the quotes tagged in them, and the facilitators' note.
public struct Fortnight: Equatable, Sendable {
    /// The fortnight's number, from 1.
    public var number: Int
    /// The logs written in it, ordered by participant code then date.
    public var logs: [Log]
    /// The quotes tagged in its logs, in `Quote.precedes` order.
    public var quotes: [Quote]
    /// The facilitators' note for its summary.
    public var note: FortnightNote
    /// The ids of the logs the facilitator has marked done (fully coded).
    public var done: Set<String>
    /// The team's decisions on disagreements, in `CodingDecision.precedes` order.
    public var decisions: [CodingDecision]

    /// Creates a fortnight.
    public init(
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

    /// The quotes of the log with `logID`, in order.
    public func quotes(inLog logID: String) -> [Quote] {
        quotes.filter { $0.log == logID }
    }

    /// The decision on `concern` in the log with `logID`, if the team made one.
    public func decision(log logID: String, concern: String) -> CodingDecision? {
        decisions.first { $0.log == logID && $0.concern == concern }
    }

    /// The log with `id`, if it is in this fortnight.
    public func log(id: String) -> Log? {
        logs.first { $0.id == id }
    }
}
