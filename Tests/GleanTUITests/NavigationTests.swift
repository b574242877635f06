import GleanTUI
import XCTest

@testable import GleanCore

final class NavigationTests: XCTestCase {
    func testOpensOnTheLatestFortnightWithTheFirstLogSelected() {
        let harness = Harness()
        XCTAssertEqual(harness.state.screen, .logs)
        XCTAssertEqual(harness.state.logs.fortnight, 3)
        XCTAssertEqual(harness.state.selectedLog?.id, Harness.sample.fortnight(3).logs.first?.id)
    }

    func testQGoesBackAndQuitsFromTheTop() {
        var harness = Harness()
        harness.press(.enter)
        harness.assert(.char("q")) { state in
            state.screen = .logs
            state.stack = []
        }
        harness.press(.tab)
        XCTAssertEqual(harness.state.screen, .counts)
        harness.press(.char("q"))
        XCTAssertEqual(harness.state.screen, .logs)
        harness.assert(.char("q"), effects: [.quit]) { state in state.quitting = true }
    }

    func testTabCyclesLogsCountsCodebook() {
        var harness = Harness()
        harness.press(.tab)
        XCTAssertEqual(harness.state.screen, .counts)
        harness.press(.tab)
        XCTAssertEqual(harness.state.screen, .codebook)
        harness.press(.tab)
        XCTAssertEqual(harness.state.screen, .logs)
        harness.press(.backTab)
        XCTAssertEqual(harness.state.screen, .codebook)
        harness.press(.tab, .enter)
        harness.press(.tab)
        XCTAssertEqual(harness.state.screen, .counts)
        XCTAssertEqual(harness.state.stack, [])
    }

    func testArrowsChangeFortnightAndStopAtTheEnds() {
        var harness = Harness()
        harness.press(.down, .down)
        harness.assert(.left) { state in
            state.logs.fortnight = 2
            state.logs.selected = 0
        }
        harness.press(.char("h"), .char("h"))
        XCTAssertEqual(harness.state.logs.fortnight, 1)
        harness.press(.right, .right, .right)
        XCTAssertEqual(harness.state.logs.fortnight, 3)
    }

    func testFiltersByNoQuotesStillToCodeAndByAttribute() {
        var harness = Harness()
        harness.press(.char("f"), .down, .enter)
        XCTAssertEqual(harness.state.logs.filter, .noQuotes)
        XCTAssertEqual(harness.state.visibleLogs.count, 12)
        harness.press(.char("f"), .down, .enter)
        XCTAssertEqual(harness.state.logs.filter, .toCode)
        XCTAssertEqual(harness.state.visibleLogs.count, 15, "the 12 logs with no quotes and the 3 in progress")
        XCTAssertTrue(
            harness.state.visibleLogs.allSatisfy { Harness.sample.fortnight(3).progress(ofLog: $0.id) != .done })
        harness.press(.char("f"))
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("no picker") }
        let primary = picker.options.firstIndex(of: "care setting: primary")!
        for _ in 0..<(primary - picker.selected) { harness.press(.down) }
        harness.press(.enter)
        XCTAssertEqual(harness.state.logs.filter, .attribute(name: "care setting", value: "primary"))
        XCTAssertTrue(
            harness.state.visibleLogs.allSatisfy {
                Harness.sample.participant(code: $0.participant)?.attributes["care setting"] == "primary"
            })
        XCTAssertFalse(harness.state.visibleLogs.isEmpty)
    }

    func testTheNoteMenuOpensEachPartInTheMultiLineEditor() {
        var harness = Harness()
        harness.press(.char("n"))
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("no menu") }
        XCTAssertEqual(picker.options, ["Opening", "Closing heading", "Closing text", "What's next?"])
        harness.press(.enter)
        harness.type("Concerns are growing.")
        harness.press(.control("s"))
        harness.press(.char("n"), .down, .down, .down, .enter)
        harness.type("Who is left out?")
        harness.press(.enter)
        harness.type("How are teams coping?")
        let effects = harness.press(.control("s"))
        let note = FortnightNote(opening: "Concerns are growing.", next: ["Who is left out?", "How are teams coping?"])
        XCTAssertEqual(
            effects,
            [.record(Edit(summary: "Saved What's next? · Fortnight 3", changes: [.setNote(fortnight: 3, note: note)]))])
        XCTAssertEqual(harness.state.project.fortnight(3).note, note)
        XCTAssertNil(harness.state.modal)
        harness.press(.char("n"), .enter, .escape)
        XCTAssertNil(harness.state.modal)
        XCTAssertEqual(harness.state.message, "Left as it was")
    }

    func testSearchMovesToMatchesAndNSteps() {
        var harness = Harness()
        harness.press(.char("/"))
        harness.type("caravan")
        harness.press(.enter)
        XCTAssertEqual(harness.state.search, "caravan")
        XCTAssertEqual(harness.state.selectedLog?.participant, "EE-04")
        harness.press(.char("/"), .control("u"))
        harness.type("psychiatrist")
        harness.press(.enter)
        let first = harness.state.selectedLog?.participant
        harness.press(.char("n"))
        XCTAssertEqual(
            harness.state.selectedLog?.participant, first, "only one psychiatrist in fortnight 3, so n wraps to it")
        XCTAssertNil(harness.state.modal, "n steps the search instead of opening the note while searching")
        harness.press(.escape)
        XCTAssertNil(harness.state.search)
        harness.press(.char("/"))
        harness.type("zebra")
        harness.press(.enter)
        XCTAssertEqual(harness.state.message, "No log in fortnight 3 matches “zebra”")
    }

    func testSearchInTheReaderSelectsTheMatchingSentence() {
        var harness = Harness()
        harness.press(.enter, .char("/"))
        harness.type("partners are flat")
        harness.press(.enter)
        let reader = harness.state.reader!
        let text = Harness.sample.fortnight(3).log(id: reader.logID)!.sections[reader.selection.section].text
        XCTAssertEqual(TextSegments.slice(text, reader.selection.range), "The partners are flat.")
    }

    func testACountsCellListsItsQuotesAndOpensOneInTheReader() {
        var harness = Harness()
        harness.press(.tab, .char("G"), .enter)
        XCTAssertEqual(harness.state.screen, .quoteList)
        XCTAssertEqual(harness.state.quoteList?.concern, "staff-wellbeing")
        XCTAssertEqual(harness.state.listedQuotes.count, 9)
        harness.press(.down, .enter)
        let quote = harness.state.listedQuotes[1]
        XCTAssertEqual(harness.state.screen, .reader)
        XCTAssertEqual(harness.state.reader?.logID, quote.log)
        XCTAssertEqual(harness.state.reader?.selection, TextSelection(section: quote.section, range: quote.range))
        harness.press(.char("q"), .char("q"))
        XCTAssertEqual(harness.state.screen, .counts)
    }

    func testCountsCursorWindowAndBreakdown() {
        var harness = Harness()
        harness.press(.tab, .left)
        XCTAssertEqual(harness.state.counts.fortnight, 2)
        harness.press(.char("+"), .char("-"), .char("-"))
        XCTAssertEqual(harness.state.counts.window, 2)
        harness.press(.char("b"))
        XCTAssertEqual(harness.state.counts.breakdown, "care setting")
        harness.press(.right, .enter)
        XCTAssertEqual(harness.state.quoteList?.attribute, AttributeValue(name: "care setting", value: "mental health"))
        XCTAssertEqual(harness.state.quoteList?.fortnight, 2)
        harness.press(.char("q"), .char("b"), .char("b"), .char("b"))
        XCTAssertNil(harness.state.counts.breakdown)
    }

    func testCodebookRekeySwapsAndUndoRestores() {
        var harness = Harness()
        harness.press(.tab, .tab)
        let effects = harness.press(.char("3"))
        XCTAssertEqual(effects.count, 1)
        XCTAssertEqual(harness.state.project.codebook.concern(forKey: 3)?.id, "improvement-tools")
        XCTAssertEqual(harness.state.project.codebook.concern(forKey: 1)?.id, "integrated-pathways")
        harness.press(.char("u"))
        XCTAssertEqual(harness.state.project.codebook, Harness.sample.codebook)
    }

    func testCodebookAddRenameDescribeRecolour() {
        var harness = Harness()
        harness.press(.tab, .tab, .char("G"), .char("a"))
        harness.type("Workforce capacity")
        harness.press(.enter, .char("j"), .enter)
        let added = harness.state.project.codebook.concerns.last
        XCTAssertEqual(added?.id, "workforce-capacity")
        XCTAssertEqual(added?.theme, "Growing concerns")
        XCTAssertNil(added?.key, "all nine keys are taken")
        XCTAssertEqual(harness.state.codebook.row, 9)
        harness.press(.char("r"), .control("u"))
        harness.type("Staffing")
        harness.press(.enter, .char("d"))
        harness.type("Too few people for the work.")
        harness.press(.enter, .char("c"))
        let concern = harness.state.project.codebook.concerns[9]
        XCTAssertEqual(concern.name, "Staffing")
        XCTAssertEqual(concern.description, "Too few people for the work.")
        XCTAssertNotEqual(concern.colour, added?.colour)
        harness.press(.char("u"), .char("u"), .char("u"), .char("u"))
        XCTAssertEqual(harness.state.project.codebook, Harness.sample.codebook)
    }

    func testResizeIsRemembered() {
        var harness = Harness()
        _ = Update.reduce(&harness.state, .resized(TerminalSize(width: 40, height: 12)), harness.environment)
        XCTAssertEqual(harness.state.size, TerminalSize(width: 40, height: 12))
    }

    func testSaveOutcomesShowInTheState() {
        var harness = Harness()
        harness.press(.enter, .char("1"))
        XCTAssertEqual(harness.state.saveState, .saving)
        let full = EffectFailure(ProjectError(file: "journal.jsonl", problem: "disk full"))
        _ = Update.reduce(&harness.state, .saveFailed(full), harness.environment)
        XCTAssertEqual(harness.state.saveState, .failed("journal.jsonl: disk full"))
        _ = Update.reduce(&harness.state, .saved, harness.environment)
        XCTAssertEqual(harness.state.saveState, .saved)
    }

    func testExportAsksForTheCurrentFortnight() {
        var harness = Harness()
        harness.press(.left)
        XCTAssertEqual(harness.press(.char("e")), [])
        XCTAssertEqual(harness.press(.down, .enter), [.export(fortnight: 2, format: .html)])
    }
}
