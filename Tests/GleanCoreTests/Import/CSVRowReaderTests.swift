import CSV
import GleanTestSupport
import XCTest

@testable import GleanCore

/// The byte-level CSV reader gives the rows CSV.swift's reader gives (what the import used before): checked on tricky
/// texts and on seeded random ones, well quoted or not.
final class CSVRowReaderTests: XCTestCase {
    private func rows(_ text: String) -> [[String]] {
        var reader = CSVRowReader(text)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    private func formerRows(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    func testTrickyTextsReadAsBefore() throws {
        let texts = [
            "", "a", "a,b\n", "a,b\r\nc,d\r\n", "a\rb\rc", "a,\n", "a,", ",", "\n\n\n", "\r\n\r\n",
            "\"q\",\"w\"\r\n", "\"say \"\"hi\"\"\",x\n", "\"multi\nline\r\nfield\",\"\"\n", "\"\"\"\",\"\"\n",
            "a\"b,c\"d\n", "\"open", "\"closed\"x,y\n", "\"closed\"é,y\n", "\"x\"\r", "\"x\"\rnext\n",
            "Café,naïve\n視,频\n", "\"👩🏽‍⚕️, ok\"\n", "\u{FEFF}a,b\n", "a,\u{301}\n", "\"\u{301}\"\n",
        ]
        for text in texts {
            XCTAssertEqual(rows(text), try formerRows(text), text.debugDescription)
        }
    }

    func testFieldsAreCutExactlyAtCommasQuotesAndLineEnds() {
        XCTAssertEqual(
            rows(
                "participant,date,\"Progress, so far\"\r\nA-01,2020-04-20,\"We said \"\"yes\"\".\nThen more.\"\r\n,,\n"),
            [
                ["participant", "date", "Progress, so far"],
                ["A-01", "2020-04-20", "We said \"yes\".\nThen more."],
                ["", "", ""],
            ])
    }

    func testSeededRandomTextsReadAsBefore() throws {
        let pieces = ["a", "é", " ", ",", "\"", "\"\"", "\n", "\r", "\r\n", "\u{301}", "👍🏽", "x,y", "\"q\""]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...16, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(rows(text), try formerRows(text), text.debugDescription)
        }
    }
}
