import GleanTUI
import XCTest

@testable import GleanCore

/// `A` (auto-code the fortnight as one undoable edit), `i` (import with a preview) and `e` (export formats).
final class ImportAndAutocodeTests: XCTestCase {
    func testAutocodeTagsMatchingSentencesAsOneEditThatOneUndoTakesBack() {
        var harness = Harness()
        harness.press(.char("A"))
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("no concern picker") }
        XCTAssertEqual(picker.options.first, "Improvement tools")
        for _ in 0..<7 { harness.press(.down) }
        harness.press(.enter)
        harness.type("headset")
        harness.press(.enter)
        XCTAssertEqual(harness.finishAutocoding(), [])
        let effects = harness.press(.char("y"))
        XCTAssertEqual(effects.count, 1, "one edit, one journal line")
        guard case .record(let edit) = effects.first else { return XCTFail("no edit") }
        XCTAssertGreaterThan(edit.changes.count, 0)
        XCTAssertTrue(harness.state.message?.hasPrefix("Tagged ") == true, harness.state.message ?? "")
        XCTAssertTrue(harness.state.message?.hasSuffix("with Technology and equipment (u undoes)") == true)
        harness.press(.char("u"))
        assertNoDifference(harness.state.project, Harness.sample)
    }

    func testAutocodeWithABadPatternSaysWhy() {
        var harness = Harness()
        harness.press(.char("A"), .enter)
        harness.type("([")
        harness.press(.enter)
        XCTAssertEqual(harness.finishAutocoding(), [])
        assertNoDifference(harness.state.project, Harness.sample)
        XCTAssertNotNil(harness.state.message)
    }

    func testImportAsksForAPathThenPreviewsThenImports() {
        var harness = Harness()
        harness.press(.char("i"))
        harness.type("forms/may.csv")
        XCTAssertEqual(harness.press(.enter), [.readImport(path: "forms/may.csv")])
        var batch = ImportBatch()
        batch.rows = 1
        batch.logs = [
            Log(
                id: "", participant: "NEW-01", date: Day(iso: "2020-05-16")!,
                sections: [LogSection(prompt: "Progress", text: "Going well.")])
        ]
        batch.participants = [Participant(code: "NEW-01")]
        _ = Update.reduce(
            &harness.state, .importRead(ImportPreview(path: "forms/may.csv", batch: batch)), harness.environment)
        XCTAssertEqual(harness.state.screen, .importPreview)
        let text = harness.screen.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Import preview: forms/may.csv"))
        XCTAssertTrue(text.contains("1 rows → 1 logs by 1 participants (1 new); 0 bad rows"))
        XCTAssertTrue(text.contains("NEW-01 · Saturday 16 May 2020 · F3 · Progress: Going well."))
        XCTAssertEqual(harness.press(.enter), [.importLogs(batch)])
        var imported = Harness.sample
        imported.addParticipants(batch.participants)
        imported.addLogs(batch.logs)
        _ = Update.reduce(&harness.state, .imported(imported, "Imported 1 logs"), harness.environment)
        XCTAssertEqual(harness.state.screen, .logs)
        XCTAssertEqual(harness.state.project.fortnight(3).logs.count, 27)
        XCTAssertEqual(harness.state.message, "Imported 1 logs")
    }

    func testAFirstImportShowsTheFortnightItFilled() {
        let empty = Project(programme: Harness.sample.programme)
        var harness = Harness(project: empty)
        XCTAssertEqual(harness.state.logs.fortnight, 1)
        var imported = empty
        let log = Log(
            id: "", participant: "NEW-01", date: Day(iso: "2020-05-16")!,
            sections: [LogSection(prompt: "Progress", text: "Going well.")])
        imported.addParticipants([Participant(code: "NEW-01")])
        imported.addLogs([log])
        _ = Update.reduce(&harness.state, .imported(imported, "Imported 1 logs"), harness.environment)
        XCTAssertEqual(
            harness.state.logs.fortnight, 3, "the empty fortnight 1 gives way to fortnight 3, where the log went")
        XCTAssertTrue(harness.screen.lines.contains { $0.contains("NEW-01") })
    }

    func testExportOffersEveryFormat() {
        var harness = Harness()
        harness.press(.char("e"))
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("no format picker") }
        XCTAssertEqual(picker.options.count, ExportFormat.fortnightFormats.count)
        XCTAssertEqual(harness.press(.down, .down, .enter), [.export(fortnight: 3, format: .csv)])
    }
}
