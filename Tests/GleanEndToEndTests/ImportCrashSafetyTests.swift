import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// `glean import` of a 20,000-row CSV spanning 40 fortnights, killed with SIGKILL at seeded moments: every time, the
/// project opens, `glean check` passes, and it holds all of the import or none of it; readers polling an import that
/// runs to the end see the same; a final import completes.
final class ImportCrashSafetyTests: EndToEndTestCase {
    private static let rows = 20_000
    private static let participants = 250

    func testAnImportKilledAtAnyMomentLeavesAllOfItOrNone() throws {
        let pristine = try makeSample()
        let csv = try writeCSV()
        let environment = ProcessInfo.processInfo.environment
        var random = SeededGenerator(seedFromEnvironment: "GLEAN_IMPORT_CRASH_SEED", default: 20_261_202)
        let kills = environment["GLEAN_IMPORT_KILLS"].flatMap { Int($0) } ?? 10
        let none = Holding(try readProject(pristine))

        let watched = try copy(pristine, as: "watched")
        let run = try importWatchingReaders(watched, csv)
        let all = Holding(try readProject(watched))
        XCTAssertEqual(all, Holding(participants: none.participants + Self.participants, logs: none.logs + Self.rows))
        XCTAssertEqual(run.readings.filter { $0 != none && $0 != all }, [], "a reader saw part of the import")
        let writing = UInt32(max(1, run.finished - run.writeStarted))
        let window = 0...(writing + writing / 10)
        print(
            "ImportCrashSafetyTests: the import ran \(run.finished / 1000) ms, writing from \(run.writeStarted / 1000) ms "
                + "(when its backup appears); \(run.readings.count) reads meanwhile saw none or all of it; \(kills) kills "
                + "0–\(window.upperBound / 1000) ms after the backup appears, seed \(random.seed)")

        var tally = (none: 0, all: 0, killedWhileWriting: 0, committedNotApplied: 0)
        var project = pristine
        for kill in 1...max(1, kills) {
            project = try copy(pristine, as: "kill-\(kill)")
            let delay = UInt32.random(in: window, using: &random)
            let process = try GleanBinary.spawn(["import", "-p", project.path, csv.path])
            XCTAssertTrue(
                waitForBackup(of: project, within: 30 + Double(run.finished) / 100_000), "the import never wrote")
            usleep(delay)
            process.kill(SIGKILL)
            let result = try process.wait()
            let context = "kill \(kill), \(delay / 1000) ms after the backup appeared"
            XCTAssertTrue(
                [0, 128 + SIGKILL].contains(result.status), "\(context): exit \(result.status) \(result.stderr)")
            if result.status == 128 + SIGKILL { tally.killedWhileWriting += 1 }
            if try isCommittedNotApplied(project) { tally.committedNotApplied += 1 }

            let holding = Holding(try readProject(project))
            XCTAssertTrue(holding == none || holding == all, "\(context): the project holds \(holding)")
            if holding == none { tally.none += 1 } else if holding == all { tally.all += 1 }
            let check = try glean("check", "-p", project.path)
            XCTAssertEqual(check.status, 0, "\(context): glean check failed:\n\(check.stderr)")
        }
        print(
            "ImportCrashSafetyTests: \(tally.killedWhileWriting) of \(kills) imports were killed while writing; "
                + "\(tally.none) kills left none of the import, \(tally.all) all of it (\(tally.committedNotApplied) past the "
                + "commit point with files still to move)")
        XCTAssertGreaterThan(tally.killedWhileWriting, 0, "no import was killed while writing, so nothing was proved")

        let again = try glean("import", "-p", project.path, csv.path)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(Holding(try readProject(project)), all)
        try assertCheckPasses(project)
    }

    /// A CSV of `rows` logs: each of `participants` new participants writes weekly from fortnight 4 of the sample (18
    /// May 2020) on, for 40 fortnights.
    private func writeCSV() throws -> URL {
        let first = try XCTUnwrap(Day(iso: "2020-05-18"))
        var text = "participant,date,What happened this week?\n"
        for row in 0..<Self.rows {
            let day = first.adding(days: (row / Self.participants) * 7 + row % 7)
            text +=
                "IMP-\(row % Self.participants),\(day.iso),\"Row \(row): we ran clinics, and the team talked it over.\"\n"
        }
        let url = directory.appendingPathComponent("responses.csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Waits until the import writing to `project` has made its backup, its first write; false after `seconds`.
    private func waitForBackup(of project: URL, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        let backups = project.appendingPathComponent("backups").path
        while !FileManager.default.fileExists(atPath: backups) {
            guard Date() < deadline else { return false }
            usleep(1_000)
        }
        return true
    }

    private func copy(_ project: URL, as name: String) throws -> URL {
        let target = directory.appendingPathComponent(name)
        try FileManager.default.copyItem(at: project, to: target)
        return target
    }

    /// Whether the project's last transaction was committed and not yet applied (a kill between the two).
    private func isCommittedNotApplied(_ project: URL) throws -> Bool {
        guard let data = FileManager.default.contents(atPath: project.appendingPathComponent("transaction.json").path),
            let record = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return false }
        return record["applied"] as? Bool == false
    }

    /// Runs the import to its end while another thread reads the project over and over from the moment it starts
    /// writing (its backup appears); returns when writing started and the run ended (µs after the spawn), and what
    /// each read found.
    private func importWatchingReaders(_ project: URL, _ csv: URL) throws -> (
        writeStarted: Int, finished: Int, readings: [Holding]
    ) {
        let watch = Watch()
        let started = Date()
        let process = try GleanBinary.spawn(["import", "-p", project.path, csv.path])
        let backups = project.appendingPathComponent("backups").path
        let reader = Thread {
            while !watch.isDone {
                guard FileManager.default.fileExists(atPath: backups) else {
                    usleep(2_000)
                    continue
                }
                watch.markWriting(Date().timeIntervalSince(started))
                watch.record(Result { Holding(try ProjectStore.open(project).opened) })
            }
        }
        reader.start()
        let result = try process.wait()
        let finished = Date().timeIntervalSince(started)
        watch.finish()
        while !reader.isFinished { usleep(10_000) }
        XCTAssertEqual(result.status, 0, result.stderr)
        let outcome = watch.outcome
        for failure in outcome.failures { XCTFail("a reader during the import failed: \(failure)") }
        return (Int((outcome.writing ?? finished) * 1_000_000), Int(finished * 1_000_000), outcome.readings)
    }
}

/// What the reading thread saw, shared with the test's thread under a lock.
private final class Watch: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var writing: TimeInterval?
    private var readings: [Holding] = []
    private var failures: [String] = []

    var isDone: Bool { lock.withLock { done } }

    func finish() { lock.withLock { done = true } }

    func markWriting(_ moment: TimeInterval) {
        lock.withLock { if writing == nil { writing = moment } }
    }

    func record(_ result: Result<Holding, Error>) {
        lock.withLock {
            switch result {
            case .success(let value): readings.append(value)
            case .failure(let error): failures.append("\(error)")
            }
        }
    }

    /// When writing was first seen, what each read found, and every read that failed.
    var outcome: (writing: TimeInterval?, readings: [Holding], failures: [String]) {
        lock.withLock { (writing, readings, failures) }
    }
}

/// What a project holds, as far as the import is concerned.
private struct Holding: Equatable, CustomStringConvertible {
    var participants: Int
    var logs: Int

    init(participants: Int, logs: Int) {
        self.participants = participants
        self.logs = logs
    }

    init(_ project: Project) {
        self.init(
            participants: project.participants.count, logs: project.fortnights.values.reduce(0) { $0 + $1.logs.count })
    }

    var description: String { "\(participants) participants and \(logs) logs" }
}
