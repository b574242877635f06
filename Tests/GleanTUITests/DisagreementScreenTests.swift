import GleanTUI
import XCTest

@testable import GleanCore

/// The Disagreements screen (D from Logs or Counts) and its side-by-side comparison: what is listed and how, the
/// two codings highlighted, one column at a time at 40×12, and deciding with 1/2, b and 0, undone with u.
final class DisagreementScreenTests: XCTestCase {
    /// Two logs of fortnight 1: in P-0's ada tags Access and ben tags Calm (two disagreements); in P-1's both tag
    /// Access.
    static let project: Project = {
        let text = "Access is hard. Other things happen. Calm days."
        let logs = (0..<2).map { index in
            Log(
                id: "P-\(index)-log", participant: "P-\(index)", date: Day(iso: "2020-04-1\(index)")!,
                sections: [LogSection(prompt: "Concerns", text: text)])
        }
        func quote(_ coder: String, _ log: Int, _ range: Range<Int>, _ concern: String) -> Quote {
            Quote(
                id: "\(coder)-\(concern)-\(log)", log: "P-\(log)-log", participant: "P-\(log)", section: 0,
                start: range.lowerBound,
                end: range.upperBound, concerns: [concern], coder: coder, created: "2020-04-21T09:00:00Z")
        }
        let quotes = [
            quote("ada", 0, 0..<15, "access"), quote("ben", 0, 37..<47, "calm"), quote("ada", 1, 0..<15, "access"),
            quote("ben", 1, 0..<15, "access"),
        ]
        let concerns = ["access", "calm"].enumerated().map {
            Concern(
                id: $0.element, name: $0.element.capitalized, colour: $0.offset == 0 ? "#3366CC" : "#CC6633",
                key: $0.offset + 1, theme: "Concerns")
        }
        return Project(
            programme: Programme(name: "Disagreements", start: Day(iso: "2020-04-06")!),
            participants: (0..<2).map { Participant(code: "P-\($0)") }, codebook: Codebook(concerns: concerns),
            fortnights: [1: Fortnight(number: 1, logs: logs, quotes: quotes.sorted(by: Quote.precedes))])
    }()

    private func opened(width: Int = 80, height: Int = 24, colour: Bool = true) -> Harness {
        var harness = Harness(project: Self.project, width: width, height: height, colour: colour)
        harness.press(.char("D"))
        return harness
    }

    private func rows(_ buffer: ScreenBuffer) -> [String] {
        (0..<buffer.height).map(buffer.trimmedLine)
    }

    private func column(of text: String, inRow y: Int, _ buffer: ScreenBuffer) throws -> Int {
        let line = buffer.line(y)
        let range = try XCTUnwrap(line.range(of: text), "\(text) not in \(line)")
        return line.distance(from: line.startIndex, to: range.lowerBound)
    }

    func testDOnLogsListsOpenDisagreementsWithTheirStatusInTheWarningStyle() throws {
        let harness = opened()
        XCTAssertEqual(harness.state.screen, .disagreements)
        let screen = harness.screen
        XCTAssertEqual(screen.trimmedLine(1), " Disagreements · 2 open, 0 decided")
        XCTAssertEqual(screen.trimmedLine(2), " open    F1 P-0 10 Apr Access")
        XCTAssertEqual(screen.trimmedLine(3), " open    F1 P-0 10 Apr Calm")
        XCTAssertTrue(
            rows(screen).contains(" Access: tagged by ada; not by ben · open"), screen.lines.joined(separator: "\n"))
        XCTAssertTrue(screen.style(x: 1, y: 2).reverse, "the selected row is reversed")
        XCTAssertEqual(screen.style(x: 1, y: 3).foreground, .red, "open in the warning colour")
        XCTAssertTrue(screen.style(x: 1, y: 3).bold)
        let calm = try column(of: "Calm", inRow: 3, screen)
        XCTAssertNotEqual(screen.style(x: calm, y: 3), Style(), "the concern in its own look")
    }

    func testAcceptingACodingRecordsTheDecisionMovesItDownAndUndoReopensIt() throws {
        var harness = opened()
        let effects = harness.press(.char("1"))
        let decision = CodingDecision(
            log: "P-0-log", concern: "access", accepted: ["ada"], by: "tester", made: "2026-11-25T10:00:00Z")
        XCTAssertEqual(
            effects,
            [
                .record(
                    Edit(
                        summary: "Decided Access in P-0's log of 10 Apr: ada's coding",
                        changes: [.decideCoding(fortnight: 1, decision: decision)]))
            ])
        XCTAssertEqual(harness.state.project.fortnight(1).decisions, [decision])
        let screen = harness.screen
        XCTAssertEqual(screen.trimmedLine(1), " Disagreements · 1 open, 1 decided")
        XCTAssertEqual(screen.trimmedLine(3), " decided F1 P-0 10 Apr Access")
        XCTAssertTrue(screen.style(x: 1, y: 3).dim, "decided ones are dim")
        XCTAssertEqual(harness.state.disagreements.selected, 0, "the selection moves to the next open one")
        harness.press(.char("0"))
        XCTAssertEqual(harness.state.project.fortnight(1).decisions.map(\.accepted), [["ada"], []])
        harness.press(.char("u"), .char("u"))
        assertNoDifference(harness.state.project, Self.project)
    }

    func testTheComparisonShowsBothCodingsSideBySideAndFollowsItsDisagreementWhenDecided() throws {
        var harness = opened()
        harness.press(.enter)
        XCTAssertEqual(harness.state.screen, .comparison)
        var screen = harness.screen
        XCTAssertEqual(screen.trimmedLine(1), " Access · P-0 10 Apr · F1")
        XCTAssertEqual(screen.trimmedLine(2), " Open · tagged by ada; not by ben")
        let left = try column(of: "1 ada: tagged", inRow: 3, screen)
        let right = try column(of: "2 ben: not tagged", inRow: 3, screen)
        XCTAssertTrue(screen.line(5).contains("Access is hard."), screen.line(5))
        for offset in 0..<14 {
            XCTAssertTrue(screen.style(x: left + offset, y: 5).underline, "ada's passage is highlighted")
            XCTAssertFalse(screen.style(x: right + offset, y: 5).underline, "ben did not tag Access there")
        }
        XCTAssertFalse(screen.style(x: left + 16, y: 5).underline, "only the passage")
        harness.press(.char("2"))
        screen = harness.screen
        XCTAssertEqual(
            screen.trimmedLine(1), " Access · P-0 10 Apr · F1",
            "still the same disagreement though it moved down the list")
        XCTAssertEqual(screen.trimmedLine(2), " Decided: ben's coding (by tester) · tagged by ada; not by ben")
        XCTAssertEqual(screen.style(x: right, y: 3).foreground, .green, "the accepted coding's header")
        XCTAssertTrue(screen.style(x: left, y: 3).dim, "the other's dim")
        XCTAssertTrue(
            FortnightSummary(project: harness.state.project, fortnight: 1).allConcerns[0].raisedBy.hasPrefix(
                "raised by 1 of 2 "))
    }

    func testAt40x12OneFacilitatorAtATimeWithNothingCut() throws {
        var harness = opened(width: 40, height: 12)
        var screen = harness.screen
        XCTAssertTrue(
            rows(screen).contains(" Access: tagged by ada; not by ben ·"), screen.lines.joined(separator: "\n"))
        XCTAssertTrue(rows(screen).contains(" open"), screen.lines.joined(separator: "\n"))
        harness.press(.enter)
        screen = harness.screen
        XCTAssertEqual(screen.trimmedLine(3), " 1 ada: tagged (1 of 2, ←→)")
        XCTAssertTrue(screen.style(x: 1, y: 5).underline)
        harness.press(.right)
        screen = harness.screen
        XCTAssertEqual(screen.trimmedLine(3), " 2 ben: not tagged (2 of 2, ←→)")
        XCTAssertFalse(screen.style(x: 1, y: 5).underline)
        XCTAssertFalse(screen.lines.joined().contains("…"), screen.lines.joined(separator: "\n"))
    }

    func testCountsSaysWhoseCodingAndABlindViewRefusesTheScreen() throws {
        var harness = Harness(project: Self.project)
        harness.press(.tab)
        XCTAssertTrue(
            rows(harness.screen).contains(" Coding by ada and ben; 0 disagreements decided, 2 open"),
            harness.screen.lines.joined(separator: "\n"))
        harness.press(.char("D"))
        XCTAssertEqual(harness.state.screen, .disagreements)
        var blind = Harness(project: Self.project)
        blind.state.coding.view = .blind
        blind.press(.char("D"))
        XCTAssertEqual(blind.state.screen, .logs)
        XCTAssertEqual(blind.state.message, "Disagreements show everyone's coding: press v for everyone's view first")
    }

    func testTheQuotesBehindACountsCellAreTheAgreedCodingsAsItsFigureIs() throws {
        var harness = opened()
        harness.press(.char("0"), .char("q"), .tab)
        XCTAssertEqual(harness.state.screen, .counts)
        harness.press(.enter)
        XCTAssertEqual(harness.state.screen, .quoteList)
        XCTAssertEqual(
            harness.state.listedQuotes.map(\.id), ["ada-access-1", "ben-access-1"],
            "neither's Access in P-0's log is not behind the cell")
        XCTAssertTrue(harness.screen.trimmedLine(1).hasSuffix("fortnight 1 · 2 quotes"), harness.screen.trimmedLine(1))
    }
}
