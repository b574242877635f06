import Foundation
import XCTest

/// The quotes CSV of a programme larger than one block, printed to a pipe block by block, is the file `-o` writes;
/// and a CSV import names the line of a bad row below answers spanning several lines.
final class CSVAtScaleCommandTests: EndToEndTestCase {
    func testAnExportOfManyBlocksPrintedToAPipeIsTheFileWritten() throws {
        let project = directory.appendingPathComponent("programme")
        let generated = try glean("generate", project.path, "--participants", "200", "--fortnights", "25")
        XCTAssertEqual(generated.status, 0, generated.stderr)
        let output = directory.appendingPathComponent("quotes.csv")
        let written = try glean("export", "-p", project.path, "--format", "csv", "--all", "-o", output.path)
        XCTAssertEqual(written.status, 0, written.stderr)
        let bytes = try Data(contentsOf: output)
        XCTAssertGreaterThan(bytes.count, 2 << 20, "more than two blocks of 1 MiB")
        let printed = try glean("export", "-p", project.path, "--format", "csv", "--all")
        XCTAssertEqual(printed.status, 0, printed.stderr)
        XCTAssertEqual(
            printed.stdout, String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"),
            "the same text (the harness reads standard output with CR LF made LF)")
    }

    func testABadRowBelowMultiLineAnswersIsNamedByItsLine() throws {
        let project = try makeSample()
        let csv = directory.appendingPathComponent("form.csv")
        let rows =
            "participant,date,Progress\r\n"
            + "AA-01,2020-05-18,\"one\r\ntwo\rthree\nfour\"\r\n"
            + "AA-02,2020-05-19,\"say \"\"hi\"\"\r\nthen go\"\r\n"
            + "AA-03,2020-13-01,bad date\r\n"
        try Data(rows.utf8).write(to: csv)
        let refused = try glean("import", "-p", project.path, csv.path)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("form.csv:8: unreadable date \"2020-13-01\""), refused.stderr)
        let skipped = try glean("import", "-p", project.path, csv.path, "--skip-invalid")
        XCTAssertEqual(skipped.status, 0, skipped.stderr)
        XCTAssertTrue(skipped.stdout.contains("Imported 2 logs (2 new participants)"), skipped.stdout)
    }
}
