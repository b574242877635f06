import Foundation
import XCTest

@testable import GleanCore

/// The lock, backups, restore and schema upgrades.
final class ReliabilityTests: SmallProjectTestCase {
    private func tag(_ id: String) -> Edit {
        Edit(
            summary: "Tagged",
            changes: [.putQuote(fortnight: 2, quote: Fixtures.quote(id, "C-03-2020-05-03", 0..<19, ["feedback"]))])
    }

    func testASecondEditorIsRefusedWithTheHolderNamed() throws {
        let first = try ProjectStore.open(folder, access: .editing)
        XCTAssertThrowsError(try ProjectStore.open(folder, access: .editing)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("the project is open in Glean on "), text)
            XCTAssertTrue(text.contains("(process \(getpid()), user "), text)
            XCTAssertEqual((error as? ProjectLocked)?.file.hasSuffix("glean.lock"), true, text)
            XCTAssertFalse(text.contains("--"), "the command line names the option: \(text)")
        }
        XCTAssertNoThrow(try ProjectStore.open(folder), "read-only opening needs no lock")
        first.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: layout.lockFile.path))
        XCTAssertNoThrow(try ProjectStore.open(folder, access: .editing).close())
    }

    func testALockLeftByADeadProcessIsTakenOver() throws {
        let stale = "{\"host\":\"elsewhere\",\"process\":999999,\"since\":\"2020-05-01T09:00:00Z\",\"user\":\"ann\"}"
        try Data(stale.utf8).write(to: layout.lockFile)
        let store = try ProjectStore.open(folder, access: .editing)
        defer { store.close() }
        XCTAssertEqual(
            store.notices,
            [
                "took over the lock left by Glean on elsewhere (process 999999, user ann) since 2020-05-01T09:00:00Z, which is no longer running"
            ])
    }

    func testAReadOnlyStoreRefusesToWrite() throws {
        let store = try ProjectStore.open(folder)
        XCTAssertThrowsError(try store.record(tag("x"))) { error in
            XCTAssertTrue("\(error)".contains("opened read-only"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: layout.journal.path))
    }

    func testFoldingKeepsTheOldFilesAsABackup() throws {
        let store = try ProjectStore.open(folder, access: .editing)
        var project = store.opened
        let edit = tag("new-1")
        project.apply(edit)
        try store.record(edit)
        let before = try Data(contentsOf: layout.coding(ofFortnight: 2))
        let name = try XCTUnwrap(try store.fold(project))
        store.close()
        let backup = try XCTUnwrap(Backups.list(layout).first)
        XCTAssertEqual(backup.name, name)
        XCTAssertEqual(backup.reason, "before folding the journal")
        XCTAssertEqual(try Data(contentsOf: backup.folder.appendingPathComponent("fortnights/002/coding.json")), before)
        XCTAssertNotEqual(try Data(contentsOf: layout.coding(ofFortnight: 2)), before)
        XCTAssertEqual(
            Set(try Backups.snapshotFiles(ProjectLayout(root: backup.folder))),
            Set(try Backups.snapshotFiles(layout)), "a backup is a whole snapshot")
    }

    func testOnlyTheNewestBackupsAreKept() throws {
        for second in 0..<(Backups.kept + 3) {
            try Backups.make(
                layout, reason: "test \(second)", now: Date(timeIntervalSince1970: 1_600_000_000 + Double(second)))
        }
        let backups = Backups.list(layout)
        XCTAssertEqual(backups.count, Backups.kept)
        XCTAssertEqual(backups.first?.reason, "test \(Backups.kept + 2)")
        XCTAssertEqual(backups.last?.reason, "test 3")
    }

    func testRestorePutsABackupBackAndBacksUpTheCurrentFiles() throws {
        var store = try ProjectStore.open(folder, access: .editing)
        var project = store.opened
        for id in ["first", "second"] {
            let edit = tag(id)
            project.apply(edit)
            try store.record(edit)
            try store.fold(project)
        }
        store.close()
        let afterFirst = try XCTUnwrap(Backups.list(layout).first, "made before folding the second edit")
        store = try ProjectStore.open(folder, access: .editing)
        let pending = tag("pending")
        project.apply(pending)
        try store.record(pending)
        let restored = try store.restore(afterFirst.name, current: project)
        store.close()
        let ids = restored.fortnight(2).quotes.map(\.id)
        XCTAssertTrue(ids.contains("first"))
        XCTAssertFalse(ids.contains("second"))
        XCTAssertEqual(try ProjectStore.open(folder).opened, restored)
        let newest = try XCTUnwrap(Backups.list(layout).first)
        XCTAssertEqual(newest.reason, "before restoring \(afterFirst.name)")
        let saved = try ProjectStore.open(newest.folder).opened
        XCTAssertTrue(
            saved.fortnight(2).quotes.map(\.id).contains("pending"), "the unsaved edit is in the backup made first")
    }

    func testRestoringAnUnknownBackupNamesTheKnownOnes() throws {
        try Backups.make(layout, reason: "test", now: Date(timeIntervalSince1970: 1_600_000_000))
        let store = try ProjectStore.open(folder, access: .editing)
        defer { store.close() }
        XCTAssertThrowsError(try store.restore("nope", current: store.opened)) { error in
            XCTAssertTrue(
                "\(error)".contains("there is no backup \"nope\"; the backups are 20200913T122640Z"), "\(error)")
        }
    }

    /// Rewrites the project as schema version 1 wrote it: no participant on quotes, no aliases.
    private func downgradeToSchemaOne() throws {
        let manifest = try String(contentsOf: layout.manifest, encoding: .utf8)
        try manifest.replacing(/"schemaVersion" : \d+/, with: "\"schemaVersion\" : 1").replacing(
            /\n *"alias" : "[^"]*",/, with: ""
        )
        .write(to: layout.manifest, atomically: true, encoding: .utf8)
        try removeDoneMarks()
        for number in [1, 2] {
            let url = layout.coding(ofFortnight: number)
            let coding = try String(contentsOf: url, encoding: .utf8)
            try coding.replacing(/\n *"participant" : "[^"]*",/, with: "").write(
                to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Takes `done` out of both coding files, as files before schema version 4 were written.
    private func removeDoneMarks() throws {
        for number in [1, 2] {
            let url = layout.coding(ofFortnight: number)
            let coding = try String(contentsOf: url, encoding: .utf8)
            XCTAssertTrue(coding.contains("\"done\" : ["))
            try coding.replacing(/\n *"done" : \[[^\]]*\],/, with: "").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    func testSchemaThreeIsUpgradedToFourWithABackupAndEveryLogNotDone() throws {
        let manifest = try String(contentsOf: layout.manifest, encoding: .utf8)
        try manifest.replacing(/"schemaVersion" : \d+/, with: "\"schemaVersion\" : 3")
            .write(to: layout.manifest, atomically: true, encoding: .utf8)
        try removeDoneMarks()
        let oldCoding = try Data(contentsOf: layout.coding(ofFortnight: 1))
        let readOnly = try ProjectStore.open(folder)
        XCTAssertEqual(readOnly.opened, Fixtures.small(done: false), "no log of an older project is done")
        XCTAssertTrue(readOnly.opened.fortnight(1).isProvisional)
        XCTAssertTrue(readOnly.notices.first?.contains("schema version 3; they will be upgraded to 4") == true)
        XCTAssertTrue(Backups.list(layout).isEmpty, "reading writes nothing")

        let editing = try ProjectStore.open(folder, access: .editing)
        editing.close()
        XCTAssertTrue(editing.notices.last?.contains("upgraded the project from schema version 3 to 4") == true)
        let backup = try XCTUnwrap(Backups.list(layout).first)
        XCTAssertEqual(backup.reason, "before upgrading from schema version 3")
        XCTAssertEqual(
            try Data(contentsOf: backup.folder.appendingPathComponent("fortnights/001/coding.json")), oldCoding)
        XCTAssertTrue(try String(contentsOf: layout.manifest, encoding: .utf8).contains("\"schemaVersion\" : 4"))
        XCTAssertTrue(try String(contentsOf: layout.coding(ofFortnight: 1), encoding: .utf8).contains("\"done\" : ["))
        XCTAssertTrue(try ProjectStore.open(folder).notices.isEmpty)
    }

    func testSchemaOneIsReadAndUpgradedOnlyWhenEditing() throws {
        try downgradeToSchemaOne()
        let oldManifest = try Data(contentsOf: layout.manifest)
        let readOnly = try ProjectStore.open(folder)
        XCTAssertEqual(readOnly.opened, Fixtures.small(done: false), "participants are filled in from the logs")
        XCTAssertTrue(readOnly.notices.first?.contains("schema version 1") == true)
        XCTAssertEqual(try Data(contentsOf: layout.manifest), oldManifest, "reading writes nothing")
        XCTAssertTrue(Backups.list(layout).isEmpty)

        let editing = try ProjectStore.open(folder, access: .editing)
        editing.close()
        XCTAssertEqual(editing.opened, Fixtures.small(done: false))
        XCTAssertTrue(editing.notices.last?.contains("upgraded the project from schema version 1 to 4") == true)
        let backup = try XCTUnwrap(Backups.list(layout).first)
        XCTAssertEqual(backup.reason, "before upgrading from schema version 1")
        XCTAssertEqual(try Data(contentsOf: backup.folder.appendingPathComponent("glean.json")), oldManifest)
        XCTAssertTrue(try String(contentsOf: layout.manifest, encoding: .utf8).contains("\"schemaVersion\" : 4"))
        XCTAssertTrue(
            try String(contentsOf: layout.coding(ofFortnight: 1), encoding: .utf8).contains(
                "\"participant\" : \"A-01\""))
        XCTAssertTrue(try ProjectStore.open(folder).notices.isEmpty)
    }

    func testAJournalFromSchemaOneIsReplayedAndFoldedByTheUpgrade() throws {
        let store = try ProjectStore.open(folder, access: .editing)
        try store.record(tag("journalled"))
        store.close()
        try downgradeToSchemaOne()
        let journal = try String(contentsOf: layout.journal, encoding: .utf8)
        try journal.replacing(/"participant":"[^"]*",/, with: "").write(
            to: layout.journal, atomically: true, encoding: .utf8)
        let upgraded = try ProjectStore.open(folder, access: .editing)
        upgraded.close()
        let quote = try XCTUnwrap(upgraded.opened.fortnight(2).quotes.first { $0.id == "journalled" })
        XCTAssertEqual(quote.participant, "C-03")
        XCTAssertEqual(try Data(contentsOf: layout.journal).count, 0)
        XCTAssertEqual(try ProjectStore.open(folder).opened, upgraded.opened)
    }

    func testFilesAndFoldersAreOwnerOnly() throws {
        let store = try ProjectStore.open(folder, access: .editing)
        try store.record(tag("x"))
        try store.fold(store.opened)
        store.close()
        for path in [layout.manifest, layout.journal, layout.coding(ofFortnight: 1)] {
            XCTAssertEqual(
                try FileManager.default.attributesOfItem(atPath: path.path)[.posixPermissions] as? Int, 0o600, path.path
            )
        }
        for path in [layout.fortnightsFolder, layout.folder(ofFortnight: 1), layout.backupsFolder] {
            XCTAssertEqual(
                try FileManager.default.attributesOfItem(atPath: path.path)[.posixPermissions] as? Int, 0o700, path.path
            )
        }
    }
}
