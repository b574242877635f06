import Foundation
import XCTest

@testable import GleanCore

/// A log over `InputLimits.logTextBytes` is refused by every importer, naming the file, the line and the limit; a CSV
/// field or row too big is refused by the pre-scan before the CSV reader sees it, and a text file too big is not read.
final class ImportSizeLimitTests: XCTestCase {
    private let fixtures = ImportFixtures()
    private let header = "participant,date,Progress,Concerns\n"
    private let limit = InputLimits.logTextBytes

    func testAFieldOverTheLimitIsRefusedAtItsLineBeforeTheReaderSeesIt() {
        let csv =
            header + "AB-01,2020-04-10,\"two\nlines\",x\nAB-02,2020-04-11," + String(repeating: "a", count: limit + 4)
            + ",x\n"
        assertImportError(try fixtures.read(csv), contains: ["logs.csv:4:", "over the 1 MiB one log may hold"])
    }

    func testAQuotedFieldOverTheLimitIsRefusedAtTheLineItStarts() {
        let csv = header + "AB-01,2020-04-10,\"" + String(repeating: "a\n", count: limit / 2 + 1) + "\",x\n"
        assertImportError(try fixtures.read(csv), contains: ["logs.csv:2:", "field starting here"])
    }

    func testAHugeFieldIsRefusedQuickly() {
        let csv = header + "AB-01,2020-04-10," + String(repeating: "a b ", count: 8 << 20) + ",x\n"
        let start = Date()
        assertImportError(try fixtures.read(csv), contains: ["logs.csv:2:", "1 MiB"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "32 MiB should be refused by the pre-scan, not parsed")
    }

    func testARowOverItsLimitIsRefusedEvenWhenEveryFieldIsSmall() {
        let field = String(repeating: "b", count: limit / 2)
        let wide = "participant,date," + (1...10).map { "Q\($0)" }.joined(separator: ",") + "\n"
        let csv = wide + "AB-01,2020-04-10," + Array(repeating: field, count: 10).joined(separator: ",") + "\n"
        assertImportError(try fixtures.read(csv), contains: ["logs.csv:2:", "row starting here", "4 MiB"])
    }

    func testAnswersTogetherOverTheLimitAreABadRowNamingItsLine() throws {
        let half = String(repeating: "c", count: limit / 2 + 1)
        let batch = try fixtures.read(header + "AB-01,2020-04-10,ok,fine\nAB-02,2020-04-11,\(half),\(half)\n")
        XCTAssertEqual(batch.logs.count, 1)
        XCTAssertEqual(
            batch.rejected.map(\.description),
            ["logs.csv:3: the text is \(2 * half.utf8.count) bytes, more than the 1 MiB one log may hold"])
    }

    func testALogOfExactlyTheLimitIsTaken() throws {
        let answer = String(repeating: "d", count: limit)
        let batch = try fixtures.read("participant,date,Progress\nAB-01,2020-04-10,\"\(answer)\"\n")
        XCTAssertEqual(batch.logs.first?.sections.first?.text.utf8.count, limit)
        XCTAssertEqual(batch.rejected, [])
    }

    func testATextFileOverTheLimitIsABadRowNamingTheFile() throws {
        try fixtures.write(
            "---\nparticipant: NW-07\ndate: 2020-05-17\n---\n" + String(repeating: "e", count: limit), to: "logs/big.md"
        )
        try fixtures.write("---\nparticipant: NW-08\ndate: 2020-05-17\n---\nsmall\n", to: "logs/small.md")
        let batch = try LogImport.read(
            fixtures.folder.appendingPathComponent("logs"), name: "logs", mapping: ImportMapping(),
            project: Fixtures.small())
        XCTAssertEqual(batch.logs.map(\.participant), ["NW-08"])
        XCTAssertEqual(
            batch.rejected.map(\.description), ["logs/big.md: the file is over the 1 MiB one log may hold (refused)"])
        let single = try fixtures.write(String(repeating: "f", count: limit + 1), to: "NW-09_2020-05-17.txt")
        let alone = try LogImport.read(
            single, name: "NW-09_2020-05-17.txt", mapping: ImportMapping(), project: Fixtures.small())
        XCTAssertEqual(alone.rejected.map(\.file), ["NW-09_2020-05-17.txt"])
    }
}
