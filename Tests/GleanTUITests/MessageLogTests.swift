import GleanCore
import XCTest

@testable import GleanTUI

/// A message longer than the status bar wraps onto rows above it until the next key, and `M` shows recent ones.
final class MessageLogTests: XCTestCase {
    private static let exportPath =
        "/home/facilitator/programmes/newcome-video-consultations-2020/exports/summary-fortnight-003.md"

    /// The message rows above the status bar (reversed from their first column), top first, without padding.
    private func messageRows(_ harness: Harness) -> [String] {
        let screen = harness.screen
        let rows = (screen.height - 1 - MessageLine.maxRows..<screen.height - 1).reversed()
            .prefix { screen.style(x: 0, y: $0).reverse }
        return rows.reversed().map { screen.trimmedLine($0).trimmingCharacters(in: .whitespaces) }
    }

    func testALongExportMessageShowsTheWholePathAt80x24And40x12() {
        for (width, height) in [(80, 24), (40, 12)] {
            var harness = Harness(width: width, height: height)
            let message = "Exported the summary to \(Self.exportPath)"
            _ = Update.reduce(&harness.state, .exported(Self.exportPath), harness.environment)
            XCTAssertEqual(harness.state.message, message)
            let shown = messageRows(harness)
            XCTAssertEqual(shown.joined().filter { $0 != " " }, message.filter { $0 != " " }, "at \(width)×\(height)")
            XCTAssertTrue(harness.screen.style(x: 2, y: height - 2).reverse, "the message line is in the bar style")
            XCTAssertFalse(
                harness.screen.trimmedLine(height - 1).contains("Exported"), "the status bar keeps its hints")
            harness.press(.char("j"))
            XCTAssertEqual(messageRows(harness), [], "the next key clears it")
        }
    }

    func testAStolenKeyIsNamedInTheMessageAt40x12() {
        var harness = Harness(width: 40, height: 12)
        harness.press(.tab, .tab)
        let concerns = harness.state.project.codebook.concerns
        let holder = concerns.first { $0.key == 5 }!
        let row = concerns.firstIndex { $0.key != 5 && $0.key != nil }!
        harness.state.codebook.row = row
        harness.press(.char("5"))
        let message =
            "Bound key 5 to \(concerns[row].name); taken from \(holder.name), which now has key \(concerns[row].key!)"
        XCTAssertEqual(harness.state.message, message)
        let shown = messageRows(harness)
        XCTAssertEqual(shown.joined().filter { $0 != " " }, message.filter { $0 != " " })
    }

    func testATooLongMessagePointsToMAndMShowsItWholeNewestFirst() {
        var harness = Harness(width: 40, height: 12)
        harness.state.message = "First"
        harness.press(.char("j"))
        let long = String(repeating: "a very long message ", count: 8) + "END"
        harness.state.message = long
        let rows = messageRows(harness)
        XCTAssertEqual(rows.count, MessageLine.maxRows)
        guard rows.count == MessageLine.maxRows else { return }
        XCTAssertTrue(rows[MessageLine.maxRows - 1].hasSuffix("(M shows all)"), "\(rows)")
        harness.press(.char("M"))
        XCTAssertEqual(harness.state.modal, .messages(scroll: 0))
        let screen = harness.screen
        XCTAssertTrue(screen.trimmedLine(1).contains("Recent messages, newest first"))
        XCTAssertTrue(screen.trimmedLine(2).hasPrefix(" 10:00 a very long message"), screen.trimmedLine(2))
        let text = (2..<11).map { screen.trimmedLine($0) }.joined(separator: "\n")
        XCTAssertTrue(text.contains("END"), "the whole message is shown")
        XCTAssertLessThan(text.range(of: "END")!.lowerBound, text.range(of: "First")!.lowerBound, "newest first")
        harness.press(.char("q"))
        XCTAssertNil(harness.state.modal)
    }

    func testTheLogKeepsOnlyTheRecentMessages() {
        var state = Harness().state
        for number in 1...(MessageLog.capacity + 5) { state.message = "Message \(number)" }
        XCTAssertEqual(state.messages.entries.count, MessageLog.capacity)
        XCTAssertEqual(state.messages.entries.first?.text, "Message 6")
    }
}
