import Foundation
import XCTest

/// Writing the summary in the interface and seeing it in the export, as a facilitator would.
final class SummaryWritingTests: EndToEndTestCase {
    func testAParagraphWrittenOnTheCountsScreenIsInTheExportedSummary() throws {
        let project = try makeSample()
        let session = try open(project)
        try session.sendKeys("Tab")
        try session.waitFor(text: "key: top 5")
        for _ in 0..<4 { try session.sendKeys("Down") }
        try session.sendKeys("p")
        try session.waitFor(text: "Paragraph on Digital and health inequalities")
        try session.type("Families without a device are still out of reach, and more teams said so.")
        try session.sendKeys("Enter")
        try session.type("We will ask how teams reach them.")
        try session.sendKeys("C-s")
        try session.waitFor(text: "Saved Paragraph on Digital")
        try session.sendKeys("q")
        try session.waitFor(text: Self.latestFortnightTitle)
        try session.sendKeys("q")
        _ = try session.waitForExit()

        let markdown = try glean("export", "-p", project.path, "--fortnight", "3").stdout
        XCTAssertTrue(
            markdown.contains(
                "### 1. Digital and health inequalities\n\n*raised by 8 of 26 participants who wrote (31%) so far; provisional: 15 of 26 logs still to code*\n\n"
                    + "Families without a device are still out of reach, and more teams said so. "
                    + "We will ask how teams reach them.\n"),
            markdown)
        let folder = project.appendingPathComponent("published")
        _ = try glean("export", "-p", project.path, "--all", "--format", "html", "-o", folder.path)
        let page = try String(contentsOf: folder.appendingPathComponent("summary-fortnight-003.html"), encoding: .utf8)
        XCTAssertTrue(
            page.contains(
                "<p>Families without a device are still out of reach, and more teams said so. We will ask how teams reach them.</p>"
            ))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
        try assertCheckPasses(project)
    }

    func testSummaryRuleSetsTheKeyConcernsAsOneUndoableEdit() throws {
        let project = try makeSample()
        XCTAssertTrue(try glean("summary-rule", "-p", project.path).stdout.hasPrefix("Key concerns: top 5."))
        XCTAssertEqual(
            try glean("summary-rule", "-p", project.path, "--at-least", "30").stdout,
            "Saved: Key concerns: at least 30%\n")
        let markdown = try glean("export", "-p", project.path, "--fortnight", "3").stdout
        XCTAssertTrue(
            markdown.contains("- **Growing concerns**: Digital and health inequalities, Staff wellbeing.\n"), markdown)
        XCTAssertTrue(markdown.contains("Key concerns are those raised by at least 30% of the participants who wrote"))
        XCTAssertEqual(try glean("summary-rule", "-p", project.path, "--top", "0").status, 64)
        XCTAssertEqual(try glean("summary-rule", "-p", project.path, "--top", "2", "--at-least", "3").status, 64)
        try assertCheckPasses(project)
    }
}
