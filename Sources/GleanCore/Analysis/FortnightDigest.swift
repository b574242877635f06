/// What the counts need of one fortnight, without its text: who wrote logs and how many, how many of them are done,
/// and, per concern, the quotes and logs each writer raised it in; with whose coding it is. Taken from the fortnight's
/// agreed coding (`Fortnight.agreed`), so figures from digests equal figures from the fortnight itself.
///
/// Kept in flat arrays, three numbers per entry, and written (`DigestCoding`) as a few strings rather than thousands of
/// JSON values, because a programme's digests are read on every `glean counts` and every opening.
public struct FortnightDigest: Codable, Equatable, Sendable {
    /// The fortnight's number.
    var number: Int
    /// The codes of the participants who wrote logs in it, sorted.
    var writers: [String]
    /// For each writer, in order: logs written, logs done, quotes tagged in them.
    var writerTallies: [Int]
    /// For each concern id: triples of (index into `writers`, quotes, logs) for the writers who raised it.
    var concerns: [String: [Int]]
    /// The facilitators who tagged quotes in it (ids as in `Quote.coder`), sorted.
    var coders: [String]
    /// Its disagreements the team has decided.
    var decided: Int
    /// Its disagreements still open.
    var open: Int

    /// The digest of `raw`, worked out afresh.
    ///
    /// - Complexity: O(l + q) for its l logs and q quotes.
    init(_ raw: Fortnight) {
        let fortnight = raw.agreed()
        let number = raw.number
        self.number = number
        var participantOfLog: [String: String] = [:]
        var tallies: [String: [Int]] = [:]
        for log in fortnight.logs {
            participantOfLog[log.id] = log.participant
            tallies[log.participant, default: [0, 0, 0]][0] += 1
            if fortnight.done.contains(log.id) { tallies[log.participant, default: [0, 0, 0]][1] += 1 }
        }
        writers = tallies.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: writers.enumerated().map { ($1, $0) })
        var raised: [String: [Int: (quotes: Int, logs: Set<String>)]] = [:]
        for quote in fortnight.quotes {
            guard let participant = participantOfLog[quote.log], let writer = index[participant] else { continue }
            tallies[participant]?[2] += 1
            for concern in quote.concerns {
                raised[concern, default: [:]][writer, default: (0, [])].quotes += 1
                raised[concern, default: [:]][writer, default: (0, [])].logs.insert(quote.log)
            }
        }
        writerTallies = writers.flatMap { tallies[$0] ?? [0, 0, 0] }
        concerns = raised.mapValues { byWriter in
            byWriter.keys.sorted().flatMap { writer in
                [writer, byWriter[writer]?.quotes ?? 0, byWriter[writer]?.logs.count ?? 0]
            }
        }
        coders = Set(raw.quotes.map(\.coder)).sorted()
        if coders.count > 1 || !raw.decisions.isEmpty {
            let disagreements = raw.disagreements()
            decided = disagreements.count { !$0.isOpen }
            open = disagreements.count(where: \.isOpen)
        } else {
            (decided, open) = (0, 0)
        }
    }

    /// The logs written in the fortnight.
    public var logCount: Int { total(column: 0) }

    /// The logs marked done.
    public var doneCount: Int { total(column: 1) }

    /// The quotes tagged in its logs (in its agreed coding).
    public var quoteCount: Int { total(column: 2) }

    /// The sum over the writers of one of their three tallies (0 logs, 1 logs done, 2 quotes).
    private func total(column: Int) -> Int {
        stride(from: column, to: writerTallies.count, by: 3).reduce(0) { $0 + writerTallies[$1] }
    }

    /// Every writer with their tally, in order.
    func eachWriter(_ body: (_ code: String, _ logs: Int, _ done: Int, _ quotes: Int) -> Void) {
        for (position, code) in writers.enumerated() {
            body(code, writerTallies[3 * position], writerTallies[3 * position + 1], writerTallies[3 * position + 2])
        }
    }

    /// Every writer who raised concern `id` (by position in `writers`), with the quotes and logs they raised it in.
    func eachRaising(_ id: String, _ body: (_ writer: Int, _ quotes: Int, _ logs: Int) -> Void) {
        guard let triples = concerns[id] else { return }
        for start in stride(from: 0, to: triples.count - 2, by: 3) where writers.indices.contains(triples[start]) {
            body(triples[start], triples[start + 1], triples[start + 2])
        }
    }
}
