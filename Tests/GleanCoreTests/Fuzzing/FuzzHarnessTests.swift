import Foundation
import GleanTestSupport
import XCTest

/// Shows that the fuzzer's oracle sees what it must report: a crash, a hang, and a write.
final class FuzzHarnessTests: XCTestCase {
    func testACrashInTheChildIsReportedWithItsMessage() {
        let outcome = Isolated.run(timeLimit: 10) { () -> [String] in
            let values = [Int.max]
            return ["\(values[0] + Int(ProcessInfo.processInfo.processIdentifier))"]
        }
        guard case .crashed(_, let output) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertTrue(output.contains("overflow"), output)
    }

    func testAHangInTheChildIsCutOff() {
        let started = Date()
        let outcome = Isolated.run(timeLimit: 0.5) { () -> [String] in
            sleep(30)
            return []
        }
        XCTAssertEqual(outcome, .timedOut(output: ""))
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testTheChildsReportComesBack() {
        XCTAssertEqual(
            Isolated.run(timeLimit: 10) { ["found", String(repeating: "x", count: 200_000)] },
            .finished(["found", String(repeating: "x", count: 200_000)]))
    }

    func testSnapshotsSeeARewriteATouchAndANewFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "glean-fuzz-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("glean.json")
        try Data("{}".utf8).write(to: file)
        let before = DirectorySnapshot(of: folder)
        XCTAssertEqual(DirectorySnapshot(of: folder).changes(since: before), [])
        try Data("{}".utf8).write(to: file)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: file.path)
        XCTAssertEqual(
            DirectorySnapshot(of: folder).changes(since: before),
            ["glean.json had its modification time or mode changed"])
        try Data("[]".utf8).write(to: folder.appendingPathComponent("glean.lock"))
        XCTAssertEqual(
            DirectorySnapshot(of: folder).changes(since: before),
            [
                "the project folder had its modification time or mode changed",
                "glean.json had its modification time or mode changed",
                "glean.lock was created",
            ])
    }

    func testTheSameSeedGivesTheSameCase() throws {
        let template = try FuzzTemplate()
        var first = SeededGenerator.forCase(17, ofRun: 5)
        var second = SeededGenerator.forCase(17, ofRun: 5)
        let one = FuzzCase(template: template, using: &first)
        let other = FuzzCase(template: template, using: &second)
        XCTAssertEqual([one.path] + one.steps, [other.path] + other.steps)
        XCTAssertEqual(one.bytes, other.bytes)
    }
}
