import GleanCore
import GleanTUI
import XCTest

/// Marking logs done with `d`, what the Logs and Counts screens show of coding progress, and the confirmation before
/// exporting a provisional fortnight.
final class CodingProgressScreenTests: XCTestCase {
    func testDOnTheLogsScreenMarksTheSelectedLogDoneAsOneUndoableEdit() {
        var harness = Harness()
        harness.press(.down)
        let log = "EE-09-2020-05-12"
        XCTAssertEqual(harness.state.selectedLog?.id, log)
        let effects = harness.press(.char("d"))
        let edit = Edit(
            summary: "Marked \(log) of fortnight 3 done", changes: [.setLogDone(fortnight: 3, log: log, done: true)])
        XCTAssertEqual(effects, [.record(edit)])
        XCTAssertEqual(harness.state.project.fortnight(3).progress(ofLog: log), .done)
        XCTAssertEqual(harness.state.message, "Marked \(log) of fortnight 3 done · 12/26 done")
        XCTAssertTrue(harness.screen.trimmedLine(2).hasPrefix(" 26 logs · 12/26 done (provisional)"))
        XCTAssertTrue(harness.screen.trimmedLine(4).contains("● EE-09"), harness.screen.trimmedLine(4))
        harness.press(.char("d"))
        XCTAssertEqual(
            harness.state.project.fortnight(3).progress(ofLog: log), .notStarted, "d again marks it not done")
        harness.press(.char("u"), .char("u"))
        assertNoDifference(harness.state.project, Harness.sample, "undo takes both back")
    }

    func testDInTheReaderMarksTheOpenLogAndTheHeaderSaysSo() {
        var harness = Harness()
        harness.press(.down, .down, .enter)
        XCTAssertTrue(harness.screen.trimmedLine(1).hasSuffix("◐ in progress · 3/26"), harness.screen.trimmedLine(1))
        harness.press(.char("d"))
        XCTAssertEqual(harness.state.project.fortnight(3).progress(ofLog: "EE-11-2020-05-14"), .done)
        XCTAssertTrue(harness.screen.trimmedLine(1).hasSuffix("● done · 3/26"), harness.screen.trimmedLine(1))
        XCTAssertEqual(harness.state.screen, .reader, "the Reader stays open")
    }

    func testTheStillToCodeFilterDropsALogOnceItIsDone() {
        var harness = Harness()
        harness.press(.char("f"), .down, .down, .enter)
        XCTAssertEqual(harness.state.logs.filter, .toCode)
        XCTAssertTrue(harness.screen.trimmedLine(2).hasSuffix("· still to code"))
        let first = harness.state.selectedLog?.id
        harness.press(.char("d"))
        XCTAssertEqual(harness.state.visibleLogs.count, 14)
        XCTAssertFalse(harness.state.visibleLogs.contains { $0.id == first })
    }

    func testCountsMarksAProvisionalFortnightAndTheMarkGoesWhenEveryLogIsDone() throws {
        var harness = Harness()
        harness.press(.tab)
        var buffer = harness.screen
        let header = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("Concern ") })
        XCTAssertTrue(buffer.lines[header].contains("F2 3 May   F3 17 May*"), buffer.lines[header])
        let legend = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("provisional (F3 11/26 logs done)") })
        XCTAssertEqual(legend, 22, "the legend sits above the status bar")
        let wellbeing = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("Staff wellbeing") })
        let x = try XCTUnwrap(
            Array(buffer.lines[wellbeing]).indices.first {
                Array(buffer.lines[wellbeing])[$0...].starts(with: "9 35% *")
            })
        XCTAssertTrue(buffer.style(x: x, y: wellbeing).dim, "a provisional figure is dimmed")
        XCTAssertFalse(buffer.style(x: x - 11, y: wellbeing).dim, "a done fortnight's figure is not")

        var project = harness.state.project
        project.apply(try XCTUnwrap(try LogCompletion.edit(project, fortnight: 3, done: true)))
        harness = Harness(project: project)
        harness.press(.tab)
        buffer = harness.screen
        XCTAssertFalse(buffer.lines.joined().contains("provisional"))
        XCTAssertTrue(buffer.lines[wellbeing].contains("9 35% ▲10"), buffer.lines[wellbeing])
    }

    func testExportingAProvisionalFortnightAsksFirst() {
        var harness = Harness()
        harness.press(.char("e"))
        let effects = harness.press(.enter)
        XCTAssertEqual(effects, [], "nothing is exported before the answer")
        guard case .confirm(let confirmation) = harness.state.modal else { return XCTFail("no confirmation") }
        XCTAssertEqual(
            confirmation.question, "Fortnight 3 is provisional: 15 of 26 logs still to code. Export anyway? y/n")
        XCTAssertTrue(
            harness.screen.lines.joined().contains("Fortnight 3 is provisional: 15 of 26 logs still to code."))
        XCTAssertEqual(harness.press(.char("n")), [])
        XCTAssertNil(harness.state.modal)
        XCTAssertEqual(harness.state.message, "Nothing was exported")
        harness.press(.char("e"), .enter)
        XCTAssertEqual(harness.press(.char("y")), [.export(fortnight: 3, format: .markdown)])
        _ = Update.reduce(&harness.state, .exported("exports/summary-fortnight-003.md"), harness.environment)

        harness.press(.left)
        XCTAssertEqual(
            harness.press(.char("e"), .enter), [.export(fortnight: 2, format: .markdown)],
            "a done fortnight exports at once")
    }
}
