import Foundation
import XCTest

@testable import GleanCore

/// Every fold keeps a backup, `glean check` says how to put one back, and `glean restore` does.
final class BackupRestoreTests: EndToEndTestCase {
    func testRestoringTheNewestBackupUndoesTheLastSessionAndKeepsTheOneBefore() throws {
        let project = try makeSample()
        let first = try tagInASession(project, key: "1", expecting: "Tagged Improvement tools")
        let second = try tagInASession(project, key: "2", expecting: "Tagged Patient feedback")
        XCTAssertNotEqual(first.log, second.log, "each session tags the first log with no quotes")

        let check = try glean("check", "-p", project.path)
        XCTAssertEqual(check.status, 0, check.stderr)
        let lines = check.stdout.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.contains("before folding the journal") }.count, 2, "one backup per fold")
        let advice = try XCTUnwrap(lines.first { $0.hasPrefix("To put one back: ") }, check.stdout)
        let command = advice.dropFirst("To put one back: ".count).split(separator: " ").map(String.init)
        XCTAssertEqual(command.dropLast(), ["glean", "restore", "-p", project.path], "advice: \(advice)")
        let name = try XCTUnwrap(command.last)

        let restore = try GleanBinary.run(Array(command.dropFirst()))
        XCTAssertEqual(restore.status, 0, restore.stderr)
        let quotes = try allQuotes(project)
        XCTAssertTrue(quotes.contains { $0.id == first.id }, "the first session's tag must stay")
        XCTAssertFalse(quotes.contains { $0.id == second.id }, "the second session's tag must be gone")
        try assertCheckPasses(project)

        let backups = Backups.list(ProjectLayout(root: project))
        let safety = try XCTUnwrap(
            backups.first { $0.reason == "before restoring \(name)" }, "no backup before restoring")
        let kept = try ProjectStore.open(safety.folder).opened.fortnights.values.flatMap(\.quotes)
        XCTAssertTrue(kept.contains { $0.id == second.id }, "the backup made before restoring holds what was replaced")
        XCTAssertTrue(try glean("check", "-p", project.path).stdout.contains("before restoring \(name)"))
    }

    /// Opens `project`, tags the first sentence of the first log with no quotes with `key`, quits from the Logs screen
    /// (which folds the journal) and returns the new quote.
    private func tagInASession(_ project: URL, key: String, expecting message: String) throws -> Quote {
        let before = Set(try allQuotes(project).map(\.id))
        let session = try open(project)
        try session.sendKeys("f")
        try session.waitFor(text: "Show logs")
        try session.sendKeys("Down", "Enter")
        try session.waitFor(text: "· no quotes yet")
        try session.sendKeys("Enter")
        try session.waitUntil("the Reader on a log with no quotes") { screen in
            screen.count > 1 && screen[1].contains(" · ") && !screen.joined().contains("Quotes in this log")
        }
        try session.sendKeys(key)
        try session.waitFor(text: "│ \(Self.saved) │ \(message)")
        try quitFromReader(session)
        let added = try allQuotes(project).filter { !before.contains($0.id) }
        XCTAssertEqual(added.count, 1, "one quote per session")
        return try XCTUnwrap(added.first)
    }
}
