import Foundation
import XCTest

/// `glean import` on CSV files that are broken or carry personal data: a broken file is refused at its line with
/// nothing written; personal columns are left out; personal-looking values are flagged by line and column only.
final class CSVImportSafetyTests: EndToEndTestCase {
    func testAnUnclosedQuoteIsRefusedAtItsLineAndNothingIsWritten() throws {
        let project = try makeSample()
        let csv = directory.appendingPathComponent("forms.csv")
        try """
        participant,date,Progress
        ZZ-01,2020-05-11,fine
        ZZ-02,2020-05-12,"I think
        ZZ-03,2020-05-13,more
        ZZ-04,2020-05-14,end

        """.write(to: csv, atomically: true, encoding: .utf8)
        let before = try snapshot(project)
        for extra in [[], ["--skip-invalid"], ["--dry-run"]] {
            let result = try GleanBinary.run(["import", "-p", project.path, csv.path] + extra)
            XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
            XCTAssertTrue(
                result.stderr.contains("forms.csv:3: unterminated quoted field starting here"), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        XCTAssertEqual(try snapshot(project), before)
    }

    func testPersonalColumnsAreLeftOutAndPersonalValuesFlaggedWithoutQuotingThem() throws {
        let project = try makeSample()
        let csv = directory.appendingPathComponent("forms.csv")
        try """
        participant,date,Progress,Name (optional),ＥＭＡＩＬ,NHS no.
        ZZ-01,2020-05-11,"Ring 07700 900123",Jo Bloggs,jo@nhs.net,943 476 5919
        ZZ-02,2020-05-12,fine,Sam Roe,sam@nhs.net,401 023 2137

        """.write(to: csv, atomically: true, encoding: .utf8)
        let result = try GleanBinary.run(["import", "-p", project.path, csv.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stdout.contains(#""Name (optional)" (name), "ＥＭＡＩＬ" (e-mail address), "NHS no." (NHS number)"#),
            result.stdout)
        XCTAssertTrue(
            result.stderr.contains("forms.csv:2: column \"Progress\" holds what looks like a UK phone number"),
            result.stderr)
        XCTAssertTrue(result.stdout.contains("Imported 2 logs"), result.stdout)
        for secret in ["07700", "Jo Bloggs", "jo@nhs.net", "943 476"] {
            XCTAssertFalse((result.stdout + result.stderr).contains(secret), secret)
        }
        let stored = try snapshot(project).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for secret in ["Jo Bloggs", "jo@nhs.net", "943 476 5919", "Sam Roe", "401 023"] {
            XCTAssertFalse(stored.contains(secret), "\(secret) reached the project")
        }
        XCTAssertTrue(stored.contains("Ring 07700 900123"), "a flagged value is imported as written")
    }

    /// Every file under `root`, by relative path, with its bytes.
    private func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            var isFolder: ObjCBool = false
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
