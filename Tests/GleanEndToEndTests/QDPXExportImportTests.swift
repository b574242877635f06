import Foundation
import XCTest

/// Issue 13 on the real binary, typed into a shell at 40×12 as a person would: export a programme as QDPX, import
/// the archive into a new project and open it. The streamed archive leaves nothing behind and carries every count.
final class QDPXExportImportTests: EndToEndTestCase {
    func testExportImportAndOpenTheCopy() throws {
        let project = try makeSample()
        let glean = try XCTUnwrap(GleanBinary.url).path
        let shell = try tmux(["sh"], environment: ["PS1": "$ "], width: 40, height: 12)
        try shell.type("\(glean) export -p project --format qdpx -o out.qdpx")
        try shell.sendKeys("Enter")
        try shell.waitFor(text: "Wrote the project to out.qdpx")
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["out.qdpx", "project"],
            "the archive is staged beside its name and nothing else is left")
        try shell.type("clear; \(glean) import -p copy --format qdpx out.qdpx")
        try shell.sendKeys("Enter")
        try shell.waitFor(text: "Imported 81 logs")
        let copy = directory.appendingPathComponent("copy")
        XCTAssertEqual(
            try self.glean("counts", "-p", copy.path, "--json").stdout,
            try self.glean("counts", "-p", project.path, "--json").stdout)
        try shell.type("clear; \(glean) open copy")
        try shell.sendKeys("Enter")
        try shell.waitFor(text: "Fortnight 3")
        try shell.sendKeys("q")
        try shell.waitForAbsence(of: "Fortnight 3")
    }
}
