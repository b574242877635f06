import Foundation
import GleanCore

/// The folder of generated projects and import files the suite reuses between runs, by default
/// `$TMPDIR/glean-bench` (`/tmp/glean-bench`): `1k/`, `10k/`, `100k/` and `1k-import.csv`, …
///
/// Everything is written under a temporary name and renamed into place when complete, so an interrupted run leaves
/// nothing half-made that a later run would take for finished.
struct ProjectCache {
    /// The cache folder.
    let root: URL

    /// The cache at `path`, or at the default place when nil.
    init(path: String?) {
        let temporary = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        root = URL(fileURLWithPath: path ?? "\(temporary)/glean-bench", isDirectory: true)
    }

    /// The project for `size`, generated with `ProgrammeGenerator` (seed 1, the sample codebook) if missing, and
    /// whether it was generated just now (which leaves this process's peak resident set higher).
    func project(_ size: BenchSize) throws -> (folder: URL, generated: Bool) {
        let folder = root.appendingPathComponent(size.name, isDirectory: true)
        guard !FileManager.default.fileExists(atPath: folder.appendingPathComponent("glean.json").path) else {
            return (folder, false)
        }
        log("generating the \(size.name) project in \(folder.path) …")
        let codebook = try sampleCodebook()
        let project = ProgrammeGenerator(size: size.programme, seed: 1, codebook: codebook).make()
        let partial = root.appendingPathComponent("\(size.name).partial", isDirectory: true)
        try? FileManager.default.removeItem(at: partial)
        try ProjectStore.create(project, in: partial).close()
        try FileManager.default.moveItem(at: partial, to: folder)
        return (folder, true)
    }

    /// A CSV of every log of `project` (columns participant, date, Progress, Concerns), written if missing.
    func importFile(_ size: BenchSize, from project: Project) throws -> URL {
        let file = root.appendingPathComponent("\(size.name)-import.csv")
        guard !FileManager.default.fileExists(atPath: file.path) else { return file }
        let partial = root.appendingPathComponent("\(size.name)-import.csv.partial")
        try ImportCSV.write(project, to: partial)
        try FileManager.default.moveItem(at: partial, to: file)
        return file
    }

    /// A fresh, empty folder in the cache for one measure's scratch files; the caller removes it.
    func scratch(_ label: String) throws -> URL {
        let folder = root.appendingPathComponent("scratch-\(label)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The codebook of the bundled sample programme, which `glean generate` tags with too.
    private func sampleCodebook() throws -> Codebook {
        let folder = try scratch("sample")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = folder.appendingPathComponent("sample", isDirectory: true)
        try SampleProject.write(to: sample)
        let store = try ProjectStore.open(sample)
        return store.opened.codebook
    }
}

/// Writes a progress line to standard error, which keeps standard output for the report.
func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
