import Foundation
import XCTest
import ZIPFoundation

@testable import GleanCore

/// Issue 13: the QDPX export streams its XML and sources into the zip, and the import looks at each archive entry
/// once, so both cost the same per log at any size. Guarded by counting, not by timing.
final class QDPXStreamingTests: XCTestCase {
    /// A programme of `participants` writing one two-section log a fortnight for `fortnights` fortnights, each log
    /// with two quotes (one with a memo).
    private func programme(participants: Int, fortnights: Int) -> Project {
        let start = Day(iso: "2021-01-04")!
        let codebook = Codebook(concerns: [
            Concern(id: "care", name: "Care", colour: "#DC143C", key: 1, theme: "People"),
            Concern(id: "kit", name: "Kit", colour: "#4169E1", key: 2, theme: "Things"),
        ])
        var project = Project(
            programme: Programme(name: "Scale", start: start),
            participants: (0..<participants).map {
                Participant(code: String(format: "P-%04d", $0), attributes: ["site": "S\($0 % 7)"])
            },
            codebook: codebook)
        for number in 1...fortnights {
            var fortnight = Fortnight(number: number)
            for participant in project.participants {
                let date = start.adding(days: (number - 1) * 14 + 2)
                let log = Log(
                    id: "\(participant.code)-\(date.iso)", participant: participant.code, date: date,
                    sections: [
                        LogSection(prompt: "Progress", text: "Fortnight \(number): clinics ran well; staff tired."),
                        LogSection(prompt: "Concerns", text: "Headsets broke again at \(participant.code)."),
                    ])
                fortnight.logs.append(log)
                fortnight.quotes += [
                    Quote(
                        id: "\(log.id)-a", log: log.id, participant: log.participant, section: 0, start: 0, end: 11,
                        concerns: ["care"], coder: "fac", created: "2021-02-01T10:00:00Z"),
                    Quote(
                        id: "\(log.id)-b", log: log.id, participant: log.participant, section: 1, start: 0, end: 8,
                        concerns: ["care", "kit"], memo: "Again.", coder: "fac", created: "2021-02-01T10:00:00Z"),
                ]
            }
            fortnight.quotes.sort(by: Quote.precedes)
            project.fortnights[number] = fortnight
        }
        return project
    }

    func testImportListsAndUnpacksEachEntryOnce() throws {
        let project = programme(participants: 150, fortnights: 10)
        let url = try ExchangeTestSupport.folder().appendingPathComponent("scale.qdpx")
        try ExchangeExport.archive(project).write(to: url)
        let tally = EntryTally()
        let incoming = try ExchangeImport.readProject(url, name: "scale.qdpx", options: .init(), tally: tally)
        XCTAssertEqual(incoming.logs.count, 1_500)
        XCTAssertEqual(incoming.quotes.count, 3_000)
        XCTAssertEqual(tally.listed, 1_501, "the archive's directory is read once: the .qde and one text a log")
        XCTAssertEqual(tally.unpacked.count, 1_501)
        XCTAssertEqual(tally.unpacked.values.filter { $0 != 1 }.count, 0, "no entry is unpacked twice")
    }

    func testExportHandsTheXMLToTheZipInSmallPieces() throws {
        let project = programme(participants: 150, fortnights: 10)
        var pieces: [Int] = []
        var xml = Data()
        try ProjectXML(project).write {
            pieces.append($0.count)
            xml.append(contentsOf: $0)
        }
        XCTAssertGreaterThan(xml.count, 1 << 20)
        XCTAssertGreaterThan(pieces.count, 16)
        XCTAssertLessThanOrEqual(pieces.max() ?? 0, 1 << 17, "no piece near the size of the whole document")
        let files = try ExchangeTestSupport.files(of: ExchangeExport.archive(project))
        XCTAssertEqual(files["project.qde"], xml)
        XCTAssertEqual(files.count, 1_501)
    }

    func testFileExportIsTheArchiveMadeInMemory() throws {
        let project = programme(participants: 40, fortnights: 5)
        let url = try ExchangeTestSupport.folder().appendingPathComponent("out.qdpx")
        try ExchangeExport.write(project, format: .qdpx, to: url, replacing: false)
        XCTAssertEqual(try Data(contentsOf: url), try ExchangeExport.archive(project))
        let small = ZipMemoryOutput()
        let file = try ExchangeTestSupport.folder().appendingPathComponent("small.qdpx")
        try ExchangeExport.archive(project, into: small)
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        defer { close(descriptor) }
        try ExchangeExport.archive(project, into: ZipFileOutput(file: descriptor, path: file.path, bufferSize: 4_096))
        XCTAssertEqual(try Data(contentsOf: file), small.data, "headers filled in after their bytes left the buffer")
        XCTAssertThrowsError(try ExchangeExport.write(project, format: .qdpx, to: url, replacing: false)) {
            XCTAssertTrue($0 is ExportFile.Exists)
        }
    }

    /// Each entry's local header, filled in once its bytes are written, says what its central directory record says.
    func testLocalHeadersAgreeWithTheCentralDirectory() throws {
        let bytes = try ExchangeExport.archive(programme(participants: 30, fortnights: 3))
        func field(_ offset: Int, _ size: Int) -> UInt64 {
            (0..<size).reduce(0) { $0 | UInt64(bytes[bytes.startIndex + offset + $1]) << (8 * $1) }
        }
        var offset = 0
        var count = 0
        for entry in try Archive(data: bytes, accessMode: .read) {
            XCTAssertEqual(field(offset, 4), 0x0403_4B50, entry.path)
            XCTAssertEqual(field(offset + 14, 4), UInt64(entry.checksum), entry.path)
            XCTAssertEqual(field(offset + 18, 4), entry.compressedSize, entry.path)
            XCTAssertEqual(field(offset + 22, 4), entry.uncompressedSize, entry.path)
            offset += 30 + Int(field(offset + 26, 2)) + Int(field(offset + 28, 2)) + Int(entry.compressedSize)
            count += 1
        }
        XCTAssertEqual(count, 91)
    }

    func testArchiveOfMoreThan65535EntriesEndsWithZIP64Records() throws {
        let output = ZipMemoryOutput()
        let zip = try ZipStreamWriter(output)
        for index in 0..<65_600 { try zip.addEntry("sources/\(index).txt", Array("text \(index)".utf8)) }
        try zip.finish()
        let end = output.data.suffix(22 + 20 + 56)
        XCTAssertEqual(Array(end.prefix(4)), [0x50, 0x4B, 0x06, 0x06], "ZIP64 end of central directory record")
        let archive = try Archive(data: output.data, accessMode: .read)
        var count = 0
        for _ in archive { count += 1 }
        XCTAssertEqual(count, 65_600)
        var text = Data()
        _ = try archive.extract(try XCTUnwrap(archive["sources/65599.txt"])) { text.append($0) }
        XCTAssertEqual(String(decoding: text, as: UTF8.self), "text 65599")
    }
}
