/// What reading one or more inputs found: the logs of the good rows, their writers, the bad rows, and the columns
/// left out. Nothing is in a project yet.
public struct ImportBatch: Equatable, Sendable {
    /// One log per good row, with an empty id (`Project.addLogs` gives ids), in input order.
    public var logs: [Log] = []
    /// The writers of those logs, once each in order of first appearance, with the attributes their rows give (the
    /// first non-empty value of each).
    public var participants: [Participant] = []
    /// The rows that cannot become logs, in input order.
    public var rejected: [RejectedRow] = []
    /// The columns left out, in input then column order.
    var leftOut: [LeftOutColumn] = []
    /// The values of good rows that look like personal data, in input then column order.
    public var flagged: [FlaggedValue] = []
    /// How each CSV input's dates were read, in input order.
    public var dates: [DatesRead] = []
    /// The number of rows read (blank lines aside), good and bad.
    public var rows = 0
    private var positions: [String: Int] = [:]

    /// An empty batch.
    public init() {}

    /// One line per input with columns left out, e.g. `Left out of form.csv (personal data or form bookkeeping; name
    /// a column in an option to import it): "Email" (e-mail address), "Name" (name)`.
    public var leftOutNotes: [String] {
        var files: [String] = []
        for column in leftOut where !files.contains(column.file) { files.append(column.file) }
        return files.map { file in
            "Left out of \(file) (personal data or form bookkeeping; name a column in an option to import it): "
                + leftOut.filter { $0.file == file }.map(\.description).joined(separator: ", ")
        }
    }

    /// Adds `other`'s rows after these; a participant already here keeps the attribute values found first.
    public mutating func append(_ other: ImportBatch) {
        flagged += other.flagged.map { flag in
            var moved = flag
            moved.log += logs.count
            return moved
        }
        logs += other.logs
        other.participants.forEach { add($0) }
        rejected += other.rejected
        leftOut += other.leftOut
        dates += other.dates
        rows += other.rows
    }

    /// Adds a good row's log and the attributes it gives its writer.
    mutating func add(_ log: Log, attributes: [String: String]) {
        logs.append(log)
        add(Participant(code: log.participant, attributes: attributes))
    }

    private mutating func add(_ participant: Participant) {
        guard let index = positions[participant.code] else {
            positions[participant.code] = participants.count
            return participants.append(participant)
        }
        participants[index].attributes.merge(participant.attributes) { first, _ in first }
    }
}
