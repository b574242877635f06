import Foundation
import XCTest

/// Nothing is overwritten behind the user's back: read-only writes nothing, and an export that would replace a file
/// asks in the interface and needs --force on the command line.
final class NothingOverwrittenTests: EndToEndTestCase {
    /// Every file and folder under `root` with its bytes (nil for a folder), so a new empty folder counts too.
    private func tree(_ root: URL) throws -> [String: Data?] {
        var entries: [String: Data?] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            let url = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            entries[path] = isDirectory.boolValue ? .some(nil) : try Data(contentsOf: url)
        }
        return entries
    }

    func testReadOnlyWritesNothingWhateverKeysArePressed() throws {
        let project = try makeSample()
        let exports = project.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try Data("my own edited summary".utf8).write(to: exports.appendingPathComponent("summary-fortnight-003.md"))
        let importFile = directory.appendingPathComponent("more.csv")
        let importBytes = Data("participant,date,What went well?\nEE-04,2020-05-16,A new log.\n".utf8)
        try importBytes.write(to: importFile)
        let before = try tree(project)

        let session = try launch(["open", "--read-only", project.path])
        try session.waitFor(text: "│ read-only │")
        try session.sendKeys("e")
        try session.waitFor(text: "Exports are off in read-only mode")
        try session.sendKeys("i")
        try session.waitFor(text: "Imports are off in read-only mode")
        try session.sendKeys("A")
        try session.waitFor(text: "Auto-coding is off in read-only mode")
        // Every edit is refused with a message, those that would ask for a text or a choice before they ask.
        for (key, screen) in [
            ("d", "Logs"), ("n", "Logs"), ("1", "Reader"), ("*", "Reader"), ("x", "Reader"), ("t", "Reader"),
            ("m", "Reader"), ("p", "Counts"), ("K", "Counts"), ("a", "Codebook"), ("r", "Codebook"), ("c", "Codebook"),
            ("T", "Codebook"), ("m", "Codebook"), ("x", "Codebook"), ("3", "Codebook"),
        ] {
            try session.sendKeys(key)
            try session.waitFor(text: "Read-only: nothing can be changed")
            try session.sendKeys("Escape")
            try session.waitForAbsence(of: "Read-only: nothing can be changed")
            if screen == "Logs", key == "n" { try session.sendKeys("Enter") }
            if screen == "Reader", key == "m" { try session.sendKeys("q", "Tab") }
            if screen == "Counts", key == "K" { try session.sendKeys("Tab") }
        }
        try session.sendKeys("u", "C-r", "e")
        try session.waitFor(text: "Exports are off in read-only mode")
        try session.sendKeys("C-c")
        XCTAssertEqual(try session.waitForExit(), 0)

        let after = try tree(project)
        XCTAssertEqual(Set(after.keys), Set(before.keys), "no file or folder added or removed")
        for (path, data) in before { XCTAssertEqual(after[path] ?? nil, data, "\(path) changed") }
        XCTAssertEqual(try Data(contentsOf: importFile), importBytes, "the import's input untouched")
    }

    func testAnExportThatWouldReplaceAFileAsksFirst() throws {
        let project = try makeSample()
        let file = project.appendingPathComponent("exports/summary-fortnight-003.md")
        let session = try launch(["open", project.path], width: 40, height: 12)
        try session.waitFor(text: Self.saved)
        try session.sendKeys("e", "Enter")
        try session.waitFor(text: "anyway? y/n")
        try session.sendKeys("y")
        try session.waitFor(text: "Exported the summary to")
        try session.waitFor(text: "fortnight-003.md")
        try Data("edited by hand".utf8).write(to: file)

        try session.sendKeys("e", "Enter", "y")
        try session.waitFor(text: "…/summary-fortnight-003.md")
        try session.waitFor(text: "Replace it? y/n")
        try session.sendKeys("n")
        try session.waitFor(text: "Nothing was exported")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "edited by hand")

        try session.sendKeys("e", "Enter", "y")
        try session.waitFor(text: "Replace it? y/n")
        try session.sendKeys("y")
        try session.waitFor(text: "Exported")
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).hasPrefix("# "), "replaced by the summary")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    func testTheCommandLineReplacesAFileOnlyWithForceAndNeverAnythingElse() throws {
        let project = try makeSample()
        let output = directory.appendingPathComponent("summary.md")
        XCTAssertEqual(try glean("export", "-p", project.path, "--fortnight", "2", "-o", output.path).status, 0)
        try Data("edited by hand".utf8).write(to: output)

        let refused = try glean("export", "-p", project.path, "--fortnight", "2", "-o", output.path)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains(output.lastPathComponent), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("already exists; pass --force to replace it"), refused.stderr)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "edited by hand")

        let forced = try glean("export", "-p", project.path, "--fortnight", "2", "-o", output.path, "--force")
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).hasPrefix("# "))

        let qdc = directory.appendingPathComponent("codebook.qdc")
        XCTAssertEqual(try glean("export", "-p", project.path, "--format", "qdc", "-o", qdc.path).status, 0)
        let again = try glean("export", "-p", project.path, "--format", "qdc", "-o", qdc.path)
        XCTAssertTrue(again.status != 0 && again.stderr.contains("--force"), again.stderr)

        let folder = directory.appendingPathComponent("all")
        XCTAssertEqual(try glean("export", "-p", project.path, "--all", "-o", folder.path).status, 0)
        let allAgain = try glean("export", "-p", project.path, "--all", "-o", folder.path)
        XCTAssertTrue(allAgain.status != 0 && allAgain.stderr.contains("--force"), allAgain.stderr)
        XCTAssertEqual(try glean("export", "-p", project.path, "--all", "-o", folder.path, "--force").status, 0)

        let target = directory.appendingPathComponent("target.md")
        try Data("target".utf8).write(to: target)
        let link = directory.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let fifo = directory.appendingPathComponent("fifo.md")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        let subfolder = directory.appendingPathComponent("folder.md")
        try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: false)
        for url in [link, fifo, subfolder] {
            let result = try glean("export", "-p", project.path, "--fortnight", "2", "-o", url.path, "--force")
            XCTAssertNotEqual(result.status, 0, url.lastPathComponent)
            XCTAssertTrue(result.stderr.contains("not a regular file"), "\(url.lastPathComponent): \(result.stderr)")
        }
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "target")
    }
}
