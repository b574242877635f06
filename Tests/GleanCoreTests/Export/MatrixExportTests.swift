import CSV
import Foundation
import XCTest

@testable import GleanCore

/// The matrix exports: the CSV read back and checked against the project's quotes and Counts, the HTML checked as
/// a document and for escaping, and the requests refused.
final class MatrixExportTests: XCTestCase {
    private func render(
        _ project: Project, _ format: ExportFormat, _ scope: ExportScope = .fortnight(3),
        rows: MatrixLayout.Rows = .participant,
        cells: MatrixLayout.Cells = .quotes, pseudonymisation: Pseudonymisation? = nil
    ) throws -> Data {
        try SummaryExport.render(
            project,
            SummaryExport.Request(
                format: format, scope: scope, pseudonymisation: pseudonymisation,
                matrix: MatrixLayout(rows: rows, cells: cells)))
    }

    private func rows(_ data: Data) throws -> [[String]] {
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let reader = try CSVReader(string: String(decoding: data.dropFirst(3), as: UTF8.self))
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertNil(reader.error)
        return rows
    }

    func testTheCSVOfQuotesHoldsEachQuoteInItsWritersRowUnderEachOfItsConcerns() throws {
        let project = try ExportFixtures.sample()
        let table = try rows(try render(project, .matrixCSV))
        let concerns = project.codebook.concerns
        XCTAssertEqual(table[0], ["participant", "participants", "logs"] + concerns.map(\.name))
        let logs = Dictionary(uniqueKeysWithValues: project.fortnight(3).logs.map { ($0.id, $0) })
        var expected: [String: [String]] = [:]
        for quote in project.fortnight(3).quotes {
            let log = try XCTUnwrap(logs[quote.log])
            let text = TextSegments.slice(log.sections[quote.section].text, quote.range)
            let entry = "“\(text)” (\(log.date.iso), fortnight 3\(quote.featured ? ", featured" : ""))"
            for id in quote.concerns { expected["\(log.participant) \(id)", default: []].append(entry) }
        }
        var seen = 0
        for row in table.dropFirst().dropLast() {
            for (index, concern) in concerns.enumerated() {
                let cell = row[3 + index]
                let entries = expected["\(row[0]) \(concern.id)"] ?? []
                XCTAssertEqual(cell.isEmpty, entries.isEmpty, "\(row[0]) × \(concern.name)")
                for entry in entries { XCTAssertTrue(cell.contains(entry), "\(row[0]) × \(concern.name): \(entry)") }
                XCTAssertEqual(cell.components(separatedBy: "\n\n“").count, max(1, entries.count))
                seen += entries.count
            }
        }
        XCTAssertEqual(seen, expected.values.reduce(0) { $0 + $1.count })
        XCTAssertEqual(table.last?.first, "all participants")
        XCTAssertEqual(table.last?[1], "26")
    }

    func testTheCSVOfCountsAgreesWithCounts() throws {
        let project = try ExportFixtures.sample()
        let counts = CountsTable(project: project)
        for number in project.fortnightNumbers {
            let table = try rows(try render(project, .matrixCSV, .fortnight(number), cells: .count))
            XCTAssertEqual(
                Array(table[0].prefix(5)),
                ["participant", "participants", "logs", "Improvement tools: participants", "Improvement tools: quotes"])
            let fortnight = try XCTUnwrap(counts.fortnight(number))
            let total = try XCTUnwrap(table.last)
            XCTAssertEqual(total[1], String(fortnight.participants))
            XCTAssertEqual(total[2], String(fortnight.logs))
            XCTAssertEqual(
                Array(total.dropFirst(3)), fortnight.concerns.flatMap { [String($0.participants), String($0.quotes)] })
            for (index, concern) in fortnight.concerns.enumerated() {
                let column = 3 + 2 * index
                let body = table.dropFirst().dropLast()
                XCTAssertEqual(body.reduce(0) { $0 + Int($1[column])! }, concern.participants, "\(concern.concern)")
                XCTAssertEqual(body.reduce(0) { $0 + Int($1[column + 1])! }, concern.quotes, "\(concern.concern)")
            }
        }
    }

    func testTheCSVByAttributeNamesTheWriterAndKeepsTheFormulaGuard() throws {
        var project = ExportFixtures.hostile()
        project.participants[0].attributes["care setting"] = "=HYPERLINK(\"x\")"
        let table = try rows(try render(project, .matrixCSV, .all, rows: .attribute("care setting")))
        XCTAssertEqual(table[0].first, "care setting")
        XCTAssertEqual(table.map(\.first), ["care setting", "'=HYPERLINK(\"x\")", "community", "all participants"])
        XCTAssertEqual(table[0][3], "Cats & <b>dogs</b>")
        XCTAssertTrue(table[1][3].hasPrefix("“<script>alert(1)</script> & more\nSecond line"), table[1][3])
        XCTAssertTrue(table[1][3].contains("(A-01, 2020-04-07, fortnight 1, featured)"), table[1][3])
        XCTAssertTrue(table[1][4].contains("-5 for effort ␛[31mred␇"), "control characters shown: \(table[1][4])")
        XCTAssertEqual(table[3][3], "1 of 2 participants, 2 quotes")
        XCTAssertEqual(table[3][4], "2 of 2 participants, 2 quotes")
    }

    func testTheHTMLIsOneWellFormedTableWithEveryTextEscaped() throws {
        var project = ExportFixtures.hostile()
        project.participants[1].code = "B-02 \u{202E}desrever"
        project.fortnights[1]?.logs[1].participant = "B-02 \u{202E}desrever"
        let html = String(decoding: try render(project, .matrixHTML, .fortnight(1)), as: UTF8.self)
        XCTAssertFalse(html.contains("<script>"), "markup is escaped")
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertTrue(
            html.contains("Cats &amp; &lt;b&gt;dogs&lt;/b&gt;<span class=\"theme\">Pets &lt;script&gt;</span>"))
        XCTAssertFalse(html.contains("\u{1b}"), "no escape character")
        XCTAssertFalse(html.contains("\u{202E}"), "no bidi override")
        XCTAssertTrue(html.contains("B-02 \u{FFFD}desrever"), "the override is shown as a placeholder")
        XCTAssertEqual(html.components(separatedBy: "<th scope=\"col\"").count - 1, 3, "a corner and two concerns")
        XCTAssertEqual(html.components(separatedBy: "<th scope=\"row\"").count - 1, 3, "two participants and the total")
        XCTAssertEqual(html.components(separatedBy: "<li class=\"featured\">").count - 1, 1)
        XCTAssertTrue(html.contains("★ featured"))
        XCTAssertTrue(html.contains("position: sticky"))
        XCTAssertTrue(html.contains("@page { size: A4 landscape"))
        try assertParsesCleanly(html)
    }

    func testTheHTMLOfCountsShowsFiguresNotQuotes() throws {
        let project = try ExportFixtures.sample()
        let html = String(
            decoding: try render(project, .matrixHTML, rows: .attribute("care setting"), cells: .count), as: UTF8.self)
        XCTAssertFalse(html.contains("<ul class=\"quotes\">"))
        XCTAssertTrue(html.contains("<table class=\"count\">"))
        let counts = try XCTUnwrap(CountsTable(project: project).fortnight(3))
        let feedback = try XCTUnwrap(counts.count(of: "patient-feedback"))
        XCTAssertTrue(
            html.contains(
                "<td class=\"number\">\(feedback.participants) of \(counts.participants) participants, \(feedback.quotes) quotes</td>"
            ),
            "the total row agrees with Counts")
        try assertParsesCleanly(html)
    }

    func testAPseudonymisedMatrixUsesAliases() throws {
        let project = ExportFixtures.hostile()
        let table = try rows(try render(project, .matrixCSV, .fortnight(1), pseudonymisation: Pseudonymisation()))
        XCTAssertEqual(table.dropFirst().map(\.first), ["P001", "P002", "all participants"])
        let byValue = try rows(
            try render(
                project, .matrixCSV, .fortnight(1), rows: .attribute("care setting"),
                pseudonymisation: Pseudonymisation(keeping: ["care setting"])))
        XCTAssertEqual(byValue.map(\.first), ["care setting", "community", "primary", "all participants"])
        XCTAssertTrue(byValue[2][3].contains("(P001, 2020-04-07"), byValue[2][3])
        XCTAssertTrue(byValue[1][4].contains("(P002, 2020-04-08"), byValue[1][4])
        XCTAssertFalse(byValue.flatMap { $0 }.joined().contains("A-01"))
    }

    func testRequestsThatDoNotFitAreRefusedInWords() throws {
        let project = try ExportFixtures.sample()
        let cases: [(() throws -> Data, String)] = [
            (
                { try self.render(project, .matrixCSV, rows: .attribute("shoe size")) },
                "no participant has the attribute \"shoe size\"; rows can be participant or one of \"care setting\", \"organisation\", \"role\""
            ),
            (
                {
                    try self.render(
                        project, .matrixHTML, rows: .attribute("role"), pseudonymisation: Pseudonymisation())
                },
                "rows by \"role\" in a pseudonymised export need that attribute kept"
            ),
            (
                { try self.render(project, .matrixCSV, .range(2...9)) },
                "fortnights 2 to 9 are not all in the programme, which has fortnights 1 to 3"
            ),
            (
                { try self.render(project, .matrixCSV, .fortnight(4)) },
                "fortnight 4 does not exist; this programme has fortnights 1 to 3"
            ),
            ({ try self.render(project, .markdown, .range(1...2)) }, "a markdown summary covers one fortnight"),
        ]
        for (render, message) in cases {
            XCTAssertThrowsError(try render()) { error in
                XCTAssertTrue("\(error)".hasPrefix(message), "\(error)")
            }
        }
    }

    func testARangeOfCSVOrJSONCoversThoseFortnights() throws {
        let project = try ExportFixtures.sample()
        let csv = try rows(try render(project, .csv, .range(2...3)))
        XCTAssertEqual(Set(csv.dropFirst().map(\.first)), ["2", "3"])
        let json = try JSONSerialization.jsonObject(with: try render(project, .json, .range(1...2))) as? [[String: Any]]
        XCTAssertEqual(json?.compactMap { $0["fortnight"] as? Int }, [1, 2])
    }

    /// Fails when `xmllint --html` reports anything about `html`.
    private func assertParsesCleanly(_ html: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("matrix-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--html", "--noout", url.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let problems = report.split(separator: "\n").filter { $0.contains("parser error") }
            .filter { !$0.hasSuffix("Tag header invalid") && !$0.hasSuffix("Tag main invalid") }
        XCTAssertEqual(problems, [], "xmllint knows HTML 4 only; every other complaint counts", file: file, line: line)
    }
}
