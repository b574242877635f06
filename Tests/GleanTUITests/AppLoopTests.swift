import Foundation
import GleanTUI
import XCTest

@testable import GleanCore

/// The runtime loop, run in process on a `ScriptedTerminal` and a project on disk: it draws, takes keys, performs
/// effects, keeps drawing and taking keys while background work runs, and quits.
final class AppLoopTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-loop-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs the loop on `terminal` over a new copy of the sample, its background work on `queue`.
    private func run(_ terminal: ScriptedTerminal, workQueue queue: DispatchQueue = .global()) throws {
        let store = try ProjectStore.create(Harness.sample, in: folder)
        let ids = IDSequence()
        let environment = UpdateEnvironment(
            now: { "2026-12-03T08:00:00Z" }, newID: { ids.make() }, coder: Harness.tester.id)
        try AppLoop.run(
            on: terminal, store: store, facilitator: Harness.tester, environment: environment, greeting: "Welcome",
            processEnvironment: [:], workQueue: queue)
    }

    private var journal: String {
        (try? String(contentsOf: ProjectLayout(root: folder).journal, encoding: .utf8)) ?? ""
    }

    private var exports: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: ProjectLayout(root: folder).exportsFolder.path)) ?? []
    }

    func testTheLoopDrawsTheFirstFrameRecordsAnEditInTheJournalAndQuits() throws {
        var journalAfterEdit = ""
        var terminal: ScriptedTerminal!
        terminal = ScriptedTerminal([
            .run { XCTAssertTrue(terminal.lastFrame.contains("Welcome"), terminal.lastFrame) },
            .key(.char("d")),
            .run { journalAfterEdit = self.journal },
            .key(.char("q")),
        ])
        try run(terminal)
        let first = try XCTUnwrap(terminal.frames.first)
        XCTAssertTrue(first.line(0).contains("Logs"), first.line(0))
        XCTAssertTrue(
            journalAfterEdit.contains("done"), "the edit is in the journal before the next key: \(journalAfterEdit)")
        XCTAssertEqual(terminal.frames.count, 2, "one frame before each key")
        XCTAssertTrue(terminal.lastFrame.contains("✓ saved"), terminal.lastFrame)
        let reopened = try ProjectStore.open(folder).opened
        XCTAssertNotEqual(reopened, Harness.sample, "the edit was folded into the project on the way out")
    }

    func testKeysAreTakenAndFramesDrawnWhileAnExportRuns() throws {
        let queue = DispatchQueue(label: "held export")
        queue.suspend()
        let name = SummaryExport.fileName(fortnight: 3, format: .csv)
        var terminal: ScriptedTerminal!
        var shownBeforeDown: ScreenBuffer?
        var shownWhileExporting: ScreenBuffer?
        terminal = ScriptedTerminal([
            .key(.char("e")), .key(.down), .key(.down), .key(.enter),
            .run { shownBeforeDown = terminal.frames.last },
            .key(.down),
            .run { shownWhileExporting = terminal.frames.last },
            .run { queue.resume() },
            .waitFor("Exported the summary"),
            .key(.char("q")),
        ])
        try run(terminal, workQueue: queue)
        XCTAssertEqual(terminal.handedOut.last { $0.key == .down }?.whileBusy, true, "↓ was taken while the export ran")
        let whileExporting = try XCTUnwrap(shownWhileExporting)
        XCTAssertTrue(whileExporting.line(23).contains("Exporting"), whileExporting.line(23))
        XCTAssertNotEqual(whileExporting, shownBeforeDown, "a frame was drawn for ↓, the selection moved")
        XCTAssertEqual(exports, [name])
    }

    func testEscCancelsAnExportAndNothingIsWritten() throws {
        let queue = DispatchQueue(label: "held export")
        queue.suspend()
        var terminal: ScriptedTerminal!
        terminal = ScriptedTerminal([
            .key(.char("e")), .key(.down), .key(.down), .key(.enter),
            .key(.escape),
            .run { queue.resume() },
            .waitFor("Export cancelled; nothing was written"),
            .key(.char("q")),
        ])
        try run(terminal, workQueue: queue)
        XCTAssertEqual(exports, [], "neither the export nor its staged file is left")
        XCTAssertTrue(terminal.lastFrame.contains("Export cancelled; nothing was written"), terminal.lastFrame)
    }

    func testEscCancelsReadingAnImportAndNoPreviewOpens() throws {
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("glean-loop-\(UUID().uuidString).csv")
        try "Participant,Date,Progress\nNEW-01,2020-05-16,Going well.\n".write(
            to: csv, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: csv) }
        let queue = DispatchQueue(label: "held import")
        queue.suspend()
        var terminal: ScriptedTerminal!
        terminal = ScriptedTerminal(
            [.key(.char("i"))] + csv.path.map { .key(.character($0)) } + [
                .key(.enter),
                .key(.escape),
                .run { queue.resume() },
                .waitFor("Import cancelled; nothing was imported"),
                .key(.char("q")),
            ])
        try run(terminal, workQueue: queue)
        XCTAssertFalse(terminal.frames.contains { $0.lines.joined().contains("Import preview") })
        XCTAssertEqual(try ProjectStore.open(folder).opened, Harness.sample)
    }
}
