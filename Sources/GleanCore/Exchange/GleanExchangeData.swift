import Foundation

/// What a Glean export carries that REFI-QDA has no place for, kept in one project note named `Glean exchange data`
/// as JSON, so that importing a Glean export gives back the same project: the programme's first day, each
/// concern's id and number key in codebook order, the facilitators' fortnight notes and the logs marked done. Other
/// tools show it as an ordinary note; without it an import derives ids from names and takes the start from `--start` or
/// the earliest log.
struct GleanExchangeData: Codable, Equatable {
    /// One concern's Glean-only fields.
    struct ConcernEntry: Codable, Equatable {
        /// The GUID of the concern's code.
        var guid: String
        /// The concern's id.
        var id: String
        /// Its number key, if any.
        var key: Int?
    }

    /// The note's name, by which an import recognises it.
    static let noteName = "Glean exchange data"

    /// The programme's first day, `yyyy-MM-dd`.
    var start: String
    /// Every concern, in codebook order.
    var concerns: [ConcernEntry]
    /// The fortnight notes that are not empty, by fortnight number.
    var notes: [Int: FortnightNote]?
    /// The GUIDs of the sources (logs) marked done, sorted; absent in exports made before coding progress was
    /// recorded.
    var done: [String]?

    /// The JSON text of the note.
    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// The data in a note's `text`, or nil when it is not Glean's.
    init?(text: String) {
        guard let data = try? JSONDecoder().decode(Self.self, from: Data(text.utf8)) else { return nil }
        self = data
    }

    /// The data of `project`, whose codes have the GUIDs `guids` gives.
    init(_ project: Project, guids: ExchangeGUIDs) {
        start = project.programme.start.iso
        concerns = project.codebook.concerns.map {
            ConcernEntry(guid: guids.guid("concern", $0.id), id: $0.id, key: $0.key)
        }
        notes = project.fortnights.compactMapValues { $0.note == FortnightNote() ? nil : $0.note }
        done = project.fortnights.values.flatMap { $0.done.map { guids.guid("log", $0) } }.sorted()
    }
}
