import Foundation
import XCTest

@testable import GleanCore

/// Issue 9, class 6 (QDPX): only the entries the `.qde` refers to are unpacked, each streamed and capped whatever its
/// header says; a source larger than a log may be is refused by name; nothing in an archive reaches the disk.
final class QDPXArchiveLimitTests: XCTestCase {
    private typealias Q = HostileQDPX

    private func read(_ url: URL) throws -> ExchangeImport.Incoming {
        try ExchangeImport.read(url, name: "bomb.qdpx", format: .qdpx, options: Q.options)
    }

    private func validEntries(sources: Int = 1) -> [(path: String, content: ZipBomb.Content)] {
        [("project.qde", .data(Data(Q.document(sources: sources).utf8)))]
            + (1..<sources + 1).map { ("sources/\($0).txt", .data(Data(Q.sourceText($0).utf8))) }
    }

    /// An entry the `.qde` does not refer to, 200 MiB unpacked and declaring 3 GiB with a wrong checksum, is never
    /// unpacked: unpacking any of it would fail on the checksum, and would take time and memory.
    func testAnUnreferencedBombIsNeverUnpacked() throws {
        let url = try ZipBomb.write(validEntries() + [("extra/zeros.bin", .repeated(0, count: 200 << 20))])
        try ZipBomb.lie(in: url, about: "extra/zeros.bin", uncompressedSize: 3 << 30, crc32: 0xDEAD_BEEF)
        XCTAssertLessThan(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? .max, 1 << 20)
        let started = Date()
        let incoming = try read(url)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2, "the bomb was not touched")
        XCTAssertEqual(incoming.logs.map(\.sections.first?.text), [Q.sourceText(1)])
    }

    func testAReferencedSourceOverTheEntryCapIsRefused() throws {
        var entries = validEntries()
        entries[1].content = .repeated(UInt8(ascii: "a"), count: InputLimits.sourceEntryBytes + 1)
        Q.assertRefused([
            "bomb.qdpx/sources/1.txt: unpacks to more than 4 MiB, the most Glean reads as a source text (refused)"
        ]) {
            try read(try ZipBomb.write(entries))
        }
    }

    /// A source whose header says 20 bytes but which unpacks to 64 MiB is stopped at the cap while it unpacks.
    func testASourceWhoseHeaderLiesAboutItsSizeIsStoppedAtTheCap() throws {
        var entries = validEntries()
        entries[1].content = .repeated(UInt8(ascii: "a"), count: 64 << 20)
        let url = try ZipBomb.write(entries)
        try ZipBomb.lie(in: url, about: "sources/1.txt", uncompressedSize: 20)
        Q.assertRefused([
            "bomb.qdpx/sources/1.txt: unpacks to more than 4 MiB, the most Glean reads as a source text (refused)"
        ]) {
            try read(url)
        }
    }

    func testASourceLargerThanALogIsRefusedByName() throws {
        var entries = validEntries()
        entries[1].content = .repeated(UInt8(ascii: "a"), count: InputLimits.logTextBytes + 1)
        Q.assertRefused([
            "bomb.qdpx/project.qde:",
            "source \"Source 1\" has 1048577 bytes of text, more than the 1 MiB Glean takes as one log (refused)",
        ]) {
            try read(try ZipBomb.write(entries))
        }
        let inline = Q.document(
            sourceExtra:
                "<PlainTextContent>\(String(repeating: "b", count: InputLimits.logTextBytes + 1))</PlainTextContent>")
        Q.assertRefused(["in.qdpx/project.qde:", "the text of <PlainTextContent>", "longer than 1 MiB"]) {
            try Q.read(inline)
        }
    }

    func testASourceOfExactlyTheLogLimitIsRead() throws {
        var entries = validEntries()
        entries[1].content = .repeated(UInt8(ascii: "a"), count: InputLimits.logTextBytes)
        XCTAssertEqual(
            try read(try ZipBomb.write(entries)).logs.first?.sections.first?.text.utf8.count, InputLimits.logTextBytes)
    }

    func testADamagedReferencedEntryIsRefused() throws {
        let url = try ZipBomb.write(validEntries())
        try ZipBomb.lie(in: url, about: "sources/1.txt", crc32: 0xDEAD_BEEF)
        Q.assertRefused(["bomb.qdpx/sources/1.txt: this entry of the archive is damaged and cannot be unpacked"]) {
            try read(url)
        }
    }

    func testAProjectXMLOverItsCapIsRefusedBeforeUnpacking() throws {
        let url = try ZipBomb.write(validEntries())
        try ZipBomb.lie(in: url, about: "project.qde", uncompressedSize: UInt32(InputLimits.exchangeXMLBytes + 1))
        Q.assertRefused([
            "bomb.qdpx/project.qde: unpacks to more than 512 MiB, the most Glean reads as a project XML (.qde) (refused)"
        ]) {
            try read(url)
        }
    }

    /// Entries named `../…` or `/…` are looked up by file name like any other and never written anywhere.
    func testEntriesWithEscapingPathsAreOnlyLookedUp() throws {
        let marker = UUID().uuidString
        let escaping = ["../../glean-escape-\(marker).txt", "/tmp/glean-absolute-\(marker).txt"]
        let qde = Q.document(sources: 2)
            .replacingOccurrences(of: "internal://1.txt", with: "internal://\(escaping[0])")
            .replacingOccurrences(of: "internal://2.txt", with: escaping[1])
        let url = try ZipBomb.write(
            [("project.qde", .data(Data(qde.utf8)))]
                + escaping.enumerated().map { ($1, .data(Data(Q.sourceText($0 + 1).utf8))) })
        let incoming = try read(url)
        XCTAssertEqual(incoming.logs.compactMap(\.sections.first?.text), [Q.sourceText(1), Q.sourceText(2)])
        let folder = url.deletingLastPathComponent()
        for candidate in [
            folder.appendingPathComponent(escaping[0]).standardizedFileURL.path,
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(escaping[0])
                .standardizedFileURL.path,
            escaping[1],
        ] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: candidate), candidate)
        }
    }

    /// Finding sources is one lookup each: 4,000 sources in an archive of 4,000 entries import in a few seconds
    /// (looking each up by scanning the sorted entry names took minutes).
    func testManySourcesAreFoundInLinearTime() throws {
        let count = 4_000
        let url = try ExchangeTestSupport.folder().appendingPathComponent("many.qdpx")
        try Q.archive(Data(Q.document(sources: count).utf8), sources: count).write(to: url)
        let started = Date()
        let incoming = try read(url)
        let seconds = Date().timeIntervalSince(started)
        print("QDPX import of \(count) sources: \(String(format: "%.2f", seconds)) s")
        XCTAssertEqual(incoming.logs.count, count)
        XCTAssertEqual(incoming.quotes.count, count)
        XCTAssertLessThan(seconds, 30)
    }
}
