import XCTest

@testable import GleanCore
@testable import GleanTUI

/// `S` and the status bar's "3 changes to share · 5 new from others": the sync runs as an effect and comes back as
/// events, the status says what waits and shortens to fit, and a project of one facilitator says how to make a team.
final class TeamSyncKeyTests: XCTestCase {
    private let sync = KeyPress.char("S")

    private func team(width: Int = 80, height: Int = 24, pending: PendingEdits? = nil) -> Harness {
        var harness = Harness(width: width, height: height)
        harness.state.team = TeamState()
        harness.state.team?.pending = pending
        return harness
    }

    private func receive(_ event: Event, _ harness: inout Harness) -> [Effect] {
        Update.reduce(&harness.state, event, harness.environment)
    }

    private func statusLine(_ harness: Harness) -> String {
        harness.screen.trimmedLine(harness.state.size.height - 1)
    }

    /// The column where `text` starts in the status bar.
    private func column(of text: String, _ harness: Harness) throws -> Int {
        let line = harness.screen.line(harness.state.size.height - 1)
        let range = try XCTUnwrap(line.range(of: text), "\(text) in \(line)")
        return line[..<range.lowerBound].count
    }

    func testTheKeyIsSOnLogsReaderAndCounts() {
        for context in [KeyContext.logs, .reader, .counts] {
            XCTAssertEqual(KeyMap.command(for: sync, in: context), .sync, "\(context)")
        }
        XCTAssertNil(KeyMap.command(for: sync, in: .codebook))
    }

    func testInAProjectOfOneFacilitatorTheKeySaysHowToMakeATeamAndDoesNothing() {
        var harness = Harness()
        harness.assert(sync) { $0.message = "Not a team project: see glean team init" }
    }

    func testReadOnlyRefusesToSync() {
        var harness = team()
        harness.state.readOnly = true
        harness.assert(sync) { $0.message = "Sync is off in read-only mode (reopen without --read-only to sync)" }
    }

    func testTheKeyStartsASyncAndTheStatusBarSaysSyncingInBoldUntilItEnds() throws {
        var harness = team(pending: PendingEdits(toShare: 2, fromOthers: 0))
        harness.assert(sync, effects: [.sync]) {
            $0.team?.syncing = true
            $0.message = "Syncing…"
        }
        harness.press(.down)
        XCTAssertTrue(statusLine(harness).contains("│ ✓ saved │ Syncing… │ "), statusLine(harness))
        XCTAssertTrue(harness.screen.style(x: try column(of: "Syncing…", harness), y: 23).bold)
        harness.assert(sync) { $0.message = "Already syncing; edits go on being saved meanwhile" }

        let effects = harness.press(.char("d"))
        XCTAssertEqual(effects.count, 1, "edits go on while syncing")
        XCTAssertEqual(receive(.saved, &harness), [], "no count while the sync runs; it counts when it ends")
    }

    func testTheGitPartDoneAsksForTheFoldOnTheRecordingThread() {
        var harness = team()
        harness.press(sync)
        let outcome = TeamSync.Outcome(shared: 1, received: ["ben": 2])
        XCTAssertEqual(receive(.syncExchanged(outcome), &harness), [.refold(outcome)])
    }

    func testSyncedReplacesTheProjectKeepsTheSelectedLogAndSaysWhatCameIn() throws {
        var harness = team()
        harness.state.logs.filter = .noQuotes
        harness.press(.down)
        let above = try XCTUnwrap(harness.state.visibleLogs.first)
        let selected = try XCTUnwrap(harness.state.selectedLog?.id)
        harness.press(sync)
        var project = harness.state.project
        project.apply(
            .putQuote(
                fortnight: 3,
                quote: Quote(
                    id: "from-ben", log: above.id, participant: above.participant, section: 0, start: 0, end: 5,
                    concerns: ["staff-wellbeing"], coder: "ben", created: "2026-12-03T07:00:00Z")))
        let effects = receive(
            .synced(project, names: ["ben": "Ben"], summary: "Synced: shared 0, received 1 (Ben 1)"), &harness)
        XCTAssertEqual(effects, [.countPending])
        assertNoDifference(harness.state.project, project)
        XCTAssertEqual(
            harness.state.selectedLog?.id, selected, "the log above left the list; the same log stays selected")
        XCTAssertEqual(harness.state.team?.syncing, false)
        XCTAssertEqual(harness.state.message, "Synced: shared 0, received 1 (Ben 1)")
        XCTAssertEqual(harness.state.coding.names.name(of: "ben"), "Ben")
    }

    func testAFailedSyncSaysWhyAndStopsSyncing() {
        var harness = team()
        harness.press(sync)
        let effects = receive(.syncFailed("the project has no remote to sync with"), &harness)
        XCTAssertEqual(effects, [.countPending])
        XCTAssertEqual(harness.state.message, "Sync failed: the project has no remote to sync with")
        XCTAssertEqual(harness.state.team?.syncing, false)
    }

    func testNothingIsShownUntilCountedThenTheCountInTheLongestFormThatFits() throws {
        var wide = team(width: 120)
        XCTAssertFalse(statusLine(wide).contains("share"), statusLine(wide))
        _ = receive(.pendingCounted(PendingEdits(toShare: 3, fromOthers: 5)), &wide)
        XCTAssertTrue(
            statusLine(wide).contains("│ ✓ saved │ 3 changes to share · 5 new from others │ "), statusLine(wide))
        XCTAssertTrue(wide.screen.style(x: try column(of: "3 changes", wide), y: 23).bold, "new from others stands out")

        var medium = team(width: 80, pending: PendingEdits(toShare: 1, fromOthers: 0))
        XCTAssertTrue(statusLine(medium).contains("│ ✓ saved │ 1 to share · 0 new │ "), statusLine(medium))
        XCTAssertFalse(medium.screen.style(x: try column(of: "1 to share", medium), y: 23).bold, "nothing new: plain")
        medium.press(.down)
        XCTAssertTrue(statusLine(medium).hasSuffix("? help"), statusLine(medium))

        var narrow = team(width: 40, height: 12, pending: PendingEdits(toShare: 3, fromOthers: 5))
        XCTAssertEqual(statusLine(narrow), " F3 │ ✓ saved │ 3↑ 5↓ │ ? help")
        narrow.press(.char("v"))
        narrow.press(.down)
        XCTAssertEqual(
            statusLine(narrow), " F3 │ mine: tester │ ✓ saved │ ? help",
            "no room for the count beside the view: ? help stays whole")
    }

    func testASaveWhileCountingCountsAgainOnceTheCountEnds() {
        var harness = team()
        XCTAssertEqual(receive(.saved, &harness), [.countPending])
        XCTAssertEqual(receive(.saved, &harness), [], "one count at a time")
        XCTAssertEqual(receive(.pendingCounted(PendingEdits(toShare: 1, fromOthers: 0)), &harness), [.countPending])
        XCTAssertEqual(receive(.pendingCounted(PendingEdits(toShare: 2, fromOthers: 0)), &harness), [])
        XCTAssertEqual(harness.state.team?.pending, PendingEdits(toShare: 2, fromOthers: 0))
    }

    func testTheSummaryNamesWhoseEditsCameInAndTheClashesToReview() {
        let outcome = TeamSync.Outcome(shared: 3, received: ["b-id": 2, "c-id": 3])
        XCTAssertEqual(
            SyncSummary.text(outcome, reviews: 1, names: ["b-id": "Ben"]),
            "Synced: shared 3, received 5 (Ben 2, c-id 3); 1 to review (glean team status)")
    }
}
