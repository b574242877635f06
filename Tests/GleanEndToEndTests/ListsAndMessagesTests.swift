import Foundation
import GleanTestSupport
import XCTest

/// A person's path through the lists and messages: a pick list answers End and g without closing, the status bar
/// shows hints from the key table, and M brings back a message that has gone.
final class ListsAndMessagesTests: EndToEndTestCase {
    func testPickListsAnswerEndAndGAndMShowsAPastMessage() throws {
        let project = try makeSample()
        let session = try open(project, width: 80, height: 24)
        try session.waitFor(text: "│ ✓ saved │ Enter read · ←→ fortnight")

        try session.sendKeys("e")
        try session.waitFor(text: "Export fortnight 3")
        try session.waitFor(text: "Enter pick · ↑↓ move · Esc cancel")
        try session.sendKeys("End")
        try session.waitUntil("the last option highlighted") { _ in
            (try? session.captureWithEscapes())?.contains { $0.contains("\u{1B}[7m Matrix HTML") } ?? false
        }
        try session.sendKeys("Enter")
        try waitForWrapped("matrix-fortnight-003.html", session)

        try session.sendKeys("e")
        try session.waitFor(text: "Export fortnight 3")
        try session.sendKeys("End")
        try session.sendKeys("g")
        try session.waitUntil("the first option highlighted") { _ in
            (try? session.captureWithEscapes())?.contains { $0.contains("\u{1B}[7m Markdown summary") } ?? false
        }
        try session.sendKeys("Enter")
        try session.waitFor(text: "Export anyway?")
        try session.sendKeys("y")
        try waitForWrapped("summary-fortnight-003.md", session)
        try session.sendKeys("j")
        try session.waitForAbsence(of: "Exported the summary")

        try session.sendKeys("M")
        try session.waitFor(text: "Recent messages, newest first")
        try waitForWrapped("summary-fortnight-003.md", session)
        try session.waitFor(text: "Esc close")
        try session.sendKeys("q")
        try session.waitForAbsence(of: "Recent messages, newest first")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    /// Waits until `text` is on the screen, perhaps wrapped over rows (spaces ignored).
    private func waitForWrapped(_ text: String, _ session: TmuxSession, line: UInt = #line) throws {
        try session.waitUntil("\"\(text)\" on the screen", line: line) { screen in
            screen.joined().filter { $0 != " " }.contains(text)
        }
    }
}
