import Foundation
import XCTest

@testable import GleanCore

/// A write spanning several files (here an import adding logs to a fortnight on disk and a new one) is seen whole or
/// not at all: in every state a crash can leave, readers see the old project or the new, and the next editor finishes
/// it or clears it away.
final class TransactionTests: SmallProjectTestCase {
    /// The small project with a new participant's logs in fortnight 2 (on disk) and fortnight 5 (new).
    private func imported() -> (project: Project, parts: SnapshotParts) {
        var project = Fixtures.small()
        project.addParticipants([Participant(code: "D-04", attributes: [:])])
        let addition = project.addLogs([
            Fixtures.log("D-04", "2020-05-02", ["Second fortnight."]), Fixtures.log("D-04", "2020-06-04", ["Fifth."]),
        ])
        return (project, SnapshotParts(manifest: true, logs: Set(addition.added.keys)))
    }

    /// Every file under the project with its bytes.
    private func tree() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            files[path] = isFolder.boolValue ? Data() : try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return files
    }

    /// Writes the import, then puts the disk back as a crash would have left it after the commit point with only the
    /// first `moved` of its renames done; returns how many renames the transaction has.
    @discardableResult
    private func crashAfterCommit(movingOnly moved: Int) throws -> Int {
        let backup = try Backups.make(layout, reason: "the old files")
        let (project, parts) = imported()
        try ProjectWriter.write(project, parts, layout)
        let root = try layout.openRoot()
        var record = try XCTUnwrap(try TransactionRecord.read(root))
        var renames: [() throws -> Void] = []
        for file in record.replacedFiles {
            renames.append {
                let old = self.folder.appendingPathComponent("backups/\(backup)/\(file.relativePath)")
                let target = self.folder.appendingPathComponent(file.relativePath)
                try FileManager.default.moveItem(
                    at: target, to: target.deletingLastPathComponent().appendingPathComponent(record.staged(file.name)))
                try FileManager.default.copyItem(at: old, to: target)
            }
        }
        for number in record.newFortnights {
            renames.append {
                try FileManager.default.moveItem(
                    at: self.layout.folder(ofFortnight: number),
                    to: self.layout.fortnightsFolder.appendingPathComponent(record.stagedFolder(ofFortnight: number)))
            }
        }
        for undo in renames.dropFirst(moved) { try undo() }
        record.applied = false
        try record.write(in: root)
        return renames.count
    }

    func testEveryStateACrashAfterTheCommitLeavesReadsAsTheWholeImport() throws {
        let count = try crashAfterCommit(movingOnly: 0)
        XCTAssertEqual(count, 3, "glean.json, fortnight 2's logs, and fortnight 5 as a whole folder")
        for moved in 0...count {
            try FileManager.default.removeItem(at: folder)
            try ProjectStore.create(Fixtures.small(), in: folder).close()
            try crashAfterCommit(movingOnly: moved)
            let before = try tree()
            let reader = try ProjectStore.open(folder)
            XCTAssertEqual(reader.opened, imported().project, "after \(moved) renames")
            XCTAssertTrue(
                reader.notices.contains { $0.contains("was cut short after it was committed") }, "\(reader.notices)")
            XCTAssertEqual(reader.problems, [])
            XCTAssertEqual(try tree(), before, "reading wrote nothing")

            let editor = try ProjectStore.open(folder, access: .editing)
            XCTAssertEqual(editor.opened, imported().project)
            editor.close()
            XCTAssertEqual(try TransactionRecord.read(layout.openRoot())?.applied, true)
            XCTAssertFalse(
                try tree().keys.contains { $0.hasSuffix(TransactionRecord.stagedSuffix) }, "every staged file moved")
            XCTAssertEqual(try ProjectStore.open(folder).notices, [])
        }
    }

    func testStagedFilesNoCommitNamesAreIgnoredThenRemoved() throws {
        let junk = [
            "fortnights/001/.logs.json.abc.staged", "fortnights/.007.abc.staged/logs.json",
            "fortnights/.007.abc.staged/coding.json", ".glean.json.123.partial", ".glean.json.abc.staged",
        ]
        for path in junk {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{ not what Glean wrote".utf8).write(to: url)
        }
        XCTAssertEqual(try ProjectStore.open(folder).opened, Fixtures.small(), "readers ignore uncommitted files")
        try ProjectStore.open(folder, access: .editing).close()
        for path in junk {
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), path)
        }
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("fortnights/.007.abc.staged").path))
    }

    func testAHostileRecordIsRefused() throws {
        let hostile = [
            "{\"applied\":false,\"codings\":[0],\"logs\":[],\"manifest\":false,\"newFortnights\":[],\"removedFortnights\":[],\"sequence\":2,\"token\":\"ab\"}",
            "{\"applied\":false,\"codings\":[],\"logs\":[],\"manifest\":true,\"newFortnights\":[],\"removedFortnights\":[],\"sequence\":2,\"token\":\"../../x\"}",
            "{\"applied\":false,\"codings\":[],\"logs\":[],\"manifest\":true,\"newFortnights\":[],\"removedFortnights\":[],\"sequence\":-3,\"token\":\"ab\"}",
            "{\"applied\":false,\"sequence\":2}",
        ]
        for text in hostile {
            try Data(text.utf8).write(to: layout.transaction)
            for access in [ProjectStore.Access.readOnly, .editing] {
                XCTAssertThrowsError(try ProjectStore.open(folder, access: access), text) { error in
                    XCTAssertEqual((error as? ProjectError)?.file, layout.transaction.path, "\(error)")
                }
            }
        }
    }

    func testAnImportIsOneTransaction() throws {
        let before = try XCTUnwrap(try TransactionRecord.read(layout.openRoot())).sequence
        let store = try ProjectStore.open(folder, access: .editing)
        defer { store.close() }
        let (expected, _) = imported()
        let logs = expected.fortnights.values.flatMap(\.logs).filter { $0.participant == "D-04" }
        let (project, addition) = try store.importLogs(
            participants: [Participant(code: "D-04", attributes: [:])], logs: logs, into: store.opened)
        XCTAssertEqual(addition.count, 2)
        XCTAssertEqual(project, expected)
        XCTAssertEqual(try TransactionRecord.read(layout.openRoot())?.sequence, before + 1)
        XCTAssertEqual(try ProjectStore.open(folder).opened, expected)
    }
}
