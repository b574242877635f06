/// Concerns × fortnights: the numbers behind the Counts screen, `glean counts` and the fortnight summary.
public struct CountsTable: Equatable, Sendable {
    /// The rolling window, in fortnights, that `windowQuotes` and `windowParticipants` cover.
    public var window: Int
    /// One entry per fortnight, from 1 to the latest.
    public var fortnights: [FortnightCounts]

    /// Counts `project` in its agreed coding (`Project.agreedCoding`), over every participant or only those
    /// `including` admits.
    ///
    /// - Complexity: O(q + l) for q quotes and l logs, plus O(f × c × window) for f fortnights and c concerns.
    public init(project: Project, window: Int = 3, including: ((Participant) -> Bool)? = nil) {
        let project = project.agreedCoding()
        self.window = max(1, window)
        let admitted: Set<String>? = including.map { admits in
            Set(project.participants.filter(admits).map(\.code))
        }
        let concernIDs = project.codebook.concerns.map(\.id)
        var tallies: [[String: ConcernTally]] = []
        var fortnightRows: [FortnightCounts] = []
        for number in project.fortnightNumbers {
            let fortnight = project.fortnight(number)
            var writers = Set<String>()
            var participantOfLog: [String: String] = [:]
            var logCount = 0
            var doneCount = 0
            for log in fortnight.logs where admitted?.contains(log.participant) ?? true {
                writers.insert(log.participant)
                participantOfLog[log.id] = log.participant
                logCount += 1
                if fortnight.done.contains(log.id) { doneCount += 1 }
            }
            var tally: [String: ConcernTally] = [:]
            var quoteCount = 0
            for quote in fortnight.quotes {
                guard let participant = participantOfLog[quote.log] else { continue }
                quoteCount += 1
                for concern in quote.concerns {
                    tally[concern, default: ConcernTally()].add(participant: participant, log: quote.log)
                }
            }
            tallies.append(tally)
            fortnightRows.append(
                FortnightCounts(
                    number: number, logs: logCount, participants: writers.count, quotes: quoteCount, logsDone: doneCount,
                    concerns: []))
        }
        for index in fortnightRows.indices {
            let windowRange = max(0, index - self.window + 1)...index
            fortnightRows[index].concerns = concernIDs.map { id in
                let current = tallies[index][id] ?? ConcernTally()
                let previous = index > 0 ? tallies[index - 1][id] ?? ConcernTally() : nil
                var windowParticipants = Set<String>()
                var windowQuotes = 0
                for earlier in windowRange {
                    let tally = tallies[earlier][id] ?? ConcernTally()
                    windowQuotes += tally.quotes
                    windowParticipants.formUnion(tally.participants)
                }
                return ConcernCount(
                    concern: id, quotes: current.quotes, participants: current.participants.count,
                    logs: current.logs.count,
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
    var participants = Set<String>()
    var logs = Set<String>()

    mutating func add(participant: String, log: String) {
        quotes += 1
        participants.insert(participant)
        logs.insert(log)
    }
}
