import Foundation
import GleanCore
import XCTest

/// Every kind of line end a form export may use, mixed in one file: rows and their line numbers come out as an
/// editor shows them, and line breaks inside answers arrive as `\n`.
final class ImportCSVLineEndTests: XCTestCase {
    private var fixtures: ImportFixtures!

    override func setUp() {
        fixtures = ImportFixtures()
    }

    override func tearDown() {
        fixtures = nil
    }

    func testCRLFLoneCRAndLFRowsWithQuotedBreaksKeepTheirLines() throws {
        let csv =
            "\u{FEFF}participant,date,Progress\r\n"
            + "A-01,2020-04-20,\"One\r\ntwo\rthree\nfour\"\r"
            + "\r\n"
            + ",2020-04-21,No code\n"
            + "B-02,2020-04-21,\"Said \"\"fine\"\", then, left\"\r\n"
            + "C-03,2020-04-22,Bad,extra"
        let batch = try fixtures.read(csv)
        XCTAssertEqual(batch.logs.map(\.participant), ["A-01", "B-02"])
        XCTAssertEqual(batch.logs.map { $0.sections[0].text }, ["One\ntwo\nthree\nfour", "Said \"fine\", then, left"])
        XCTAssertEqual(batch.rows, 4, "the blank line is skipped")
        XCTAssertEqual(
            batch.rejected.map(\.description),
            [
                "logs.csv:7: no participant code in column \"participant\"",
                "logs.csv:9: 4 values, but the header has 3 columns",
            ])
    }
}
