/// Concerns × fortnights: the numbers behind the Counts screen, `glean counts` and the fortnight summary.
public struct CountsTable: Equatable, Sendable {
    /// The rolling window, in fortnights, that `windowQuotes` and `windowParticipants` cover.
    public var window: Int
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
    public init(digests: [FortnightDigest], concerns concernIDs: [String], window: Int, admitting admitted: Set<String>?) {
        self.window = max(1, window)
        var tallies: [[String: ConcernTally]] = []
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
            var tally: [String: ConcernTally] = [:]
            for id in concernIDs {
                var concernTally = ConcernTally()
                digest.eachRaising(id) { writer, quotes, logs in
                    guard let participant = writerIDs[writer] else { return }
                    concernTally.add(participant: participant, quotes: quotes, logs: logs)
                }
                tally[id] = concernTally
            }
            tallies.append(tally)
            fortnightRows.append(
                FortnightCounts(
                    number: digest.number, logs: logCount, participants: writers, quotes: quoteCount,
                    logsDone: doneCount, concerns: []))
        }
        for index in fortnightRows.indices {
            let windowRange = max(0, index - self.window + 1)...index
            fortnightRows[index].concerns = concernIDs.map { id in
                let current = tallies[index][id] ?? ConcernTally()
                let previous = index > 0 ? tallies[index - 1][id] ?? ConcernTally() : nil
                var windowParticipants = Set<Int>()
                var windowQuotes = 0
                for earlier in windowRange {
                    let tally = tallies[earlier][id] ?? ConcernTally()
                    windowQuotes += tally.quotes
                    windowParticipants.formUnion(tally.participants)
                }
                return ConcernCount(
                    concern: id, quotes: current.quotes, participants: current.participants.count,
                    logs: current.logs,
                    change: previous.map { current.participants.count - $0.participants.count },
                    quoteChange: previous.map { current.quotes - $0.quotes },
                    windowQuotes: windowQuotes, windowParticipants: windowParticipants.count)
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
    /// The participants raising it, as numbers the table gave their codes.
    var participants = Set<Int>()
    var logs = 0

    mutating func add(participant: Int, quotes: Int, logs: Int) {
        self.quotes += quotes
        participants.insert(participant)
        self.logs += logs
    }
}
