extension Project {
    /// What adding logs did.
    public struct LogAddition: Equatable, Sendable {
        /// The logs added, with their ids, by fortnight.
        var added: [Int: [Log]] = [:]
        /// How many were already in the project (same participant, date and text) and so left out.
        public var alreadyPresent = 0

        /// The number of logs added.
        public var count: Int { added.values.reduce(0) { $0 + $1.count } }
    }

    /// Adds `logs` to the fortnights their dates fall in, leaving out any already present (same participant, date and
    /// sections), giving each an id `CODE-yyyy-MM-dd` (with `-2`, `-3`, … when taken). Logs dated before the
    /// programme starts must be rejected by the caller; they are left out here.
    @discardableResult
    mutating func addLogs(_ logs: [Log]) -> LogAddition {
        var addition = LogAddition()
        let existing = fortnights.values.reduce(0) { $0 + $1.logs.count }
        var present = Set<LogIdentity>(minimumCapacity: existing + logs.count)
        var ids = Set<String>(minimumCapacity: existing + logs.count)
        for fortnight in fortnights.values {
            for log in fortnight.logs {
                present.insert(LogIdentity(log))
                ids.insert(log.id)
            }
        }
        for var log in logs {
            let number = programme.fortnight(containing: log.date)
            guard Project.fortnightRange.contains(number) else { continue }
            guard present.insert(LogIdentity(log)).inserted else {
                addition.alreadyPresent += 1
                continue
            }
            log.id = Project.freeID("\(log.participant)-\(log.date.iso)", taken: ids)
            ids.insert(log.id)
            fortnights[number, default: Fortnight(number: number)].logs.append(log)
            addition.added[number, default: []].append(log)
        }
        for number in addition.added.keys {
            fortnights[number]?.logs.sort { ($0.participant, $0.date, $0.id) < ($1.participant, $1.date, $1.id) }
        }
        return addition
    }

    private static func freeID(_ base: String, taken: Set<String>) -> String {
        var candidate = base
        var suffix = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        return candidate
    }
}

/// What makes two logs the same for importing (and an incoming REFI-QDA source the log it became): the writer, the
/// day and every prompt and answer.
///
/// Only the writer and the day are hashed, so that a set of a whole programme's logs does not read every answer; the
/// answers are compared only between logs of the same writer and day.
struct LogIdentity: Hashable {
    let participant: String
    let date: Day
    let sections: [LogSection]

    init(_ log: Log) {
        participant = log.participant
        date = log.date
        sections = log.sections
    }

    static func == (left: LogIdentity, right: LogIdentity) -> Bool {
        left.participant == right.participant && left.date == right.date
            && left.sections.elementsEqual(right.sections) { $0.prompt == $1.prompt && $0.text == $1.text }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(participant)
        hasher.combine(date)
    }
}
