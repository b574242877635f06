/// A concern in a log that some of the facilitators who coded the log tagged and others did not, with the team's
/// decision on it once made.
public struct Disagreement: Equatable, Sendable {
    /// The fortnight of the log.
    public var fortnight: Int
    /// The log.
    public var log: Log
    /// The concern's id.
    public var concern: String
    /// The facilitators who coded the log (tagged at least one quote in it), sorted.
    public var coders: [String]
    /// Those of `coders` with a quote tagged with the concern in the log, sorted.
    public var tagged: [String]
    /// The decision, when the team made one.
    public var decision: CodingDecision?

    /// Those of `coders` without a quote tagged with the concern.
    var untagged: [String] { coders.filter { !tagged.contains($0) } }

    /// Whether the team has still to decide.
    public var isOpen: Bool { decision == nil }
}

extension Project {
    /// The disagreements of fortnight `number`, or of every fortnight: open ones first, then decided ones, each in
    /// fortnight, log and codebook order. A (log, concern) is a disagreement when, among the facilitators who coded
    /// the log (`Fortnight.codersByLog`), some tagged the concern and some did not. A decision stays listed even when
    /// later coding made the facilitators agree, so it can be seen and withdrawn.
    public func disagreements(fortnight number: Int? = nil) -> [Disagreement] {
        let order = Dictionary(
            codebook.concerns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let found = (number.map { [$0] } ?? fortnights.keys.sorted()).flatMap {
            fortnight($0).disagreements(concernOrder: order)
        }
        return found.filter(\.isOpen) + found.filter { !$0.isOpen }
    }
}

extension Fortnight {
    /// The fortnight's disagreements (see `Project.disagreements`), in log order, each log's concerns in `order`
    /// (codebook positions by id) and then by id.
    func disagreements(concernOrder order: [String: Int] = [:]) -> [Disagreement] {
        let codersByLog = codersByLog()
        let quotesByLog = Dictionary(grouping: quotes, by: \.log)
        let decisionsByLog = Dictionary(grouping: decisions, by: \.log)
        var found: [Disagreement] = []
        for log in logs {
            let coders = codersByLog[log.id] ?? []
            let decided = decisionsByLog[log.id] ?? []
            guard coders.count > 1 || !decided.isEmpty else { continue }
            var tagging: [String: Set<String>] = [:]
            for quote in quotesByLog[log.id] ?? [] {
                for concern in quote.concerns { tagging[concern, default: []].insert(quote.coder) }
            }
            let concerns = Set(tagging.filter { coders.count > 1 && $0.value.count < coders.count }.keys)
                .union(decided.map(\.concern))
            for concern in concerns.sorted(by: { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }) {
                found.append(
                    Disagreement(
                        fortnight: number, log: log, concern: concern, coders: coders.sorted(),
                        tagged: (tagging[concern] ?? []).sorted(), decision: decided.first { $0.concern == concern }))
            }
        }
        return found
    }
}
