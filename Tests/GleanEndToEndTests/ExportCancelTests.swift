import Foundation
import XCTest

/// The interface's export runs in the background on a programme large enough for it to take a moment: keys go on
/// working, Esc cancels it and nothing is written, and an export left alone writes its file.
final class ExportCancelTests: EndToEndTestCase {
    private static let matrix = "matrix-fortnight-020.html"
    /// `e`, then the last format, Matrix HTML: the slowest to write, and it asks nothing about provisional figures.
    private static let exportMatrix = ["e", "Down", "Down", "Down", "Down", "Down"]

    private func exports(_ project: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("exports").path)) ?? []
    }

    func testEscCancelsAnExportWhileKeysGoOnWorkingAndNothingIsWritten() throws {
        let project = directory.appendingPathComponent("programme")
        let made = try glean("generate", project.path, "--participants", "300", "--fortnights", "20")
        XCTAssertEqual(made.status, 0, made.stderr)
        let session = try launch(["open", project.path], width: 80, height: 24)
        try session.waitFor(text: Self.saved, timeout: 30)

        try session.sendKeys(Self.exportMatrix + ["Enter", "j", "Escape"])
        try session.waitFor(text: "Export cancelled; nothing was written")
        XCTAssertEqual(exports(project), [], "neither the export nor a staged file is left")

        try session.sendKeys(Self.exportMatrix + ["Enter"])
        try session.waitFor(text: "Exported the summary to")
        XCTAssertEqual(exports(project), [Self.matrix])
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
