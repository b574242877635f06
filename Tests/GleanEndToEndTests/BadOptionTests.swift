import Foundation
import XCTest

/// Numbers far outside any sensible range and templates built to crash the renderer are refused with a message and
/// an exit status, never a signal, and nothing is written.
final class BadOptionTests: EndToEndTestCase {
    func testEveryNumericOptionOutsideItsRangeIsAUsageError() throws {
        let project = try makeSample()
        let target = directory.appendingPathComponent("generated").path
        let huge = "9223372036854775807"
        let runs: [([String], String)] = [
            (["generate", target, "--participants", huge], "--participants must be from 1 to 10000, not \(huge)"),
            (["generate", target, "--quotes-per-log", huge], "--quotes-per-log must be from 0 to 50, not \(huge)"),
            (
                ["generate", target, "--participants", "9223372036854775808"],
                "'9223372036854775808' is invalid for '--participants"
            ),
            (["generate", target, "--fortnights", "0"], "--fortnights must be from 1 to 9999, not 0"),
            (["generate", target, "--fortnights", "10000"], "--fortnights must be from 1 to 9999, not 10000"),
            (["generate", target, "--logs-per-fortnight=-1"], "--logs-per-fortnight must be from 0 to 100, not -1"),
            (
                ["generate", target, "--participants", "3", "--logs-per-fortnight", huge],
                "--logs-per-fortnight must be from 0 to 3"
            ),
            (
                ["generate", target, "--participants", "10000", "--fortnights", "9999"],
                "a synthetic programme may hold at most 200000"
            ),
            (["generate", target, "--quotes-per-log=-1"], "--quotes-per-log must be from 0 to 50, not -1"),
            (["counts", "-p", project.path, "--window", "0"], "--window must be from 1 to 9999, not 0"),
            (["counts", "-p", project.path, "--window", huge], "--window must be from 1 to 9999, not \(huge)"),
            (["counts", "-p", project.path, "--window=-9223372036854775808"], "--window must be from 1 to 9999"),
            (["export", "-p", project.path, "--fortnight", "0"], "--fortnight must be from 1 to 9999, not 0"),
            (["export", "-p", project.path, "--fortnight", huge], "--fortnight must be from 1 to 9999, not \(huge)"),
            (
                ["autocode", "-p", project.path, "--pattern", "a", "--concern", "c", "--fortnight", huge],
                "--fortnight must be from 1 to 9999"
            ),
            (
                ["tag", "-p", project.path, "--log", "l", "--concern", "c", "--section=-1"],
                "--section must be at least 0, not -1"
            ),
            (
                ["tag", "-p", project.path, "--log", "l", "--concern", "c", "--start=-9223372036854775808"],
                "--start must be at least 0"
            ),
            (
                ["tag", "-p", project.path, "--log", "l", "--concern", "c", "--end", "0"],
                "--end must be at least 1, not 0"
            ),
        ]
        for (arguments, message) in runs {
            let result = try GleanBinary.run(arguments)
            let command = "glean " + arguments.joined(separator: " ")
            XCTAssertEqual(result.status, 64, "\(command)\n\(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(command)\n\(result.stderr)")
            XCTAssertEqual(result.stdout, "", command)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target), "nothing is generated")
    }

    func testTheLargestProgrammeAllowedIsStillMadeAndSmallOnesAsBefore() throws {
        let target = directory.appendingPathComponent("small").path
        let result = try glean("generate", target, "--participants", "3", "--fortnights", "2", "--quotes-per-log", "0")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stdout.hasPrefix("Wrote 4 logs, 0 quotes and 3 participants in 2 fortnights"), result.stdout)
    }

    func testATemplateNestedFiveThousandDeepIsRefusedWithItsLineNotASegfault() throws {
        let project = try makeSample()
        let template = directory.appendingPathComponent("deep.mustache")
        let output = directory.appendingPathComponent("summary.md")
        let cases: [(String, String)] = [
            (
                "title\n" + String(repeating: "{{#a}}", count: 5_000) + String(repeating: "{{/a}}", count: 5_000),
                "deep.mustache:2: the template nests sections or transforms more than 64 deep"
            ),
            (
                "{{" + String(repeating: "f(", count: 5_000) + "x" + String(repeating: ")", count: 5_000) + "}}",
                "deep.mustache:1: the template nests"
            ),
            (
                String(repeating: "{{#allConcerns}}", count: 40) + "{{name}}"
                    + String(repeating: "{{/allConcerns}}", count: 40),
                "the template goes through the summary's lists more than"
            ),
            (
                String(repeating: "x", count: 70_000),
                "deep.mustache: the template is 70000 bytes; a template may hold at most 65536 bytes"
            ),
        ]
        for (text, message) in cases {
            try text.write(to: template, atomically: true, encoding: .utf8)
            let result = try glean(
                "export", "-p", project.path, "--fortnight", "3", "--template", template.path, "-o", output.path)
            XCTAssertEqual(result.status, 1, "\(message)\n\(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "nothing is written")
        }
    }
}
