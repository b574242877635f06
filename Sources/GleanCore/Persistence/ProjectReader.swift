import Foundation

/// Reads a project directory into memory, refusing damaged or newer files with a `ProjectError`.
enum ProjectReader {
    /// What reading a snapshot found.
    struct Snapshot {
        /// The project the files hold; fortnights not read stand as digests in `unread`.
        var project: Project
        var schemaVersion: Int
        /// Digests made while reading, for fortnights whose files had none that matched, with the files' stamps.
        var madeDigests: [(digest: FortnightDigest, stamps: (logs: FileStamp, coding: FileStamp))]
    }

    /// Reads the snapshot files `source` gives (not the journal), and the schema version they have: every fortnight,
    /// or those `selection` names, the others standing as their digests when `source` has digests matching their
    /// files (`DigestCache`). Files of an earlier schema version, or read through a pending transaction, are all read.
    static func readSnapshot(_ source: SnapshotSource, reading selection: FortnightSelection = .all) throws -> Snapshot
    {
        let manifest = try readManifest(source)
        var project = Project(
            programme: manifest.programme, participants: manifest.participants, codebook: manifest.codebook,
            attribution: manifest.attribution ?? .standard)
        project.keyConcernRule = manifest.keyConcerns ?? .standard
        let numbers = try source.fortnightNumbers()
        let lazily = !selection.everything && manifest.schemaVersion == Project.currentSchemaVersion
        var made: [(digest: FortnightDigest, stamps: (logs: FileStamp, coding: FileStamp))] = []
        for number in numbers {
            let stamps = lazily ? source.stamps(ofFortnight: number) : nil
            let trusted = stamps.flatMap { DigestCache.trusted(number, stamps: $0, in: source.root) }
            if let trusted, !selection.includes(number, of: numbers) {
                project.unread[number] = trusted
                continue
            }
            let read = try readFortnight(number, source)
            project.fortnights[number] = read.fortnight
            if lazily, trusted == nil, let stamps = read.stamps {
                made.append((project.fortnight(number).digest, stamps))
            }
        }
        return Snapshot(project: project, schemaVersion: manifest.schemaVersion, madeDigests: made)
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

    /// Reads fortnight `number`'s two files, with their stamps when both were read in place.
    static func readFortnight(_ number: Int, _ source: SnapshotSource) throws -> (
        fortnight: Fortnight, stamps: (logs: FileStamp, coding: FileStamp)?
    ) {
        let logs = try decode(LogsDocument.self, .logs(number), source)
        let coding = try decode(CodingDocument.self, .coding(number), source)
        for (document, path) in [(logs.document.fortnight, logs.path), (coding.document.fortnight, coding.path)]
        where document != number {
            throw ProjectError(
                file: path, problem: "says fortnight \(document) but lies in the folder of fortnight \(number)")
        }
        let fortnight = Fortnight(
            number: number, logs: logs.document.logs, quotes: coding.document.quotes, note: coding.document.note,
            done: Set(coding.document.done), decisions: coding.document.decisions ?? [])
        let stamps = source.pending == nil ? logs.stamp.flatMap { logs in coding.stamp.map { (logs, $0) } } : nil
        return (fortnight, stamps)
    }

    private static func decode<Document: Decodable>(
        _ type: Document.Type, _ file: SnapshotFile, _ source: SnapshotSource
    ) throws -> (document: Document, path: String, stamp: FileStamp?) {
        let read = try source.read(file)
        guard let data = read.data else { throw ProjectError(file: read.path, problem: "the file is missing") }
        return (try JSONFormat.decode(type, from: data, file: read.path), read.path, read.stamp)
    }
}
