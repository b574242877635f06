import Foundation
import XCTest

@testable import GleanCore

/// Opening a project with only some fortnights read: the others stand as digests, made from their files and checked
/// against them by their stamps, so the counts equal those of the whole project; a digest that does not match its
/// files, or that came from elsewhere, is never trusted.
final class LazyOpeningTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-lazy-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A generated programme of six fortnights, coded by two facilitators with a decision, written to `folder`.
    private func writeProgramme() throws -> Project {
        var project = ProgrammeGenerator(
            size: .init(participants: 30, fortnights: 6), seed: 5, codebook: Fixtures.small().codebook
        ).make()
        var second = project.fortnight(2)
        var extra = second.quotes[0]
        extra.id = "second-coder"
        extra.coder = "ben"
        extra.concerns = [project.codebook.concerns[1].id]
        second.quotes.append(extra)
        second.quotes.sort(by: Quote.precedes)
        second.decisions = [
            CodingDecision(
                log: extra.log, concern: extra.concerns[0], accepted: [second.quotes[0].coder], by: "ada",
                made: "2026-12-03T09:00:00Z")
        ]
        project.fortnights[2] = second
        project.apply(try XCTUnwrap(try LogCompletion.edit(project, fortnight: 3, done: true)))
        try ProjectStore.create(project, in: folder).close()
        return try ProjectStore.open(folder).opened
    }

    private func counts(_ project: Project, by attribute: String? = nil) throws -> String {
        try CountsReport(project: project, window: 3, attribute: attribute).json()
    }

    func testCountsFromDigestsEqualCountsFromTheWholeProject() throws {
        let whole = try writeProgramme()
        let lazy = try ProjectStore.open(folder, reading: .only([])).opened
        XCTAssertEqual(Set(lazy.unread.keys), Set(1...6), "every fortnight stands as its digest")
        XCTAssertTrue(lazy.fortnights.isEmpty)
        XCTAssertEqual(try counts(lazy), try counts(whole))
        let attribute = try XCTUnwrap(whole.attributeNames.first)
        XCTAssertEqual(try counts(lazy, by: attribute), try counts(whole, by: attribute))
        XCTAssertEqual(CodingBasis(project: lazy), CodingBasis(project: whole))
        XCTAssertTrue(CodingBasis(project: whole).isShared, "the programme has two coders, so the basis is tested")
    }

    func testOpeningForTheFirstScreenReadsOnlyTheLatestFortnight() throws {
        let whole = try writeProgramme()
        let store = try ProjectStore.open(folder, access: .editing, reading: .latest)
        defer { store.close() }
        XCTAssertEqual(Array(store.opened.fortnights.keys), [6])
        XCTAssertEqual(store.opened.fortnight(6), whole.fortnight(6))
        let rest = try store.unreadFortnights.read(store.opened.unread.keys)
        var read = store.opened
        read.read(rest)
        XCTAssertTrue(read.isWhole)
        XCTAssertEqual(read, whole)
    }

    func testAFortnightTheJournalChangedIsReadEvenWhenNotChosen() throws {
        let whole = try writeProgramme()
        let store = try ProjectStore.open(folder, access: .editing)
        let log = whole.fortnight(4).logs[0].id
        try store.record(Edit(summary: "done", changes: [.setLogDone(fortnight: 4, log: log, done: true)]))
        store.close()
        let lazy = try ProjectStore.open(folder, reading: .only([])).opened
        XCTAssertNil(lazy.unread[4], "the journal's edit is applied to the fortnight itself")
        XCTAssertTrue(lazy.fortnight(4).done.contains(log))
        var expected = whole
        expected.apply(.setLogDone(fortnight: 4, log: log, done: true))
        XCTAssertEqual(try counts(lazy), try counts(expected))
    }

    func testASessionWithAnEditLeavesEveryDigestTrustedThoughItsBackupLinkedEveryFile() throws {
        let whole = try writeProgramme()
        let store = try ProjectStore.open(folder, access: .editing, reading: .latest)
        let edit = Edit(summary: "note", changes: [.setNote(fortnight: 6, note: FortnightNote(opening: "Hello"))])
        try store.record(edit)
        var project = store.opened
        project.apply(edit)
        XCTAssertNotNil(try store.fold(project), "the fold made a backup, hard-linking every file")
        store.close()
        let reopened = try ProjectStore.open(folder, reading: .only([])).opened
        XCTAssertEqual(Set(reopened.unread.keys), Set(1...6), "no fortnight needs reading again")
        var expected = whole
        expected.apply(edit)
        XCTAssertEqual(try counts(reopened), try counts(expected))
    }

    func testALogsFileChangedByAnotherProgramIsNeverVouchedForFromMemory() throws {
        _ = try writeProgramme()
        let store = try ProjectStore.open(folder, access: .editing, reading: .latest)
        let logs = ProjectLayout(root: folder).logs(ofFortnight: 6)
        let text = try String(contentsOf: logs, encoding: .utf8)
        let firstLog = try XCTUnwrap(store.opened.fortnight(6).logs.first)
        try Data(text.replacingOccurrences(of: "\"\(firstLog.id)\"", with: "\"\(firstLog.id)-renamed\"").utf8).write(
            to: logs)
        let edit = Edit(summary: "done", changes: [.setLogDone(fortnight: 6, log: firstLog.id, done: true)])
        try store.record(edit)
        var project = store.opened
        project.apply(edit)
        try store.fold(project)
        store.close()
        let reopened = try ProjectStore.open(folder, reading: .only([])).opened
        XCTAssertNil(reopened.unread[6], "the fortnight whose logs changed under Glean is read, not trusted")
    }

    func testAHandEditedFortnightIsReadAgainEvenAtTheSameSizeAndTime() throws {
        let whole = try writeProgramme()
        let coding = ProjectLayout(root: folder).coding(ofFortnight: 4)
        let before = try FileManager.default.attributesOfItem(atPath: coding.path)
        let text = try String(contentsOf: coding, encoding: .utf8)
        let concerns = whole.codebook.concerns.map(\.id)
        var pairs: [(String, String)] = []
        for a in concerns where text.contains("\"\(a)\"") {
            for b in concerns where a != b && a.utf8.count == b.utf8.count { pairs.append((a, b)) }
        }
        let (from, to) = try XCTUnwrap(pairs.first, "two concern ids of one length, one of them used")
        let edited = text.replacingOccurrences(of: "\"\(from)\"", with: "\"\(to)\"")
        XCTAssertEqual(edited.utf8.count, text.utf8.count)
        try Data(edited.utf8).write(to: coding)
        try FileManager.default.setAttributes(
            [.modificationDate: before[.modificationDate] as Any], ofItemAtPath: coding.path)
        let lazy = try ProjectStore.open(folder, reading: .only([])).opened
        XCTAssertNil(lazy.unread[4], "a file changed since its digest was made is read")
        let fresh = try ProjectStore.open(folder).opened
        XCTAssertEqual(try counts(lazy), try counts(fresh))
        XCTAssertNotEqual(try counts(fresh), try counts(whole), "the edit changed the figures, so the test tells")
    }

    func testADigestFromElsewhereIsNeverTrusted() throws {
        _ = try writeProgramme()
        let record = folder.appendingPathComponent("cache/digests/003.json")
        var forged = try JSONDecoder().decode(DigestCache.Record.self, from: Data(contentsOf: record))
        forged.digest.writerTallies = forged.digest.writerTallies.map { _ in 999 }
        let copy = folder.deletingLastPathComponent().appendingPathComponent("glean-lazy-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: folder, to: copy)
        try JSONEncoder().encode(forged).write(to: copy.appendingPathComponent("cache/digests/003.json"))
        let lazy = try ProjectStore.open(copy, reading: .only([])).opened
        XCTAssertTrue(
            lazy.unread.isEmpty, "a copied project's files have new stamps, so none of its digests is trusted")
        XCTAssertEqual(try counts(lazy), try counts(try ProjectStore.open(copy).opened))
    }

    func testADigestRecordThatLiesUnderMatchingStampsIsCorrectedWhenTheFortnightIsRead() throws {
        let whole = try writeProgramme()
        let record = folder.appendingPathComponent("cache/digests/003.json")
        var forged = try JSONDecoder().decode(DigestCache.Record.self, from: Data(contentsOf: record))
        forged.digest.writerTallies = forged.digest.writerTallies.map { _ in 999 }
        try JSONEncoder().encode(forged).write(to: record)
        let store = try ProjectStore.open(folder, access: .editing, reading: .latest)
        XCTAssertNotNil(store.opened.unread[3])
        _ = try store.unreadFortnights.read([3])
        store.close()
        let reopened = try ProjectStore.open(folder, reading: .only([])).opened
        XCTAssertEqual(try counts(reopened), try counts(whole), "reading the fortnight recorded its true digest")
    }

    func testACacheFolderThatIsALinkIsNeitherReadNorWrittenThrough() throws {
        let whole = try writeProgramme()
        let outside = folder.deletingLastPathComponent().appendingPathComponent(
            "glean-lazy-outside-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("cache"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("cache"), withDestinationURL: outside)
        let store = try ProjectStore.open(folder, access: .editing, reading: .latest)
        XCTAssertTrue(store.opened.unread.isEmpty, "no digest is read through the link")
        try store.record(
            Edit(summary: "note", changes: [.setNote(fortnight: 6, note: FortnightNote(opening: "Hello"))]))
        var project = store.opened
        project.apply(.setNote(fortnight: 6, note: FortnightNote(opening: "Hello")))
        try store.fold(project)
        store.close()
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: outside.path), [], "nothing is written through it")
        XCTAssertEqual(try counts(try ProjectStore.open(folder, reading: .only([])).opened), try counts(whole))
    }

    func testWritingAFortnightNotReadIsRefused() throws {
        _ = try writeProgramme()
        let store = try ProjectStore.open(folder, access: .editing, reading: .latest)
        defer { store.close() }
        XCTAssertThrowsError(
            try ProjectWriter.write(store.opened, SnapshotParts(codings: [2]), ProjectLayout(root: folder))
        ) {
            XCTAssertTrue("\($0)".contains("not read into memory"), "\($0)")
        }
        XCTAssertEqual(try ProjectStore.open(folder).opened.fortnight(2).logs.isEmpty, false, "fortnight 2 is intact")
    }
}
