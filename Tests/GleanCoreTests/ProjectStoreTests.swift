import Foundation
import XCTest

@testable import GleanCore

final class ProjectStoreTests: XCTestCase {
    private var folder: URL!

    override func setUp() {
        folder = Fixtures.temporaryFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func tagEdit(_ id: String) -> Edit {
        Edit(
            summary: "Tagged",
            changes: [.putQuote(fortnight: 2, quote: Fixtures.quote(id, "C-03-2020-05-03", 0..<19, ["feedback"]))])
    }

    func testCreateThenOpenGivesBackTheSameProject() throws {
        _ = try ProjectStore.create(Fixtures.small(), in: folder)
        XCTAssertEqual(try ProjectStore.open(folder).opened, Fixtures.small())
    }

    func testCreateRefusesToOverwriteAProject() throws {
        _ = try ProjectStore.create(Fixtures.small(), in: folder)
        XCTAssertThrowsError(try ProjectStore.create(Fixtures.small(), in: folder)) { error in
            XCTAssertTrue("\(error)".contains("a project already exists here"))
        }
    }

    func testRecordedEditsSurviveReopeningBeforeTheyAreFolded() throws {
        let store = try ProjectStore.create(Fixtures.small(), in: folder)
        try store.record(tagEdit("new-1"))
        try store.record(Edit(summary: "Untagged", changes: [.removeQuote(fortnight: 1, id: "q2")]))
        let reopened = try ProjectStore.open(folder)
        XCTAssertTrue(reopened.hasUnfoldedEdits)
        XCTAssertEqual(reopened.opened.fortnight(2).quotes.map(\.id).contains("new-1"), true)
        XCTAssertFalse(reopened.opened.fortnight(1).quotes.map(\.id).contains("q2"))
    }

    func testFoldingWritesTheSnapshotAndEmptiesTheJournal() throws {
        let store = try ProjectStore.create(Fixtures.small(), in: folder)
        var project = store.opened
        let edit = tagEdit("new-1")
        project.apply(edit)
        try store.record(edit)
        try store.fold(project)
        let journal = try Data(contentsOf: ProjectLayout(root: folder).journal)
        XCTAssertTrue(journal.isEmpty)
        let reopened = try ProjectStore.open(folder)
        XCTAssertEqual(reopened.opened, project)
        XCTAssertFalse(reopened.hasUnfoldedEdits)
    }

    func testReplayOverAPartlyFoldedSnapshotGivesTheSameProject() throws {
        let store = try ProjectStore.create(Fixtures.small(), in: folder)
        var project = store.opened
        let edits = [
            tagEdit("new-1"), Edit(summary: "Untag", changes: [.removeQuote(fortnight: 2, id: "new-1")]),
            tagEdit("new-2"),
        ]
        for edit in edits {
            project.apply(edit)
            try store.record(edit)
        }
        let layout = ProjectLayout(root: folder)
        let journal = try Data(contentsOf: layout.journal)
        try store.fold(project)
        try journal.write(to: layout.journal)
        XCTAssertEqual(try ProjectStore.open(folder).opened, project)
    }

    func testACutShortLastJournalLineIsIgnoredWithANotice() throws {
        let store = try ProjectStore.create(Fixtures.small(), in: folder)
        try store.record(tagEdit("new-1"))
        let layout = ProjectLayout(root: folder)
        let handle = try FileHandle(forWritingTo: layout.journal)
        handle.seekToEndOfFile()
        handle.write(Data("{\"changes\":[{\"putQuote\"".utf8))
        try handle.close()
        store.close()
        let reopened = try ProjectStore.open(folder, access: .editing)
        XCTAssertTrue(reopened.opened.fortnight(2).quotes.contains { $0.id == "new-1" })
        XCTAssertEqual(reopened.notices.count, 1)
        try reopened.record(tagEdit("new-2"))
        reopened.close()
        let aside = try String(
            contentsOf: ProjectLayout(root: folder).journal.appendingPathExtension("torn"), encoding: .utf8)
        XCTAssertEqual(aside, "{\"changes\":[{\"putQuote\"\n", "the torn bytes are kept, not dropped")
        let again = try ProjectStore.open(folder)
        XCTAssertTrue(again.notices.isEmpty)
        XCTAssertTrue(again.opened.fortnight(2).quotes.contains { $0.id == "new-2" })
    }

    func testSnapshotFilesAreDeterministicAndOwnerOnly() throws {
        _ = try ProjectStore.create(Fixtures.small(), in: folder)
        let layout = ProjectLayout(root: folder)
        let first = try Data(contentsOf: layout.coding(ofFortnight: 1))
        let other = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        _ = try ProjectStore.create(Fixtures.small(), in: other)
        XCTAssertEqual(first, try Data(contentsOf: ProjectLayout(root: other).coding(ofFortnight: 1)))
        XCTAssertEqual(first.last, 0x0A)
        let text = String(decoding: try Data(contentsOf: layout.manifest), as: UTF8.self)
        XCTAssertLessThan(text.range(of: "codebook")!.lowerBound, text.range(of: "participants")!.lowerBound)
        let mode = try FileManager.default.attributesOfItem(atPath: layout.manifest.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }
}
