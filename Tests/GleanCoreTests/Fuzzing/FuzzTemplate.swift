import Foundation

@testable import GleanCore

/// A small valid project with a journal, built once per run from the bundled sample, whose files every case starts
/// from.
struct FuzzTemplate {
    /// One file of the template project.
    struct File {
        /// The path inside the project, e.g. `fortnights/002/coding.json`.
        let path: String
        /// The file's bytes as written by Glean.
        let bytes: [UInt8]
        /// The file parsed, for mutations that change values rather than bytes.
        let content: Content
    }

    /// A file's parsed contents.
    enum Content {
        /// A snapshot file: one JSON document.
        case document(JSONValue)
        /// `journal.jsonl`: one JSON document per line.
        case journal([JournalMutation.Line])
    }

    /// Every file of the project, sorted by path.
    let files: [File]
    /// The ids and fortnights the project holds.
    let context: MutationContext

    /// Writes the sample programme, keeps the logs and quotes of its first `participants` participants, and records a
    /// few edits so the journal has lines.
    init(participants: Int = 4) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "glean-fuzz-template-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try SampleProject.write(to: scratch.appendingPathComponent("sample"))
        var project = try ProjectStore.open(scratch.appendingPathComponent("sample")).opened
        let kept = Set(project.participants.prefix(participants).map(\.code))
        project.participants = project.participants.filter { kept.contains($0.code) }
        for (number, var fortnight) in project.fortnights {
            fortnight.logs = fortnight.logs.filter { kept.contains($0.participant) }
            let logs = Set(fortnight.logs.map(\.id))
            fortnight.quotes = fortnight.quotes.filter { logs.contains($0.log) }
            project.fortnights[number] = fortnight
        }
        let folder = scratch.appendingPathComponent("project")
        let store = try ProjectStore.create(project, in: folder)
        for edit in FuzzTemplate.edits(of: project) {
            try store.record(edit)
        }
        store.close()
        files = try FuzzTemplate.paths(in: folder).map { path in
            let bytes = try Data(contentsOf: folder.appendingPathComponent(path))
            let content: Content =
                path == "journal.jsonl"
                ? .journal(bytes.split(separator: 0x0A).map { .document(JSONValue.parse(Data($0))!) })
                : .document(JSONValue.parse(bytes)!)
            return File(path: path, bytes: Array(bytes), content: content)
        }
        context = MutationContext(
            identifiers: FuzzTemplate.identifiers(in: files), fortnights: project.fortnights.keys.sorted())
    }

    /// The snapshot file at `path`, parsed; nil for the journal or an unknown path.
    func document(_ path: String) -> JSONValue? {
        guard case .document(let value) = files.first(where: { $0.path == path })?.content else { return nil }
        return value
    }

    /// Replaces everything in `directory` with the template's files, `path` holding `bytes` instead of its own.
    func write(to directory: URL, replacing path: String, with bytes: [UInt8]) throws {
        try? FileManager.default.removeItem(at: directory)
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.path == path ? bytes : file.bytes).write(to: url)
        }
    }

    /// Edits of every kind the journal records: a note, a renamed concern, a changed quote and a removed one.
    private static func edits(of project: Project) -> [Edit] {
        var edits = [
            Edit(
                summary: "Edited the note",
                changes: [.setNote(fortnight: 2, note: FortnightNote(opening: "Edited.", next: ["Why?"]))])
        ]
        if var concern = project.codebook.concerns.first {
            concern.name += " (renamed)"
            edits.append(Edit(summary: "Renamed", changes: [.putConcern(concern: concern, position: nil)]))
        }
        for number in project.fortnights.keys.sorted() {
            let quotes = project.fortnight(number).quotes
            guard var quote = quotes.first, let last = quotes.last, last.id != quote.id else { continue }
            quote.memo = "Seen again."
            quote.featured.toggle()
            edits.append(
                Edit(
                    summary: "Memo",
                    changes: [.putQuote(fortnight: number, quote: quote), .removeQuote(fortnight: number, id: last.id)])
            )
        }
        return edits
    }

    /// The paths of the project's data files under `folder`, sorted: the manifest, the journal and each fortnight's
    /// logs and coding, leaving out the lock and backups.
    private static func paths(in folder: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
            path == "glean.json" || path == "journal.jsonl"
                || (path.hasPrefix("fortnights/") && (path.hasSuffix("/logs.json") || path.hasSuffix("/coding.json")))
        }.sorted()
    }

    /// Every participant code, concern id, log id and quote id in `files`.
    private static func identifiers(in files: [File]) -> [String] {
        let documents = files.flatMap { file -> [JSONValue] in
            switch file.content {
            case .document(let value): return [value]
            case .journal(let lines):
                return lines.compactMap { if case .document(let value) = $0 { value } else { nil } }
            }
        }
        let names: Set<String> = ["id", "code"]
        let found = documents.flatMap { document in
            document.paths(ofMembersNamed: names).compactMap {
                if case .string(let text) = document.value(at: $0) { text } else { nil }
            }
        }
        return Array(Set(found)).sorted()
    }
}
