import Foundation
import XCTest

@testable import GleanCore

/// Links and special files planted in a project (as anyone who can write in a shared project folder could): Glean
/// refuses each with a message naming it, and never reads, writes or creates anything through it.
final class LinkRefusalTests: XCTestCase {
    private var scratch: URL!
    private var folder: URL!
    private var victim: Victim!
    private var layout: ProjectLayout { ProjectLayout(root: folder) }

    override func setUpWithError() throws {
        scratch = Fixtures.temporaryFolder()
        folder = scratch.appendingPathComponent("project")
        victim = try Victim(in: scratch)
        try ProjectStore.create(Fixtures.small(), in: folder).close()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func tag(_ id: String) -> Edit {
        Edit(
            summary: "Tagged",
            changes: [.putQuote(fortnight: 2, quote: Fixtures.quote(id, "C-03-2020-05-03", 0..<19, ["feedback"]))])
    }

    /// Replaces the project's entry `relative` by a symbolic link to `target`.
    private func plantLink(_ relative: String, to target: URL) throws {
        let url = folder.appendingPathComponent(relative)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target.path)
    }

    /// Everything an editor does: open, tag, fold, import, export.
    private func editEverything() throws {
        let store = try ProjectStore.open(folder, access: .editing)
        defer { store.close() }
        var project = store.opened
        let edit = tag("new-1")
        try store.record(edit)
        project.apply(edit)
        try store.fold(project)
        let log = Fixtures.log("D-04", "2020-05-04", ["Imported."])
        _ = try store.importLogs(participants: [Participant(code: "D-04", attributes: [:])], logs: [log], into: project)
        try SummaryExport.write(project, fortnight: 2, into: layout, replacing: true)
    }

    /// Asserts that `body` throws a `ProjectError` naming `relative` in the project and saying it is `kind`.
    private func assertRefused(
        _ relative: String, as kind: String, _ context: String, file: StaticString = #filePath, line: UInt = #line,
        _ body: () throws -> Void
    ) {
        XCTAssertThrowsError(try body(), context, file: file, line: line) { error in
            guard let error = error as? ProjectError else {
                return XCTFail("\(context): \(error)", file: file, line: line)
            }
            XCTAssertEqual(
                error.file, folder.appendingPathComponent(relative).path, "\(context): \(error)", file: file, line: line
            )
            XCTAssertTrue(error.problem.hasPrefix(kind), "\(context): \(error)", file: file, line: line)
        }
    }

    func testALinkedLockIsNeverWrittenThroughNorCreated() throws {
        for target in [victim.file, victim.missing] {
            try plantLink("glean.lock", to: target)
            assertRefused("glean.lock", as: "a symbolic link", "editing with glean.lock → \(target.path)") {
                try editEverything()
            }
            try victim.assertUntouched("glean.lock → \(target.path)")
        }
    }

    func testALinkedJournalIsNeverReadWrittenNorCreated() throws {
        for target in [victim.file, victim.missing] {
            try plantLink("journal.jsonl", to: target)
            assertRefused("journal.jsonl", as: "a symbolic link", "reading with journal.jsonl → \(target.path)") {
                _ = try ProjectStore.open(folder)
            }
            assertRefused("journal.jsonl", as: "a symbolic link", "editing with journal.jsonl → \(target.path)") {
                try editEverything()
            }
            try victim.assertUntouched("journal.jsonl → \(target.path)")
        }
    }

    func testALinkedManifestIsRefusedAndNeverBackedUpAsALink() throws {
        let victim = try Victim(in: scratch.appendingPathComponent("outside"), copying: layout.manifest)
        try plantLink("glean.json", to: try XCTUnwrap(victim.copy))
        assertRefused("glean.json", as: "a symbolic link", "reading") { _ = try ProjectStore.open(folder) }
        assertRefused("glean.json", as: "a symbolic link", "editing") { try editEverything() }
        assertRefused("glean.json", as: "a symbolic link", "backing up") { try Backups.make(layout, reason: "test") }
        XCTAssertEqual(Backups.list(layout), [], "no backup holds the link")
        try victim.assertUntouched("glean.json → a copy outside the project")
    }

    func testABackupHoldingALinkIsNotRestored() throws {
        let store = try ProjectStore.open(folder, access: .editing)
        defer { store.close() }
        let backup = try Backups.make(layout, reason: "test")
        try plantLink("backups/\(backup)/fortnights/001/coding.json", to: victim.file)
        let before = try Data(contentsOf: layout.coding(ofFortnight: 1))
        assertRefused("backups/\(backup)/fortnights/001/coding.json", as: "a symbolic link", "restoring") {
            _ = try store.restore(backup, current: store.opened)
        }
        XCTAssertEqual(try Data(contentsOf: layout.coding(ofFortnight: 1)), before, "nothing was restored")
        try victim.assertUntouched("a backup's file → outside the project")
    }

    func testLinkedFoldersAreNeverEnteredNorWrittenIn() throws {
        for link in ["fortnights", "fortnights/002", "backups", "exports"] {
            let place = scratch.appendingPathComponent("case-\(link.replacingOccurrences(of: "/", with: "-"))")
            folder = place.appendingPathComponent("project")
            try ProjectStore.create(Fixtures.small(), in: folder).close()
            let original = link.hasPrefix("fortnights") ? folder.appendingPathComponent(link) : nil
            let victim = try Victim(in: place, copying: original)
            let target = victim.copy ?? victim.folder
            try plantLink(link, to: target)
            assertRefused(link, as: "a symbolic link", "editing with \(link) → \(target.path)") { try editEverything() }
            try victim.assertUntouched("\(link) → outside the project")
        }
    }

    func testALinkedFortnightFileIsNeverRead() throws {
        let passwd = URL(fileURLWithPath: "/etc/passwd")
        for (relative, target) in [("fortnights/002/logs.json", passwd), ("fortnights/001/coding.json", victim.file)] {
            let original = folder.appendingPathComponent(relative)
            let saved = try Data(contentsOf: original)
            try plantLink(relative, to: target)
            assertRefused(relative, as: "a symbolic link", "reading with \(relative) → \(target.path)") {
                _ = try ProjectStore.open(folder)
            }
            try FileManager.default.removeItem(at: original)
            try saved.write(to: original)
        }
        try victim.assertUntouched("fortnight files → outside the project")
    }

    func testAnExportOverALinkIsRefused() throws {
        try FileManager.default.createDirectory(at: layout.exportsFolder, withIntermediateDirectories: true)
        let name = "exports/" + SummaryExport.fileName(fortnight: 2)
        for target in [victim.file, victim.missing] {
            try plantLink(name, to: target)
            XCTAssertThrowsError(try SummaryExport.write(Fixtures.small(), fortnight: 2, into: layout, replacing: true))
            { error in
                XCTAssertEqual((error as? ProjectError)?.file, folder.appendingPathComponent(name).path, "\(error)")
                XCTAssertTrue("\(error)".contains("not a regular file (a symbolic link)"), "\(error)")
            }
            try victim.assertUntouched("\(name) → \(target.path)")
        }
    }

    func testAJournalWithAnotherNameIsNotWrittenTo() throws {
        let other = scratch.appendingPathComponent("outside-journal.jsonl")
        try Data().write(to: other)
        try FileManager.default.linkItem(at: other, to: layout.journal)
        let store = try ProjectStore.open(folder, access: .editing)
        defer { store.close() }
        XCTAssertThrowsError(try store.record(tag("new-1"))) { error in
            XCTAssertTrue("\(error)".contains("journal.jsonl: has 2 names (hard links)"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: other), Data(), "the file's other name still holds nothing")
    }

    func testFifosWhereFilesBelongAreRefusedWithoutWaiting() throws {
        for name in ["glean.lock", "journal.jsonl", "glean.json", "fortnights/001/logs.json"] {
            let url = folder.appendingPathComponent(name)
            let saved = try? Data(contentsOf: url)
            try? FileManager.default.removeItem(at: url)
            XCTAssertEqual(mkfifo(url.path, 0o600), 0)
            let project = folder!
            let outcome = finishing(within: 5, "editing with \(name) a fifo") {
                Result { try ProjectStore.open(project, access: .editing).close() }
            }
            if case .success = outcome { XCTFail("editing with \(name) a fifo was not refused") }
            if case .failure(let error) = outcome {
                XCTAssertTrue("\(error)".contains("\(name): a fifo where a regular file belongs"), "\(error)")
            }
            try FileManager.default.removeItem(at: url)
            try saved?.write(to: url)
        }
    }
}
