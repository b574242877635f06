import Foundation
import XCTest

@testable import GleanCore

/// `ProjectStore.refold`, which the interface runs after a sync: the project it returns holds the edits that came in
/// and every own edit saved before it, also one saved after the sync's commit step; the local files match it; edits
/// after it build on it. And the sync's commit step shares only complete lines, never cutting the own file.
final class TeamRefoldTests: XCTestCase {
    private var folder = URL(fileURLWithPath: "/nonexistent")
    private var savedConfig: String?

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-refold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        savedConfig = ProcessInfo.processInfo.environment["XDG_CONFIG_HOME"]
    }

    override func tearDownWithError() throws {
        if let savedConfig { setenv("XDG_CONFIG_HOME", savedConfig, 1) } else { unsetenv("XDG_CONFIG_HOME") }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Makes `name` the facilitator at this "machine" (the store reads the identity from the environment).
    private func become(_ name: String) throws -> Facilitator {
        let config = folder.appendingPathComponent("config-\(name)")
        setenv("XDG_CONFIG_HOME", config.path, 1)
        return try FacilitatorIdentity.setName(name, environment: ["XDG_CONFIG_HOME": config.path])
    }

    /// A bare remote, Ada's project set up for the team and Ben's clone of it.
    private func team() throws -> (ada: URL, ben: URL) {
        let remote = folder.appendingPathComponent("remote.git")
        let made = Process()
        made.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        made.arguments = ["git", "init", "--quiet", "--bare", remote.path]
        try made.run()
        made.waitUntilExit()
        let ada = folder.appendingPathComponent("ada")
        let ben = folder.appendingPathComponent("ben")
        let adaFacilitator = try become("Ada")
        try SampleProject.write(to: ada)
        let store = try ProjectStore.open(ada, access: .editing)
        try TeamSetup.initialise(store, project: store.opened, remote: remote.path, as: adaFacilitator)
        store.close()
        try TeamSetup.join(remote: remote.path, into: ben, as: try become("Ben"))
        return (ada, ben)
    }

    /// An edit tagging sentence-sized range `start..<start+20` of the fortnight's first log, as `coder`.
    private func tag(_ id: String, at start: Int, by coder: Facilitator, in project: Project) -> Edit {
        let log = project.fortnight(project.latestFortnight).logs[0]
        let quote = Quote(
            id: id, log: log.id, participant: log.participant, section: 0, start: start, end: start + 20,
            concerns: ["staff-wellbeing"], coder: coder.id, created: "2026-12-03T07:00:00Z")
        return Edit(summary: "Tagged \(id)", changes: [.putQuote(fortnight: project.latestFortnight, quote: quote)])
    }

    private func quoteIDs(_ project: Project) -> Set<String> {
        Set(project.fortnights.values.flatMap { $0.quotes.map(\.id) })
    }

    func testRefoldBringsInOthersEditsKeepsOwnEditsSavedSinceTheCommitAndRewritesTheFiles() throws {
        let (ada, ben) = try team()
        let benFacilitator = try become("Ben")
        let benStore = try ProjectStore.open(ben, access: .editing)
        try benStore.record(tag("ben-1", at: 0, by: benFacilitator, in: benStore.opened))
        _ = try TeamSync.sync(benStore.layout, as: benFacilitator)
        benStore.close()

        let adaFacilitator = try become("Ada")
        let store = try ProjectStore.open(ada, access: .editing)
        try store.record(tag("ada-1", at: 30, by: adaFacilitator, in: store.opened))
        let outcome = try TeamSync.sync(store.layout, as: adaFacilitator)
        XCTAssertEqual(outcome.shared, 1)
        XCTAssertEqual(outcome.received, [benFacilitator.id: 1])
        try store.record(tag("ada-2", at: 60, by: adaFacilitator, in: store.opened))

        let folded = try store.refold()
        XCTAssertEqual(
            quoteIDs(folded.project).intersection(["ben-1", "ada-1", "ada-2"]), ["ben-1", "ada-1", "ada-2"])
        XCTAssertEqual(
            try ProjectLoading.read(store.layout, consistentWithWriters: false).project, folded.project,
            "the local files are the fold")
        XCTAssertEqual(store.teamNames[benFacilitator.id], "Ben")
        XCTAssertFalse(store.hasUnfoldedEdits)

        try store.record(tag("ada-3", at: 90, by: adaFacilitator, in: folded.project))
        let own = try String(contentsOf: ada.appendingPathComponent("team/\(adaFacilitator.id).jsonl"), encoding: .utf8)
        let last = try JSONSerialization.jsonObject(with: Data(own.split(separator: "\n").last!.utf8)) as? [String: Any]
        XCTAssertEqual(
            (last?["seen"] as? [String: Int])?[benFacilitator.id], 1, "an edit after the refold has seen Ben's")
        _ = try TeamSync.sync(store.layout, as: adaFacilitator)
        store.close()

        _ = try become("Ben")
        let benAgain = try ProjectStore.open(ben, access: .editing)
        _ = try TeamSync.sync(benAgain.layout, as: benFacilitator)
        XCTAssertEqual(
            quoteIDs(try benAgain.refold().project).intersection(["ben-1", "ada-1", "ada-2", "ada-3"]).count, 4)
        benAgain.close()
    }

    func testSyncSharesOnlyCompleteLinesAndLeavesALineBeingWrittenInPlace() throws {
        let (ada, _) = try team()
        let adaFacilitator = try become("Ada")
        let store = try ProjectStore.open(ada, access: .editing)
        try store.record(tag("ada-1", at: 0, by: adaFacilitator, in: store.opened))
        let own = ada.appendingPathComponent("team/\(adaFacilitator.id).jsonl")
        let handle = try FileHandle(forWritingTo: own)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"facilitator\":\"\(adaFacilitator.id)\",\"seq".utf8))
        try handle.close()
        let before = try Data(contentsOf: own)

        let outcome = try TeamSync.sync(store.layout, as: adaFacilitator)

        XCTAssertEqual(outcome.shared, 1)
        XCTAssertEqual(try Data(contentsOf: own), before, "the sync never cuts the own file")
        let shown = Process()
        let output = Pipe()
        shown.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        shown.arguments = ["git", "-C", ada.path, "show", "origin/main:team/\(adaFacilitator.id).jsonl"]
        shown.standardOutput = output
        try shown.run()
        let shared = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shown.waitUntilExit()
        XCTAssertEqual(shared.split(separator: "\n").count, 1)
        XCTAssertTrue(shared.hasSuffix("}\n"), "only complete lines are shared: \(shared)")
        store.close()
    }
}
