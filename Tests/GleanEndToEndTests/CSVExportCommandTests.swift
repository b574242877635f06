import Foundation
import XCTest

/// `glean export --format csv --all -o FILE` on the real binary: streamed into the file, the same bytes as the export
/// written to standard output, and a file already there replaced only with `--force`.
final class CSVExportCommandTests: EndToEndTestCase {
    func testTheCSVWrittenToAFileIsTheOneOnStandardOutputAndReplacedOnlyWhenForced() throws {
        let project = try makeSample()
        let output = directory.appendingPathComponent("quotes.csv")

        let printed = try glean("export", "-p", project.path, "--format", "csv", "--all")
        XCTAssertEqual(printed.status, 0, printed.stderr)
        let written = try glean("export", "-p", project.path, "--format", "csv", "--all", "-o", output.path)
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertTrue(written.stdout.hasPrefix("Wrote fortnights 1 to "), written.stdout)
        let bytes = try Data(contentsOf: output)
        XCTAssertEqual(
            String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"), printed.stdout,
            "the same text (the harness reads standard output with CR LF made LF)")
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: bytes.suffix(2), as: UTF8.self), "\r\n")
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }, [])

        try Data("mine".utf8).write(to: output)
        let refused = try glean("export", "-p", project.path, "--format", "csv", "--all", "-o", output.path)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("already exists; pass --force to replace it"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: output), Data("mine".utf8))

        let forced = try glean("export", "-p", project.path, "--format", "csv", "--all", "-o", output.path, "--force")
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(try Data(contentsOf: output), bytes)
    }
}
