import XCTest

@testable import GleanCore

/// Exporting to QDPX and importing into a new project gives back the same project.
final class ExchangeRoundTripTests: XCTestCase {
    private func assertRoundTrip(_ original: Project, file: StaticString = #filePath, line: UInt = #line) throws {
        let (imported, incoming) = try ExchangeTestSupport.roundTrip(original)
        XCTAssertEqual(incoming.unmapped, [], file: file, line: line)
        XCTAssertEqual(imported.programme, original.programme, file: file, line: line)
        XCTAssertEqual(imported.codebook, original.codebook, file: file, line: line)
        XCTAssertEqual(imported.participants.map(\.code), original.participants.map(\.code), file: file, line: line)
        XCTAssertEqual(
            imported.participants.map(\.attributes), original.participants.map(\.attributes), file: file, line: line)
        XCTAssertEqual(imported.fortnights.keys.sorted(), original.fortnights.keys.sorted(), file: file, line: line)
        for (number, fortnight) in original.fortnights {
            let back = imported.fortnight(number)
            XCTAssertEqual(back.logs, fortnight.logs, "logs of fortnight \(number)", file: file, line: line)
            XCTAssertEqual(back.quotes, fortnight.quotes, "quotes of fortnight \(number)", file: file, line: line)
            XCTAssertEqual(back.note, fortnight.note, file: file, line: line)
        }
    }

    func testSampleRoundTripsExactly() throws {
        let sample = try ExportFixtures.sample()
        try assertRoundTrip(sample)
        let (imported, _) = try ExchangeTestSupport.roundTrip(sample)
        XCTAssertEqual(
            imported.fortnights.values.flatMap(\.quotes).filter(\.featured).count,
            sample.fortnights.values.flatMap(\.quotes).filter(\.featured).count)
        XCTAssertEqual(imported, sample, "aliases too, as they are given in code order")
    }

    func testHostileTextRoundTripsExactly() throws {
        try assertRoundTrip(ExchangeFixtures.hostile())
    }

    func testCRLFInsideASectionIsReportedAsCountedTwice() throws {
        let (_, incoming) = try ExchangeTestSupport.roundTrip(ExchangeFixtures.hostile())
        XCTAssertTrue(incoming.notices.contains { $0.contains("positions count CR LF as two characters") })
    }

    func testMergingTheSameExportTwiceAddsNothing() throws {
        let sample = try ExportFixtures.sample()
        let incoming = try ExchangeTestSupport.read(ExchangeExport.archive(sample))
        let merge = ExchangeMerge(incoming, into: sample)
        XCTAssertEqual(merge.project, sample)
        XCTAssertEqual(merge.edit.changes, [])
    }

    func testNewProjectAndMergeOnDisk() throws {
        let folder = try ExchangeTestSupport.folder()
        let hostile = ExchangeFixtures.hostile()
        let incoming = try ExchangeTestSupport.read(ExchangeExport.archive(hostile))
        let (_, store) = try ExchangeMerge.create(incoming, in: folder.appendingPathComponent("new"), start: nil)
        store.close()
        let reopened = try ProjectStore.open(folder.appendingPathComponent("new")).opened
        XCTAssertEqual(reopened.fortnights, hostile.fortnights)
        XCTAssertEqual(reopened.codebook, hostile.codebook)

        let other = try ProjectStore.create(
            Project(
                programme: Programme(name: "Other", start: Day(iso: "2020-03-30")!),
                codebook: Codebook(concerns: [
                    Concern(id: "plain-x", name: "plain", colour: "#000000", key: 1, theme: "Mine")
                ])),
            in: folder.appendingPathComponent("other"))
        let merge = try ExchangeMerge.merge(incoming, into: other.opened, store: other)
        other.close()
        let merged = try ProjectStore.open(folder.appendingPathComponent("other")).opened
        XCTAssertEqual(merged, merge.project)
        XCTAssertEqual(
            merged.codebook.concerns.map(\.id), ["plain-x", "pets", "loose"],
            "Plain joins plain by name; key 1 was taken")
        XCTAssertEqual(merged.codebook.concern(id: "pets")?.key, nil)
        XCTAssertEqual(merged.fortnights.values.flatMap(\.quotes).count, 4)
        XCTAssertTrue(merged.fortnights.values.flatMap(\.quotes).contains { $0.concerns == ["loose", "plain-x"] })
    }

    /// A merge writes its logs, concerns and quotes in one transaction (one backup, one record naming the new
    /// fortnights and the manifest), so a crash part-way never leaves logs without their quotes.
    func testAMergeIsOneTransaction() throws {
        let folder = try ExchangeTestSupport.folder()
        let incoming = try ExchangeTestSupport.read(ExchangeExport.archive(ExchangeFixtures.hostile()))
        let other = try ProjectStore.create(
            Project(programme: Programme(name: "Other", start: Day(iso: "2020-03-30")!)),
            in: folder.appendingPathComponent("other"))
        let merge = try ExchangeMerge.merge(incoming, into: other.opened, store: other)
        other.close()
        XCTAssertEqual(Backups.list(other.layout).count, 1)
        let record = try XCTUnwrap(try TransactionRecord.read(other.layout.openRoot()))
        XCTAssertTrue(record.applied)
        XCTAssertTrue(record.manifest)
        XCTAssertEqual(record.newFortnights, merge.project.fortnights.keys.sorted())
        XCTAssertFalse(merge.project.fortnights.values.flatMap(\.quotes).isEmpty)
    }
}
