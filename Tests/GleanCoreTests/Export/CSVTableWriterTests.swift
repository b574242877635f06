import CSV
import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// The streaming CSV writer gives, byte for byte, what the export wrote when every cell went through Foundation's
/// string replacement and CSV.swift's writer: checked on tricky cells, on seeded random ones, and on whole exports.
final class CSVTableWriterTests: XCTestCase {
    /// The export's bytes as they were made before: each cell guarded and cleaned with Foundation's replacement,
    /// written by CSV.swift to memory, after a byte order mark and followed by CR LF.
    private func formerBytes(_ rows: [[String]]) throws -> [UInt8] {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in rows {
            try writer.write(row: row.map(formerGuarded))
        }
        stream.close()
        let written = try XCTUnwrap(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data)
        return [0xEF, 0xBB, 0xBF] + Array(written) + [0x0D, 0x0A]
    }

    private func formerGuarded(_ value: String) -> String {
        let cleaned = value.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSanitizer.displayable(String($0)) }
            .joined(separator: "\n")
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else {
            return cleaned
        }
        return "'" + cleaned
    }

    private func bytes(_ rows: [[String]]) throws -> [UInt8] {
        Array(try CSVExport.table(rows))
    }

    /// Cells that each take a different path: quoting, doubled quotes, line breaks of every kind, the formula guard,
    /// controls and bidi overrides, and combining marks or joiners right after a quote, comma or line break (where
    /// Foundation's comparison decides).
    static let trickyCells = [
        "", "plain", "a,b", "say \"hi\"", "\"", "\"\"", "line\nbreak", "crlf\r\nend", "lone\rcr", "\r\n", "\r",
        "=SUM(A1)", "+44", "-5", "@me", "\tcmd", "\r=1+1", "'quoted", "Café, naïve", "视频会诊, 很好", "👩🏽‍⚕️ \"ok\"",
        "a\"\u{301}b", "a,\u{301}b", "x\n\u{301}y", "\"\u{200D}", ",\u{200D}z", "\u{600}\"x", "e\u{301}\"", "q\"é",
        "c,é", "n\né", "\u{1B}[31m red\u{07}", "\u{202E}rev\u{202C}", "\u{85}\u{7F}\u{0}", "a\u{2028}b\u{2029}c",
        "tab\there", "\r\u{301}", "\r\n\u{301}", "trailing space ", " leading",
    ]

    func testTrickyCellsAreWrittenAsBefore() throws {
        let rows = Self.trickyCells.map { [$0, "middle", $0] } + [Self.trickyCells]
        XCTAssertEqual(try bytes(rows), try formerBytes(rows))
    }

    func testEachTrickyCellAloneIsWrittenAsBefore() throws {
        for cell in Self.trickyCells {
            XCTAssertEqual(try bytes([[cell]]), try formerBytes([[cell]]), cell.debugDescription)
        }
    }

    func testSeededRandomCellsAreWrittenAsBefore() throws {
        let pieces = [
            "a", "Z", " ", ",", "\"", "\n", "\r", "\r\n", "\t", "=", "+", "-", "@", "'", "é", "e\u{301}", "\u{301}",
            "\u{200D}", "\u{600}", "👍🏽", "视", "\u{1B}", "\u{85}", "\u{202E}", "\u{2028}", "\u{7F}", "\u{0}",
        ]
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<300 {
            let rows = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                    (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                        .joined()
                }
            }
            XCTAssertEqual(try bytes(rows), try formerBytes(rows), "\(rows)")
        }
    }

    func testCellsAreGuardedQuotedAndDoubledExactly() throws {
        let written = try bytes([["a\"b", "x,y", "=1", "é\r\nz", "\u{1B}"], ["plain"]])
        XCTAssertEqual(
            String(decoding: written, as: UTF8.self),
            "\u{FEFF}\"a\"\"b\",\"x,y\",'=1,\"é\nz\",\u{241B}\r\nplain\r\n")
    }

    func testARowWithoutCellsWritesNothingAsBefore() throws {
        let rows = [["a"], [], ["b"]]
        XCTAssertEqual(try bytes(rows), try formerBytes(rows))
        XCTAssertEqual(String(decoding: try bytes(rows), as: UTF8.self), "\u{FEFF}a\r\nb\r\n")
    }

    func testLargeTablesAreHandedOnInBlocksThatAddUpToTheWhole() throws {
        let row = [String(repeating: "Staff are tired, and \"the rota\" is thin.\n", count: 100), "=1", "é"]
        let rows = Array(repeating: row, count: 400)
        var blocks: [[UInt8]] = []
        var writer = CSVTableWriter { blocks.append($0) }
        for row in rows { try writer.write(row: row) }
        try writer.finish()
        XCTAssertGreaterThan(blocks.count, 1, "the table is handed on before it is complete")
        XCTAssertTrue(blocks.allSatisfy { $0.count < CSVTableWriter.blockSize + 64 << 10 })
        XCTAssertEqual(blocks.flatMap { $0 }, try formerBytes(rows))
    }

    func testTheQuotesExportIsWrittenAsBefore() throws {
        for project in [ExportFixtures.hostile(), try ExportFixtures.sample()] {
            let rows = try formerRows(project)
            let export = try SummaryExport.render(project, SummaryExport.Request(format: .csv, scope: .all))
            XCTAssertEqual(Array(export), try formerBytes(rows))
        }
    }

    /// The rows the quotes export had, worked out as before: every fortnight's quotes at once.
    private func formerRows(_ project: Project) throws -> [[String]] {
        let attributes = project.attributeNames
        let header =
            ["fortnight", "log date", "participant"] + attributes
            + ["section", "concerns", "themes", "quote", "memo", "featured"]
        return [header]
            + ExportedQuote.all(in: project, fortnights: project.fortnightNumbers).map { quote in
                [String(quote.fortnight), quote.date.iso, quote.participant]
                    + attributes.map { quote.attributes[$0] ?? "" }
                    + [
                        quote.prompt, quote.concerns.joined(separator: "; "), quote.themes.joined(separator: "; "),
                        quote.text, quote.memo, quote.featured ? "yes" : "no",
                    ]
            }
    }
}
