import CSV
import Foundation
import GleanCore
import XCTest

/// The CSV export: what a spreadsheet needs (BOM, CRLF, quoting) and what keeps it safe (the formula guard).
final class CSVExportTests: XCTestCase {
    private func csv(_ project: Project, pseudonymisation: Pseudonymisation? = nil) throws -> Data {
        try SummaryExport.render(
            project, SummaryExport.Request(format: .csv, scope: .all, pseudonymisation: pseudonymisation))
    }

    /// The rows of `data`, read back with CSV.swift's reader after the byte order mark.
    private func rows(_ data: Data) throws -> [[String]] {
        let reader = try CSVReader(string: String(decoding: data.dropFirst(3), as: UTF8.self))
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertNil(reader.error)
        return rows
    }

    func testStartsWithAByteOrderMarkThenTheHeader() throws {
        let data = try csv(ExportFixtures.hostile())
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(
            try rows(data).first,
            [
                "fortnight", "log date", "participant", "care setting", "role", "section", "concerns", "themes",
                "quote",
                "memo", "featured",
            ])
    }

    func testEveryRowEndsInCRLFAndLineBreaksInsideTextAreBareLF() throws {
        let data = try csv(ExportFixtures.hostile())
        let bytes = Array(data)
        XCTAssertEqual(Array(bytes.suffix(2)), [0x0D, 0x0A], "the last row ends in CR LF too")
        let crlf = zip(bytes, bytes.dropFirst()).filter { $0 == (0x0D, 0x0A) }.count
        XCTAssertEqual(crlf, 4, "a header and three quotes")
        XCTAssertEqual(bytes.filter { $0 == 0x0D }.count, crlf, "no carriage return outside a row end")
    }

    func testQuotedAndMultiLineFieldsReadBackExactly() throws {
        let rows = try rows(try csv(ExportFixtures.hostile()))
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(
            rows[1],
            [
                "1", "2020-04-07", "A-01", "primary", "'=cmd|' /C calc'!A0", "Progress", "Cats & <b>dogs</b>",
                "Pets <script>", ExportFixtures.hostileProgress, "'=1+1", "yes",
            ])
        XCTAssertTrue(rows[1][8].contains("\n"), "the line break is kept inside the quoted field")
        XCTAssertEqual(rows[2][6], "Cats & <b>dogs</b>; Plain", "concerns joined with a semicolon")
        XCTAssertEqual(rows[2][7], "Pets <script>; Other", "themes joined with a semicolon")
        XCTAssertEqual(rows[3][9], "'+44 7700 900000\n then a tab", "a tab inside text becomes a space")
    }

    func testFormulaGuardQuotesEveryDangerousStart() throws {
        let rows = try rows(try csv(ExportFixtures.hostile()))
        XCTAssertEqual(rows[1][4], "'=cmd|' /C calc'!A0", "= in an attribute")
        XCTAssertEqual(rows[1][9], "'=1+1", "= in a memo")
        XCTAssertEqual(rows[2][8], "'-5 for effort ␛[31mred␇", "- in quote text, with controls made visible")
        XCTAssertEqual(rows[2][9], "'@SUM(A1)", "@ in a memo")
        XCTAssertEqual(rows[3][9].first, "'", "+ in a memo")
        for row in rows {
            for cell in row {
                XCTAssertFalse(
                    ["=", "+", "-", "@", "\t", "\r"].contains(cell.first), "unguarded cell \(cell.debugDescription)")
            }
        }
    }

    func testTabAndCarriageReturnStartsAreGuarded() throws {
        var project = ExportFixtures.hostile()
        project.fortnights[1]?.quotes[0].memo = "\tcmd"
        project.fortnights[1]?.quotes[1].memo = "\r=1+1"
        let rows = try rows(try csv(project))
        XCTAssertEqual(rows[1][9], "' cmd")
        XCTAssertEqual(rows[2][9], "'\n=1+1")
    }

    func testQuotesAreOrderedByFortnightDateParticipantSectionAndStart() throws {
        let rows = try rows(try csv(try ExportFixtures.sample())).dropFirst()
        let keys = rows.map { [$0[0], $0[1], $0[2]] }
        XCTAssertEqual(keys, keys.sorted { $0.lexicographicallyPrecedes($1) })
        XCTAssertEqual(rows.count, 191)
    }

    func testPseudonymisedCSVKeepsOnlyTheNamedAttributesAndShowsAliases() throws {
        let rows = try rows(
            try csv(ExportFixtures.hostile(), pseudonymisation: Pseudonymisation(keeping: ["care setting"])))
        XCTAssertEqual(rows[0][3], "care setting")
        XCTAssertFalse(rows[0].contains("role"))
        XCTAssertEqual(rows.dropFirst().map { $0[2] }, ["P001", "P001", "P002"])
    }
}
