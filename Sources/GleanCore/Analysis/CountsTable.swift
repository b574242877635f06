/// Concerns × fortnights: the numbers behind the Counts screen, `glean counts` and the fortnight summary.
public struct CountsTable: Equatable, Sendable {
    /// The rolling window, in fortnights, that `windowQuotes` and `windowParticipants` cover.
    var window: Int
    /// One entry per fortnight, from 1 to the latest.
    public var fortnights: [FortnightCounts]

    /// Counts `project` in its agreed coding (`Project.agreedCoding`), over every participant or only those
    /// `including` admits; fortnights not read into memory are counted from their digests (`Project.unread`).
    ///
    /// - Complexity: O(q + l) for q quotes and l logs, plus O(f × c × window) for f fortnights and c concerns.
    public init(project: Project, window: Int = 3, including: ((Participant) -> Bool)? = nil) {
        let admitted: Set<String>? = including.map { admits in
            Set(project.participants.filter(admits).map(\.code))
        }
        self.init(
            digests: project.digests(), concerns: project.codebook.concerns.map(\.id), window: window,
            admitting: admitted)
    }

    /// Counts the fortnights of `digests` (one per fortnight, in order) for the concern ids `concerns`, over the
    /// participants `admitting` holds, or every one.
    init(digests: [FortnightDigest], concerns concernIDs: [String], window: Int, admitting admitted: Set<String>?) {
        self.window = max(1, window)
        var tallies: [[ConcernTally]] = []
        var fortnightRows: [FortnightCounts] = []
        var interned: [String: Int] = [:]
        for digest in digests {
            var (writers, logCount, doneCount, quoteCount) = (0, 0, 0, 0)
            var writerIDs: [Int?] = []
            writerIDs.reserveCapacity(digest.writers.count)
            digest.eachWriter { code, logs, done, quotes in
                guard admitted?.contains(code) ?? true else {
                    writerIDs.append(nil)
                    return
                }
                let id = interned[code] ?? interned.count
                interned[code] = id
                writerIDs.append(id)
                writers += 1
                logCount += logs
                doneCount += done
                quoteCount += quotes
            }
            tallies.append(
                concernIDs.map { id in
                    var tally = ConcernTally()
                    digest.eachRaising(id) { writer, quotes, logs in
                        guard let participant = writerIDs[writer] else { return }
                        tally.add(participant: participant, quotes: quotes, logs: logs)
                    }
                    return tally
                })
            fortnightRows.append(
                FortnightCounts(
                    number: digest.number, logs: logCount, participants: writers, quotes: quoteCount,
                    logsDone: doneCount, concerns: []))
        }
        var seen = DistinctCounter(size: interned.count)
        for index in fortnightRows.indices {
            let windowRange = max(0, index - self.window + 1)...index
            fortnightRows[index].concerns = concernIDs.indices.map { position in
                let current = tallies[index][position]
                let previous = index > 0 ? tallies[index - 1][position] : nil
                seen.start()
                var windowQuotes = 0
                for earlier in windowRange {
                    windowQuotes += tallies[earlier][position].quotes
                    seen.add(tallies[earlier][position].participants)
                }
                return ConcernCount(
                    concern: concernIDs[position], quotes: current.quotes, participants: current.participants.count,
                    logs: current.logs,
                    change: previous.map { current.participants.count - $0.participants.count },
                    quoteChange: previous.map { current.quotes - $0.quotes },
                    windowQuotes: windowQuotes, windowParticipants: seen.distinct)
            }
        }
        fortnights = fortnightRows
    }

    /// The counts of fortnight `number`, if it is in the table.
    public func fortnight(_ number: Int) -> FortnightCounts? {
        fortnights.first { $0.number == number }
    }

    /// The participants raising concern `id` in each fortnight, in order: the sparkline's data.
    public func participantSeries(of id: String) -> [Int] {
        fortnights.map { $0.count(of: id)?.participants ?? 0 }
    }
}

/// A running tally of one concern within one fortnight.
private struct ConcernTally {
    var quotes = 0
    /// The participants raising it, as numbers the table gave their codes; each once, as a digest lists a writer once.
    var participants: [Int] = []
    var logs = 0

    mutating func add(participant: Int, quotes: Int, logs: Int) {
        self.quotes += quotes
        participants.append(participant)
        self.logs += logs
    }
}

/// Counts the distinct numbers (below `size`) added since `start`, marking each in an array instead of hashing it.
private struct DistinctCounter {
    private var marks: [Int]
    private var round = 0
    /// The distinct numbers added since `start`.
    private(set) var distinct = 0

    init(size: Int) {
        marks = Array(repeating: 0, count: size)
    }

    mutating func start() {
        round += 1
        distinct = 0
    }

    mutating func add(_ numbers: [Int]) {
        for number in numbers where marks[number] != round {
            marks[number] = round
            distinct += 1
        }
    }
}
