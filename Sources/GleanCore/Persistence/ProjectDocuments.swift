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
}

/// One line of `journal.jsonl`: an edit's changes, written and made durable together.
struct JournalEntry: Codable, Equatable {
    var sequence: Int
    var summary: String
    var changes: [Change]
}
