import Foundation
import XCTest

@testable import GleanCore

/// `ProjectFileAudit` (behind `glean check`) names every link, special file, and group- or world-writable file or
/// folder in a project, one problem each.
final class ProjectFileAuditTests: SmallProjectTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        let store = try ProjectStore.open(folder, access: .editing)
        var project = store.opened
        var concern = project.codebook.concerns[0]
        concern.colour = "#000000"
        let edit = Edit(
            summary: "Noted",
            changes: [
                .setNote(fortnight: 1, note: FortnightNote(opening: "New.", next: [])),
                .putConcern(concern: concern, position: nil),
            ])
        try store.record(edit)
        project.apply(edit)
        try store.fold(project)
        try SummaryExport.write(project, fortnight: 1, into: layout, replacing: true)
        store.close()
    }

    private func path(_ relative: String) -> String {
        folder.appendingPathComponent(relative).path
    }

    private func problems() throws -> [String] {
        try ProjectFileAudit.problems(layout).map(\.description)
    }

    func testAProjectGleanWroteHasNoProblems() throws {
        XCTAssertEqual(try problems(), [])
        XCTAssertFalse(
            try FileManager.default.subpathsOfDirectory(atPath: path("backups")).isEmpty, "backups are audited too")
    }

    func testWritableFilesAndFoldersAreNamedOnePerLine() throws {
        let backup = try XCTUnwrap(Backups.list(layout).first).name
        let modes: [(String, Int, String)] = [
            ("", 0o770, "group-writable (mode 0770)"),
            ("glean.json", 0o664, "group-writable (mode 0664)"),
            ("fortnights", 0o707, "world-writable (mode 0707)"),
            ("fortnights/001/coding.json", 0o622, "group- and world-writable (mode 0622)"),
            ("backups/\(backup)/fortnights/001/coding.json", 0o666, "group- and world-writable (mode 0666)"),
            ("exports/\(SummaryExport.fileName(fortnight: 1))", 0o602, "world-writable (mode 0602)"),
        ]
        for (relative, mode, _) in modes {
            XCTAssertEqual(chmod(relative.isEmpty ? folder.path : path(relative), mode_t(mode)), 0, relative)
        }
        let found = try problems()
        XCTAssertEqual(found.count, modes.count, "\(found)")
        for (relative, _, words) in modes {
            let name = relative.isEmpty ? folder.standardizedFileURL.path : path(relative)
            XCTAssertTrue(found.contains { $0.hasPrefix("\(name): \(words)") }, "\(relative): \(found)")
        }
    }

    func testLinksAndSpecialFilesAreNamed() throws {
        let victim = try Victim(in: scratch)
        try FileManager.default.removeItem(atPath: path("fortnights/001/logs.json"))
        try FileManager.default.createSymbolicLink(
            atPath: path("fortnights/001/logs.json"), withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: path("glean.lock"), withDestinationPath: victim.file.path)
        try FileManager.default.createSymbolicLink(
            atPath: path("exports/elsewhere"), withDestinationPath: victim.folder.path)
        try FileManager.default.removeItem(atPath: path("journal.jsonl"))
        XCTAssertEqual(mkfifo(path("journal.jsonl"), 0o600), 0)
        XCTAssertEqual(mkfifo(path("fortnights/002/pipe"), 0o600), 0)
        try FileManager.default.removeItem(atPath: path("transaction.json"))
        try FileManager.default.createDirectory(atPath: path("transaction.json"), withIntermediateDirectories: false)
        let found = try problems()
        let expected = [
            ("exports/elsewhere", "a symbolic link"), ("fortnights/001/logs.json", "a symbolic link"),
            ("fortnights/002/pipe", "a fifo, not a regular file or folder"), ("glean.lock", "a symbolic link"),
            ("journal.jsonl", "a fifo, not a regular file or folder"),
            ("transaction.json", "a folder where a regular file belongs"),
        ]
        XCTAssertEqual(found.count, expected.count, "\(found)")
        for (relative, words) in expected {
            XCTAssertTrue(found.contains { $0.hasPrefix("\(path(relative)): \(words)") }, "\(relative): \(found)")
        }
        try victim.assertUntouched("auditing")
    }

    func testAuditingWritesNothing() throws {
        XCTAssertEqual(chmod(path("glean.json"), 0o666), 0)
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        _ = try problems()
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted(), before)
    }
}
