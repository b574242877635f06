import Foundation
import XCTest

@testable import GleanCore

/// What reading reports as it goes; left-out columns across inputs.
final class ImportProgressTests: XCTestCase {
    private var fixtures: ImportFixtures!

    override func setUp() {
        fixtures = ImportFixtures()
    }

    override func tearDown() {
        fixtures = nil
    }

    func testReadingReportsRisingSharesEndingAtTheWhole() throws {
        let rows = (0..<2000).map { "A-01,2020-04-20,\"Answer \($0),\nwith \"\"quotes\"\".\"" }
        let url = try fixtures.write((["participant,date,Progress"] + rows).joined(separator: "\r\n"), to: "big.csv")
        var shares: [Double] = []
        let batch = try LogImport.read(url, name: "big.csv", mapping: ImportMapping(), project: Fixtures.small()) {
            shares.append($0)
        }
        XCTAssertEqual(batch.logs.count, 2000)
        XCTAssertEqual(shares, shares.sorted())
        XCTAssertEqual(Set(shares).count, shares.count, "each share is reported once")
        XCTAssertGreaterThan(shares.count, 50)
        XCTAssertLessThanOrEqual(shares.count, 101, "at most once a percent")
        XCTAssertEqual(shares.last, 1)
    }

    func testColumnsLeftOutAreNotedPerInput() throws {
        var batch = try fixtures.read("participant,date,Email,Progress\nA-01,2020-04-20,a@b.c,x\n", name: "a.csv")
        batch.append(
            try fixtures.read("participant,date,IP Address,Name,Progress\nB-02,2020-04-20,1.2.3.4,B,y\n", name: "b.csv")
        )
        XCTAssertEqual(
            batch.leftOutNotes,
            [
                "Left out of a.csv (personal data or form bookkeeping; name a column in an option to import it): \"Email\" (e-mail address)",
                "Left out of b.csv (personal data or form bookkeeping; name a column in an option to import it): \"IP Address\" (IP address), \"Name\" (name)",
            ])
        XCTAssertEqual(batch.logs.count, 2)
        XCTAssertEqual(batch.rows, 2)
    }
}
