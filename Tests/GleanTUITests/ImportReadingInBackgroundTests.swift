import GleanTUI
import XCTest

@testable import GleanCore

/// `i`'s reading of the input runs in the background: the status bar says what is being read, keys go on working, and
/// Esc cancels it so that no preview opens and nothing is imported.
final class ImportReadingInBackgroundTests: XCTestCase {
    private let path = "forms/may.csv"

    private func start(_ harness: inout Harness) -> [Effect] {
        harness.press(.char("i"))
        harness.type(path)
        return harness.press(.enter)
    }

    private func preview() -> ImportPreview {
        var batch = ImportBatch()
        batch.rows = 1
        batch.logs = [
            Log(
                id: "", participant: "NEW-01", date: Day(iso: "2020-05-16")!,
                sections: [LogSection(prompt: "Progress", text: "Going well.")])
        ]
        batch.participants = [Participant(code: "NEW-01")]
        var preview = ImportPreview(path: path, batch: batch)
        preview.isReread = false
        return preview
    }

    func testTheStatusBarSaysWhatIsReadAndHowToCancelWhileKeysGoOnWorking() {
        for (width, height) in [(80, 24), (40, 12)] {
            var harness = Harness(width: width, height: height)
            XCTAssertEqual(start(&harness), [.readImport(path: path)])
            XCTAssertEqual(harness.state.importReading, ImportReadingJob(path: path))
            XCTAssertEqual(harness.state.message, "Reading may.csv… Esc cancels")
            let selected = harness.state.logs.selected
            harness.press(.char("j"))
            XCTAssertEqual(harness.state.logs.selected, selected + 1, "keys go on working")
            harness.assertStatusBarEnds(with: width == 80 ? "Reading may.csv… Esc cancels" : "Reading…")
        }
    }

    func testTheAwaitedReadOpensThePreview() {
        var harness = Harness()
        _ = start(&harness)
        _ = Update.reduce(&harness.state, .importRead(preview()), harness.environment)
        XCTAssertEqual(harness.state.screen, .importPreview)
        XCTAssertNil(harness.state.importReading)
        XCTAssertFalse(harness.screen.lines.joined().contains("Reading"), "the status bar no longer says it is reading")
    }

    func testEscCancelsTheReadAndItsLateOutcomeOpensNoPreview() {
        var harness = Harness()
        _ = start(&harness)
        XCTAssertEqual(harness.press(.escape), [.cancelImportReading])
        XCTAssertEqual(harness.state.message, "Import cancelled; nothing was imported")
        XCTAssertFalse(harness.screen.trimmedLine(23).contains("Reading"), harness.screen.trimmedLine(23))
        _ = Update.reduce(&harness.state, .importRead(preview()), harness.environment)
        XCTAssertEqual(harness.state.screen, .logs)
        XCTAssertNil(harness.state.importPreview)
        XCTAssertNil(harness.state.importReading)
        assertNoDifference(harness.state.project, Harness.sample)
    }

    func testALateFailureOfACancelledReadSaysNothingMore() {
        var harness = Harness()
        _ = start(&harness)
        harness.press(.escape)
        _ = Update.reduce(
            &harness.state, .importFailed(EffectFailure(ProjectError(file: "logs.csv", problem: "no such file"))),
            harness.environment)
        XCTAssertEqual(harness.state.message, "Import cancelled; nothing was imported")
        XCTAssertNil(harness.state.importReading)
    }
}
