import Foundation

/// Reads a project directory into memory, refusing damaged or newer files with a `ProjectError`.
enum ProjectReader {
    /// Reads the snapshot files of the project at `layout` (not the journal), and the schema version they have.
    static func readSnapshot(_ layout: ProjectLayout) throws -> (project: Project, schemaVersion: Int) {
        let manifest = try readManifest(layout)
        var project = Project(
            programme: manifest.programme, participants: manifest.participants, codebook: manifest.codebook)
        for number in try layout.fortnightsOnDisk() {
            project.fortnights[number] = try readFortnight(number, layout)
        }
        return (project, manifest.schemaVersion)
    }

    /// Reads and checks `glean.json`.
    static func readManifest(_ layout: ProjectLayout) throws -> ManifestDocument {
        let file = layout.display(layout.manifest)
        let data = try contents(of: layout.manifest, display: file, missing: "no Glean project here (glean.json is missing)")
        let version = try JSONFormat.decode(SchemaVersionDocument.self, from: data, file: file).schemaVersion
        guard version <= Project.currentSchemaVersion else {
            throw ProjectError(
                file: file,
                problem: "made by a newer Glean (schema version \(version)); this build reads up to version "
                    + "\(Project.currentSchemaVersion). Update Glean to open it")
        }
        guard version >= 1 else {
            throw ProjectError(file: file, problem: "schemaVersion \(version) is not a Glean schema version")
        }
        return try JSONFormat.decode(ManifestDocument.self, from: data, file: file)
    }

    private static func readFortnight(_ number: Int, _ layout: ProjectLayout) throws -> Fortnight {
        let logsFile = layout.display(layout.logs(ofFortnight: number))
        let codingFile = layout.display(layout.coding(ofFortnight: number))
        let logsData = try contents(of: layout.logs(ofFortnight: number), display: logsFile, missing: "the file is missing")
        let codingData = try contents(
            of: layout.coding(ofFortnight: number), display: codingFile, missing: "the file is missing")
        let logs = try JSONFormat.decode(LogsDocument.self, from: logsData, file: logsFile)
        let coding = try JSONFormat.decode(CodingDocument.self, from: codingData, file: codingFile)
        for (document, file) in [(logs.fortnight, logsFile), (coding.fortnight, codingFile)] where document != number {
            throw ProjectError(file: file, problem: "says fortnight \(document) but lies in the folder of fortnight \(number)")
        }
        return Fortnight(number: number, logs: logs.logs, quotes: coding.quotes, note: coding.note)
    }

    private static func contents(of url: URL, display: String, missing: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ProjectError(file: display, problem: missing)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ProjectError(file: display, problem: "the file cannot be read")
        }
        return data
    }
}
