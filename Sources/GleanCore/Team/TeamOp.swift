/// One facilitator's edit as the team shares it: a line of `team/<facilitator>.jsonl`, the file only that facilitator
/// ever writes, so two facilitators' files never conflict in git.
struct TeamOp: Codable, Equatable, Sendable {
    /// The id of the facilitator who made the edit.
    var facilitator: String
    /// Its place in the facilitator's file, from 1.
    var sequence: Int
    /// A Lamport clock: one more than the highest clock the facilitator had seen. The fold orders edits by
    /// (lamport, facilitator, sequence), the same order on every machine.
    var lamport: Int
    /// For each other facilitator, how many of their edits had been folded in when this one was made: an edit made
    /// without seeing another is concurrent with it.
    var seen: [String: Int]
    /// The edit's summary, e.g. "Tagged Staff wellbeing".
    var summary: String
    /// The changes, each with the fields it set.
    var changes: [TeamChange]
    /// The participants and logs an import added, when the edit is an import.
    var imported: TeamImport?
    /// When the edit was made, ISO 8601 in UTC by the facilitator's clock; absent in edits recorded before it was kept.
    /// Only `glean team history` shows it: the fold never reads it, since clocks differ between machines.
    var made: String?

    /// Creates an edit record.
    init(
        facilitator: String, sequence: Int, lamport: Int, seen: [String: Int], summary: String, changes: [TeamChange],
        imported: TeamImport? = nil, made: String? = nil
    ) {
        self.facilitator = facilitator
        self.sequence = sequence
        self.lamport = lamport
        self.seen = seen
        self.summary = summary
        self.changes = changes
        self.imported = imported
        self.made = made
    }

    /// Whether the fold takes `self` before `other`.
    func precedes(_ other: TeamOp) -> Bool {
        (lamport, facilitator, sequence) < (other.lamport, other.facilitator, other.sequence)
    }

    /// Whether neither edit was made after seeing the other.
    func isConcurrent(with other: TeamOp) -> Bool {
        facilitator != other.facilitator && (other.seen[facilitator] ?? 0) < sequence
            && (seen[other.facilitator] ?? 0) < other.sequence
    }
}

/// A change, and which fields of its quote or concern the facilitator set; empty when it sets the whole entity (a
/// new quote or concern, or a change that is not a put).
struct TeamChange: Codable, Equatable, Sendable {
    /// The change as the journal records it.
    var change: Change
    /// The JSON keys of the quote or concern the facilitator changed.
    var fields: [String]

    /// Creates a change record.
    init(change: Change, fields: [String] = []) {
        self.change = change
        self.fields = fields
    }
}

/// The participants and logs one import added, as the facilitator's Glean filed them.
struct TeamImport: Codable, Equatable, Sendable {
    /// The participants new to the project.
    var participants: [Participant]
    /// The logs added, with their ids.
    var logs: [Log]
}
