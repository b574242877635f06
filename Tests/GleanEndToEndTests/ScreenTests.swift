import Foundation
import XCTest

/// What the screens show: help, behaviour across window sizes, and exporting from the app.
final class ScreenTests: EndToEndTestCase {
    /// The Reader's header for the first log of fortnight 3.
    private static let firstLogHeader = "EE-04 · primary · GP partner · Saturday 16 May 2020"

    func testHelpListsTheBindingsOfTheScreenOnTopAndAnyKeyClosesIt() throws {
        let session = try open(try makeSample())
        try session.sendKeys("?")
        try session.waitFor(text: "Keys (↑↓ scroll, any other key closes)")
        try session.waitFor(text: "read the selected log")
        try session.sendKeys("x")
        try session.waitForAbsence(of: "Keys (↑↓ scroll")
        try session.waitFor(text: Self.latestFortnightTitle)

        try session.sendKeys("Enter")
        try session.waitFor(text: Self.firstLogHeader)
        try session.sendKeys("?")
        try session.waitFor(text: "toggle concern 1–9 on the selection")
        XCTAssertFalse(
            try session.capture().joined().contains("read the selected log"), "the Logs bindings belong to Logs")
        try session.sendKeys("x")
        try session.waitForAbsence(of: "Keys (↑↓ scroll")
        try session.waitFor(text: Self.firstLogHeader)
    }

    func testResizingDownToTooSmallAndBackKeepsRunning() throws {
        let session = try open(try makeSample(), width: 80, height: 24)
        try session.sendKeys("Enter")
        try session.waitFor(text: "EE-04 · primary")

        try session.resize(width: 40, height: 12)
        try session.waitUntil("the Reader redrawn at 40×12") { screen in
            screen.count == 12 && screen[11].contains(Self.saved) && screen[1].contains("EE-04")
        }

        try session.resize(width: 30, height: 10)
        try session.waitFor(text: "Window too small")
        try session.waitFor(text: "30×10, needs 40×12")

        try session.resize(width: 100, height: 30)
        try session.waitUntil("the Reader redrawn at 100×30") { screen in
            screen.count == 30 && screen[0].hasPrefix(" Glean  Logs  Counts  Codebook")
                && screen[1].contains(Self.firstLogHeader) && screen[29].contains(Self.saved)
        }
        XCTAssertFalse(session.isDead)
        try quitFromReader(session)
    }

    func testExportWritesTheCurrentFortnightsSummary() throws {
        let project = try makeSample()
        let session = try open(project)
        try session.sendKeys("e")
        try session.waitFor(text: "Markdown summary, ready to publish")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Fortnight 3 is provisional: 15 of 26 logs still to code. Export anyway?")
        try session.sendKeys("y")
        try session.waitFor(text: "Exported the summary to")

        let summary = project.appendingPathComponent("exports/summary-fortnight-003.md")
        let text = try String(contentsOf: summary, encoding: .utf8)
        XCTAssertTrue(
            text.hasPrefix("# Video consultations learning logs: Fortnight 3"),
            "the summary starts: \(text.prefix(120))")
        XCTAssertEqual(
            text, try glean("export", "-p", project.path, "--fortnight", "3").stdout, "the app and the CLI agree")
    }
}
