import GleanCore
import GleanTUI
import XCTest

/// `e`'s export runs in the background: the status bar says what is being written, keys go on working, and Esc
/// cancels it.
final class ExportInBackgroundTests: XCTestCase {
    private let csv = SummaryExport.fileName(fortnight: 3, format: .csv)

    /// Picks the CSV export (no figures, so no question about provisional counts) of the fortnight on screen.
    private func start(_ harness: inout Harness) -> [Effect] {
        harness.press(.char("e"), .down, .down)
        return harness.press(.enter)
    }

    private func text(_ screen: ScreenBuffer) -> String {
        (0..<screen.height).map { screen.trimmedLine($0) }.joined(separator: "\n")
    }

    func testChoosingAFormatStartsTheExportAndTheStatusBarSaysWhatIsWrittenAndHowToCancel() {
        for (width, height) in [(80, 24), (40, 12)] {
            var harness = Harness(width: width, height: height)
            XCTAssertEqual(start(&harness), [.export(fortnight: 3, format: .csv)])
            XCTAssertEqual(harness.state.exporting, ExportJob(fortnight: 3, format: .csv))
            let message = "Exporting \(csv)… Esc cancels"
            XCTAssertEqual(harness.state.message, message)
            XCTAssertEqual(
                text(harness.screen).filter { !$0.isWhitespace }.contains(message.filter { !$0.isWhitespace }), true,
                "at \(width)×\(height):\n\(text(harness.screen))")

            harness.press(.char("j"))
            XCTAssertNil(harness.state.message, "the next key clears the message")
            harness.assertStatusBarEnds(with: width == 80 ? message : "Exporting…")
        }
    }

    func testKeysGoOnWorkingWhileTheExportRuns() {
        var harness = Harness()
        _ = start(&harness)
        let selected = harness.state.logs.selected
        XCTAssertEqual(harness.press(.char("j")), [])
        XCTAssertEqual(harness.state.logs.selected, selected + 1)
        let effects = harness.press(.char("d"))
        guard case .record = effects.first else { return XCTFail("marking a log done is an edit: \(effects)") }
        XCTAssertNotNil(harness.state.exporting)
    }

    func testEscCancelsTheExportAndItsOutcomeSaysSo() {
        var harness = Harness()
        _ = start(&harness)
        XCTAssertEqual(harness.press(.escape), [.cancelExport])
        XCTAssertNil(harness.state.exporting)
        XCTAssertEqual(harness.state.message, "Export cancelled; nothing was written")
        XCTAssertFalse(harness.state.quitting)
        XCTAssertEqual(Update.reduce(&harness.state, .exportCancelled, harness.environment), [])
        XCTAssertEqual(harness.state.message, "Export cancelled; nothing was written")
        XCTAssertFalse(harness.screen.trimmedLine(23).contains("Exporting"), harness.screen.trimmedLine(23))
    }

    func testAnExportFinishedBeforeEscCouldStopItSaysWhereItWasWritten() {
        var harness = Harness()
        _ = start(&harness)
        harness.press(.escape)
        _ = Update.reduce(&harness.state, .exported("exports/\(csv)"), harness.environment)
        XCTAssertEqual(harness.state.message, "Exported the summary to exports/\(csv)")
    }

    func testEscClosesAnOpenHelpFirstAndLeavesTheExportGoing() {
        var harness = Harness()
        _ = start(&harness)
        harness.press(.char("?"))
        XCTAssertEqual(harness.press(.escape), [])
        XCTAssertNil(harness.state.modal)
        XCTAssertNotNil(harness.state.exporting)
    }

    func testASecondExportWaitsForTheFirstAndTheOutcomeEndsIt() {
        var harness = Harness()
        _ = start(&harness)
        XCTAssertEqual(start(&harness), [])
        XCTAssertEqual(harness.state.message, "Still exporting \(csv); Esc cancels it")
        let full = EffectFailure(ProjectError(file: "exports", problem: "disk full"))
        _ = Update.reduce(&harness.state, .exportFailed(full), harness.environment)
        XCTAssertNil(harness.state.exporting)
        XCTAssertEqual(harness.state.message, "Export failed: exports: disk full")
        XCTAssertEqual(start(&harness), [.export(fortnight: 3, format: .csv)])
    }
}
