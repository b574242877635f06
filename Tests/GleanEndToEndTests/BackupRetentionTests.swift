import Foundation
import XCTest

@testable import GleanCore

/// Which backups are kept once there are more than `Backups.kept`, and which one `glean check` calls the newest.
final class BackupRetentionTests: EndToEndTestCase {
    func testTheOldestOfAFullSetOfBackupsCanBeRestored() throws {
        let project = try makeSample()
        let layout = ProjectLayout(root: project)
        let names = try makeFullSetOfBackups(layout)
        let backedUp = try readProject(project)
        try tag(project, start: 0)
        XCTAssertTrue(try readProject(project) != backedUp, "the tag changes the project")

        let restore = try glean("restore", "-p", project.path, names[0])
        XCTAssertEqual(restore.status, 0, "glean restore \(names[0]) failed: \(restore.stderr)")
        XCTAssertTrue(try readProject(project) == backedUp, "the project must be as the backup holds it")
        XCTAssertTrue(Backups.list(layout).contains { $0.reason == "before restoring \(names[0])" })
        try assertCheckPasses(project)
    }

    func testBackupsMadeWithinOneSecondKeepTheirOwnNamesAndTheirOrder() throws {
        let project = try makeSample()
        let layout = ProjectLayout(root: project)
        let instant = Date()
        let made = try (0...(Backups.kept + 1)).map { _ in
            try Backups.make(layout, reason: "before folding the journal", now: instant)
        }
        XCTAssertEqual(Set(made).count, made.count, "every backup gets a name of its own: \(made)")
        let kept = Backups.list(layout).map(\.name)
        XCTAssertEqual(kept, made.suffix(Backups.kept).reversed(), "the newest are kept, and listed newest first")
        let check = try glean("check", "-p", project.path)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(
            check.stdout.contains("To put one back: glean restore -p \(project.path) \(made.last ?? "")\n"),
            "the newest backup is \(made.last ?? ""); glean check says:\n\(check.stdout)")
    }

    func testABackupCutShortByACrashIsPrunedLikeTheRest() throws {
        let project = try makeSample()
        let orphan = project.appendingPathComponent("backups/20200101T000000Z")
        try FileManager.default.createDirectory(at: orphan, withIntermediateDirectories: true)
        // A fold killed while backing up leaves the first files linked and no backup.json.
        let manifest = project.appendingPathComponent("glean.json")
        XCTAssertEqual(link(manifest.path, orphan.appendingPathComponent("glean.json").path), 0)
        try makeFullSetOfBackups(ProjectLayout(root: project))
        try tag(project, start: 0)
        let compact = try glean("compact", "-p", project.path)
        XCTAssertTrue(
            compact.stdout.hasPrefix("Folded the journal"), "glean compact: \(compact.stdout)\(compact.stderr)")

        let folders = try FileManager.default.contentsOfDirectory(atPath: orphan.deletingLastPathComponent().path)
        XCTAssertEqual(folders.count, Backups.kept, "backups/ holds: \(folders.sorted())")
        XCTAssertFalse(folders.contains(orphan.lastPathComponent), "the cut-short backup is never listed nor pruned")
    }

    /// Makes `Backups.kept` backups of the project's files, a second apart an hour ago, and returns their names.
    @discardableResult
    private func makeFullSetOfBackups(_ layout: ProjectLayout) throws -> [String] {
        let hourAgo = Date().addingTimeInterval(-3600)
        return try (0..<Backups.kept).map {
            try Backups.make(layout, reason: "before folding the journal", now: hourAgo.addingTimeInterval(Double($0)))
        }
    }

    /// Tags a passage of a sample log starting at `start` with `glean tag`.
    private func tag(_ project: URL, start: Int) throws {
        let tag = try glean(
            "tag", "-p", project.path, "--log", "EE-09-2020-05-12", "--start", "\(start)", "--end", "40",
            "--concern", "staff-wellbeing")
        XCTAssertTrue(tag.stdout.hasPrefix("Saved:"), "glean tag: \(tag.stdout)\(tag.stderr)")
    }
}
