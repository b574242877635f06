import Foundation
import GleanTestSupport
import XCTest

/// Tagging in the Reader and what reaches the project files: counts, undo and redo, and a crash before the fold.
final class TaggingTests: EndToEndTestCase {
    /// The Reader's header for the first log of fortnight 3 that has no quotes.
    private static let unquotedLogHeader = "EE-09 · secondary · Consultant rheumatologist"

    func testTaggingAddsAQuoteAndAParticipantAndKeepsItsMemo() throws {
        let project = try makeSample()
        let before = try XCTUnwrap(try counts(project).concern(key: 1, fortnight: 3))
        let session = try open(project)
        try openFirstUnquotedLog(session)
        try session.sendKeys("1")
        try session.waitFor(text: "│ ✓ saved │ Tagged Improvement tools")
        try session.sendKeys("m")
        try session.waitFor(text: " Memo:")
        try session.type("quiet rooms?")
        try session.sendKeys("Enter")
        try session.waitFor(text: "│ ✓ saved │ Saved the memo")
        try session.waitFor(text: "✎ quiet rooms?")
        try quitFromReader(session)

        let after = try XCTUnwrap(try counts(project).concern(key: 1, fortnight: 3))
        XCTAssertEqual(after.quotes, before.quotes + 1)
        XCTAssertEqual(after.participants, before.participants + 1)
        XCTAssertEqual(try journalLength(project), 0, "quitting folds the journal into the project files")
        let coding = try String(
            contentsOf: project.appendingPathComponent("fortnights/003/coding.json"), encoding: .utf8)
        XCTAssertTrue(coding.contains("\"memo\" : \"quiet rooms?\""))
        try assertCheckPasses(project)
    }

    func testUndoThenRedoLeavesExactlyOneQuote() throws {
        let project = try makeSample()
        let before = try XCTUnwrap(try counts(project).concern(key: 2, fortnight: 3))
        let session = try open(project)
        try openFirstUnquotedLog(session)
        try session.sendKeys("2")
        try session.waitFor(text: "Tagged Patient feedback")
        try session.sendKeys("u")
        try session.waitFor(text: "│ ✓ saved │ Undid: ")
        try session.sendKeys("C-r")
        try session.waitFor(text: "│ ✓ saved │ Redid: Tagged Patient feedback")
        try quitFromReader(session)

        let after = try XCTUnwrap(try counts(project).concern(key: 2, fortnight: 3))
        XCTAssertEqual(after.quotes, before.quotes + 1)
        XCTAssertEqual(after.participants, before.participants + 1)
        try assertCheckPasses(project)
    }

    func testATagAcknowledgedAsSavedSurvivesSIGKILL() throws {
        let project = try makeSample()
        let coding = project.appendingPathComponent("fortnights/003/coding.json")
        let codingBefore = try Data(contentsOf: coding)
        let before = try XCTUnwrap(try counts(project).concern(key: 3, fortnight: 3))
        let session = try open(project)
        try openFirstUnquotedLog(session)
        try session.sendKeys("3")
        try session.waitFor(text: "│ ✓ saved │ Tagged Integrated pathways")
        XCTAssertEqual(kill(try session.panePID(), SIGKILL), 0)
        XCTAssertEqual(try session.waitForExit(), 128 + SIGKILL)

        XCTAssertEqual(
            try Data(contentsOf: coding), codingBefore, "nothing was folded, so the tag lives only in the journal")
        XCTAssertGreaterThan(try journalLength(project), 0)
        let after = try XCTUnwrap(try counts(project).concern(key: 3, fortnight: 3))
        XCTAssertEqual(after.quotes, before.quotes + 1)
        XCTAssertEqual(after.participants, before.participants + 1)
        try assertCheckPasses(project)
    }

    /// Filters the Logs screen to logs with no quotes yet and opens the first in the Reader.
    private func openFirstUnquotedLog(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws
    {
        try session.sendKeys("f")
        try session.waitFor(text: "Show logs", file: file, line: line)
        try session.sendKeys("Down", "Enter")
        try session.waitFor(text: "(provisional) · 48 quotes · no quotes yet", file: file, line: line)
        try session.sendKeys("Enter")
        try session.waitFor(text: Self.unquotedLogHeader, file: file, line: line)
    }

    /// The size of the project's journal in bytes; 0 when there is none.
    private func journalLength(_ project: URL) throws -> Int {
        let journal = project.appendingPathComponent("journal.jsonl")
        guard FileManager.default.fileExists(atPath: journal.path) else { return 0 }
        return try Data(contentsOf: journal).count
    }
}
