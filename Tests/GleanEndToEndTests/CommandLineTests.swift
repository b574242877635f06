import Foundation
import XCTest

/// The subcommands faced with damaged or unexpected projects: clear errors, failing exits, nothing written.
final class CommandLineTests: EndToEndTestCase {
    func testCheckNamesATruncatedFileWithLineAndColumn() throws {
        let project = try makeTruncatedProject()
        let result = try glean("check", "-p", project.path)
        XCTAssertNotEqual(result.status, 0)
        let pattern = try NSRegularExpression(pattern: #"fortnights/002/coding\.json:\d+:\d+: "#)
        let range = NSRange(result.stderr.startIndex..., in: result.stderr)
        XCTAssertNotNil(pattern.firstMatch(in: result.stderr, range: range), "stderr: \(result.stderr)")
    }

    func testOpenRefusesADamagedProjectAndWritesNothing() throws {
        let project = try makeTruncatedProject()
        let before = try files(in: project)
        let result = try glean("open", project.path)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("fortnights/002/coding.json"), "stderr: \(result.stderr)")
        XCTAssertEqual(try files(in: project), before, "a refused project must be left byte for byte as it was")
    }

    func testExportOfAMissingFortnightSaysWhichExist() throws {
        let project = try makeSample()
        let result = try glean("export", "-p", project.path, "--fortnight", "9")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("fortnight 9 does not exist"), "stderr: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("fortnights 1 to 3"), "stderr: \(result.stderr)")
    }

    func testAProjectFromANewerGleanIsRefused() throws {
        let project = try makeSample()
        let manifest = project.appendingPathComponent("glean.json")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        XCTAssertNotNil(text.firstMatch(of: /"schemaVersion" : \d+/))
        try text.replacing(/"schemaVersion" : \d+/, with: "\"schemaVersion\" : 99")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let before = try files(in: project)
        for command in [["check", "-p", project.path], ["open", project.path]] {
            let result = try GleanBinary.run(command)
            XCTAssertNotEqual(result.status, 0, "glean \(command[0])")
            XCTAssertTrue(result.stderr.contains("newer Glean"), "glean \(command[0]) stderr: \(result.stderr)")
        }
        XCTAssertEqual(try files(in: project), before)
    }

    /// The sample with `fortnights/002/coding.json` cut off part-way, as a failed copy would leave it.
    private func makeTruncatedProject() throws -> URL {
        let project = try makeSample()
        let coding = project.appendingPathComponent("fortnights/002/coding.json")
        let data = try Data(contentsOf: coding)
        try data.prefix(data.count / 2).write(to: coding)
        return project
    }

    /// Every file under `root`, by relative path, with its bytes.
    private func files(in root: URL) throws -> [String: Data] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        var files: [String: Data] = [:]
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
