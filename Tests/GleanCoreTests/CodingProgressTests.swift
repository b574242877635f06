import Foundation
import XCTest

@testable import GleanCore

/// Logs marked done: the model, the change and its undo and replay, the journal, the checker.
final class CodingProgressTests: XCTestCase {
    func testALogIsNotStartedInProgressOrDone() {
        var project = Fixtures.small(done: false)
        project.apply(.putQuote(fortnight: 2, quote: Fixtures.quote("q9", "C-03-2020-05-03", 0..<19, ["feedback"])))
        project.fortnights[2]?.quotes.removeAll { $0.log == "A-01-2020-05-01" }
        project.apply(.setLogDone(fortnight: 2, log: "B-02-2020-05-02", done: true))
        let second = project.fortnight(2)
        XCTAssertEqual(second.progress(ofLog: "A-01-2020-05-01"), .notStarted)
        XCTAssertEqual(second.progress(ofLog: "C-03-2020-05-03"), .inProgress)
        XCTAssertEqual(second.progress(ofLog: "B-02-2020-05-02"), .done)
        XCTAssertEqual(second.logsDone, 1)
        XCTAssertTrue(second.isProvisional)
        XCTAssertFalse(Fixtures.small().fortnight(2).isProvisional)
    }

    func testSetLogDoneIsUndoneByItsInverseAndReplaysIdempotently() {
        let original = Fixtures.small(done: false)
        var project = original
        let change = Change.setLogDone(fortnight: 1, log: "A-01-2020-04-17", done: true)
        let inverse = project.apply(change)
        XCTAssertEqual(inverse, .setLogDone(fortnight: 1, log: "A-01-2020-04-17", done: false))
        XCTAssertEqual(project.fortnight(1).done, ["A-01-2020-04-17"])
        var twice = project
        twice.apply(change)
        XCTAssertEqual(twice, project, "replaying the change again changes nothing")
        project.apply(inverse)
        XCTAssertEqual(project, original)
        XCTAssertEqual(change.fortnight, 1, "the change is written to the fortnight's coding file")
    }

    func testMarkingEveryLogOfAFortnightIsOneEditThatLeavesOutLogsAlreadyDone() throws {
        var project = Fixtures.small(done: false)
        project.apply(.setLogDone(fortnight: 2, log: "A-01-2020-05-01", done: true))
        let edit = try XCTUnwrap(try LogCompletion.edit(project, fortnight: 2, done: true))
        XCTAssertEqual(
            edit.changes,
            [
                .setLogDone(fortnight: 2, log: "B-02-2020-05-02", done: true),
                .setLogDone(fortnight: 2, log: "C-03-2020-05-03", done: true),
            ])
        XCTAssertEqual(edit.summary, "Marked 2 logs of fortnight 2 done")
        let before = project
        let undo = project.apply(edit)
        XCTAssertFalse(project.fortnight(2).isProvisional)
        XCTAssertNil(try LogCompletion.edit(project, fortnight: 2, done: true), "nothing left to mark")
        project.apply(undo)
        XCTAssertEqual(project, before)
        XCTAssertThrowsError(try LogCompletion.edit(project, fortnight: 2, logs: ["nobody"], done: true)) { error in
            XCTAssertEqual(error as? ScriptingError, .logNotInFortnight(log: "nobody", fortnight: 2))
            XCTAssertEqual("\(error)", "fortnight 2 has no log \"nobody\"")
        }
    }

    func testDoneMarksSurviveTheJournalAFoldAndReopening() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ProjectStore.create(Fixtures.small(done: false), in: folder)
        var project = store.opened
        let edit = try XCTUnwrap(try LogCompletion.edit(project, fortnight: 1, logs: ["B-02-2020-04-18"], done: true))
        try store.record(edit)
        project.apply(edit)
        store.close()
        let reopened = try ProjectStore.open(folder, access: .editing)
        XCTAssertEqual(reopened.opened, project, "replayed from the journal")
        try reopened.fold(reopened.opened)
        reopened.close()
        let coding = try String(contentsOf: ProjectLayout(root: folder).coding(ofFortnight: 1), encoding: .utf8)
        XCTAssertTrue(
            coding.hasPrefix("{\n  \"done\" : [\n    \"B-02-2020-04-18\"\n  ],\n  \"fortnight\" : 1,"), coding)
        XCTAssertEqual(try ProjectStore.open(folder).opened, project)
    }

    func testTheCheckerNamesADoneMarkOnAnUnknownLogInTheFileOrTheJournalLine() throws {
        var project = Fixtures.small()
        project.fortnights[1]?.done.insert("ghost")
        XCTAssertEqual(
            ProjectChecker.problems(in: project).map(\.description),
            ["fortnights/001/coding.json: marks log \"ghost\" done, but it is not in this fortnight"])

        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ProjectStore.create(Fixtures.small(), in: folder)
        try store.record(Edit(summary: "odd", changes: [.setLogDone(fortnight: 2, log: "ghost", done: true)]))
        store.close()
        XCTAssertEqual(
            try ProjectStore.open(folder).problems.map(\.description),
            ["journal.jsonl:1: marks log \"ghost\" done, but it is not in fortnight 2"])
    }

    func testTheSampleHasFortnightsOneAndTwoDoneAndThreePartDone() throws {
        let sample = try ExportFixtures.sample()
        XCTAssertFalse(sample.fortnight(1).isProvisional)
        XCTAssertFalse(sample.fortnight(2).isProvisional)
        let third = sample.fortnight(3)
        XCTAssertTrue(third.isProvisional)
        XCTAssertEqual(third.logsDone, 11)
        let unquoted = third.logs.filter { third.progress(ofLog: $0.id) == .notStarted }
        XCTAssertEqual(unquoted.count, 12, "no log without quotes is marked done")
        XCTAssertEqual(third.logs.filter { third.progress(ofLog: $0.id) == .inProgress }.count, 3)
        XCTAssertEqual(ProjectChecker.problems(in: sample), [])
    }
}
