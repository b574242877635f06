/// The contents of `glean.json`.
struct ManifestDocument: Codable, Equatable {
    var schemaVersion: Int
    var programme: Programme
    var participants: [Participant]
    var codebook: Codebook
    /// Absent before the attribution setting existed: the project then attributes by `Attribution.standard`.
    var attribution: Attribution?
    /// The key-concern rule; absent (before schema 4, or when the project follows `KeyConcernRule.standard`).
    var keyConcerns: KeyConcernRule?
}

/// Just the schema version of `glean.json`, read first so a newer project is refused before anything else.
struct SchemaVersionDocument: Decodable {
    var schemaVersion: Int
}

/// The contents of a fortnight's `logs.json`.
struct LogsDocument: Codable, Equatable {
    var fortnight: Int
    var logs: [Log]
}

/// The contents of a fortnight's `coding.json`.
struct CodingDocument: Codable, Equatable {
    var fortnight: Int
    var note: FortnightNote
    var quotes: [Quote]
    /// The ids of the logs marked done, sorted; absent in files before schema version 4.
    var done: [String]
    /// The team's decisions on disagreements; absent when there are none (and in files from before decisions).
    var decisions: [CodingDecision]?

    init(fortnight: Int, note: FortnightNote, quotes: [Quote], done: [String], decisions: [CodingDecision] = []) {
        self.fortnight = fortnight
        self.note = note
        self.quotes = quotes
        self.done = done
        self.decisions = decisions.isEmpty ? nil : decisions
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fortnight = try container.decode(Int.self, forKey: .fortnight)
        note = try container.decode(FortnightNote.self, forKey: .note)
        quotes = try container.decode([Quote].self, forKey: .quotes)
        done = try container.decodeIfPresent([String].self, forKey: .done) ?? []
        decisions = try container.decodeIfPresent([CodingDecision].self, forKey: .decisions)
    }
}

/// One line of `journal.jsonl`: an edit's changes, written and made durable together.
struct JournalEntry: Codable, Equatable {
    var sequence: Int
    var summary: String
    var changes: [Change]
}
