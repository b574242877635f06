import Foundation

/// Reads a project directory into memory, refusing damaged or newer files with a `ProjectError`.
enum ProjectReader {
    /// Reads the snapshot files `source` gives (not the journal), and the schema version they have.
    static func readSnapshot(_ source: SnapshotSource) throws -> (project: Project, schemaVersion: Int) {
        let manifest = try readManifest(source)
        var project = Project(
            programme: manifest.programme, participants: manifest.participants, codebook: manifest.codebook,
            attribution: manifest.attribution ?? .standard)
        project.keyConcernRule = manifest.keyConcerns ?? .standard
        for number in try source.fortnightNumbers() {
            project.fortnights[number] = try readFortnight(number, source)
        }
        return (project, manifest.schemaVersion)
    }

    /// Reads and checks `glean.json`.
    static func readManifest(_ source: SnapshotSource) throws -> ManifestDocument {
        let read = try source.read(.manifest)
        guard let data = read.data else {
            throw ProjectError(file: read.path, problem: "no Glean project here (glean.json is missing)")
        }
        let version = try JSONFormat.decode(SchemaVersionDocument.self, from: data, file: read.path).schemaVersion
        guard version <= Project.currentSchemaVersion else {
            throw ProjectError(
                file: read.path,
                problem: "made by a newer Glean (schema version \(version)); this build reads up to version "
                    + "\(Project.currentSchemaVersion). Update Glean to open it")
        }
        guard version >= 1 else {
            throw ProjectError(file: read.path, problem: "schemaVersion \(version) is not a Glean schema version")
        }
        return try JSONFormat.decode(ManifestDocument.self, from: data, file: read.path)
    }

    private static func readFortnight(_ number: Int, _ source: SnapshotSource) throws -> Fortnight {
        let logs = try decode(LogsDocument.self, .logs(number), source)
        let coding = try decode(CodingDocument.self, .coding(number), source)
        for (document, path) in [(logs.document.fortnight, logs.path), (coding.document.fortnight, coding.path)]
        where document != number {
            throw ProjectError(file: path, problem: "says fortnight \(document) but lies in the folder of fortnight \(number)")
        }
        return Fortnight(
            number: number, logs: logs.document.logs, quotes: coding.document.quotes, note: coding.document.note,
            done: Set(coding.document.done), decisions: coding.document.decisions ?? [])
    }

    private static func decode<Document: Decodable>(
        _ type: Document.Type, _ file: SnapshotFile, _ source: SnapshotSource
    ) throws -> (document: Document, path: String) {
        let read = try source.read(file)
        guard let data = read.data else { throw ProjectError(file: read.path, problem: "the file is missing") }
        return (try JSONFormat.decode(type, from: data, file: read.path), read.path)
    }
}
