import Foundation
import GleanCore
import XCTest

/// Writes import inputs into a temporary folder and reads them through `LogImport`, as `glean import` does.
final class ImportFixtures {
    /// The folder inputs are written to; a project, when made, lives in `project` inside it.
    let folder = Fixtures.temporaryFolder()

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The project folder (not created until `makeProject`).
    var project: URL { folder.appendingPathComponent("project") }

    /// Writes `bytes` to `name` and returns its URL.
    @discardableResult
    func write(_ bytes: Data, to name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
        return url
    }

    /// Writes `text` as UTF-8 to `name` and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        try write(Data(text.utf8), to: name)
    }

    /// Reads `csv` (written to `name`) into a batch for `project`.
    func read(
        _ csv: String, name: String = "logs.csv", mapping: ImportMapping = ImportMapping(),
        project: Project = Fixtures.small()
    ) throws -> ImportBatch {
        let url = try write(csv, to: name)
        return try LogImport.read(url, name: name, mapping: mapping, project: project)
    }

    /// Creates `Fixtures.small()` on disk and opens it for editing.
    func makeProject() throws -> ProjectStore {
        try ProjectStore.create(Fixtures.small(), in: project)
    }

    /// Reads `url` and adds it to the project in `store`, returning the report.
    func importing(
        _ url: URL, into store: ProjectStore, mapping: ImportMapping = ImportMapping(), skipInvalid: Bool = false,
        dryRun: Bool = false
    ) throws -> ImportReport {
        let project = try ProjectStore.open(self.project).opened
        let batch = try LogImport.read(url, name: url.lastPathComponent, mapping: mapping, project: project)
        return try LogImport.add(batch, to: project, store: store, skipInvalid: skipInvalid, dryRun: dryRun)
    }

    /// Every file under the project folder with its bytes.
    func projectFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: project.path) {
            let url = project.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }
}

/// Asserts that `body` throws a `ProjectError` whose description contains every one of `fragments`.
func assertImportError<T>(
    _ body: @autoclosure () throws -> T, contains fragments: [String], file: StaticString = #filePath,
    line: UInt = #line
) {
    XCTAssertThrowsError(try body(), file: file, line: line) { error in
        XCTAssertTrue(error is ProjectError, "\(type(of: error)): \(error)", file: file, line: line)
        for fragment in fragments {
            XCTAssertTrue("\(error)".contains(fragment), "\"\(error)\" lacks \"\(fragment)\"", file: file, line: line)
        }
    }
}
