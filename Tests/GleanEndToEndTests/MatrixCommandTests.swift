import Foundation
import XCTest

/// `glean export --format matrix-csv|matrix-html` with each of its options, the bad values refused in words, and the
/// interface's export picker offering the matrix.
final class MatrixCommandTests: EndToEndTestCase {
    func testEachOptionWritesTheMatrixAsked() throws {
        let project = try makeSample().path
        let output = directory.appendingPathComponent("matrix.html").path
        let runs: [([String], [String])] = [
            (["--fortnight", "3"], ["participant,participants,logs,Improvement tools,", "\nall participants,26,26,"]),
            (
                ["--fortnight", "3", "--cells", "count"],
                ["Improvement tools: participants,Improvement tools: quotes", "\nEE-09,1,1,0,0,"]
            ),
            (
                ["--fortnights", "1-2", "--rows", "care setting"],
                ["care setting,participants,logs,", "\ncommunity,", "fortnight 1", "fortnight 2"]
            ),
            (["--all", "--rows", "participant", "--cells", "quotes"], ["fortnight 1", "fortnight 3"]),
            (["--fortnight", "3", "--pseudonymise"], ["\nP001,"]),
            (
                ["--fortnight", "3", "--rows", "role", "--pseudonymise", "--keep-attribute", "role"],
                ["role,participants,logs,"]
            ),
        ]
        for (options, expected) in runs {
            let result = try GleanBinary.run(["export", "-p", project, "--format", "matrix-csv"] + options)
            XCTAssertEqual(result.status, 0, "\(options): \(result.stderr)")
            let lines = result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
            for text in expected { XCTAssertTrue(lines.contains(text), "\(options): \(text)") }
        }
        XCTAssertFalse(
            try glean("export", "-p", project, "--format", "matrix-csv", "--fortnights", "1-2").stdout.contains(
                "fortnight 3)"))
        XCTAssertFalse(
            try glean("export", "-p", project, "--format", "matrix-csv", "--fortnight", "3", "--pseudonymise").stdout
                .contains("EE-04"))

        let written = try glean("export", "-p", project, "--format", "matrix-html", "--fortnights", "2-3", "-o", output)
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(written.stdout, "Wrote fortnights 2 to 3 to \(output)\n")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(html.contains("Rapid-analysis matrix: Fortnights 2 to 3"), String(html.prefix(600)))
    }

    func testBadValuesAreRefusedWithAMessageAndAStatus() throws {
        let project = try makeSample().path
        let runs: [([String], Int32, String)] = [
            (
                ["--format", "matrix-csv", "--fortnights", "3-1"], 64,
                "--fortnights must name the earlier fortnight first, e.g. 1-3"
            ),
            (
                ["--format", "matrix-csv", "--fortnights", "two-four"], 64,
                "--fortnights must be FIRST-LAST, e.g. 2-4, not \"two-four\""
            ),
            (["--format", "matrix-csv", "--fortnights", "0-2"], 64, "--fortnights must be from 1 to 9999, not 0"),
            (
                ["--format", "matrix-csv", "--fortnights", "1-2", "--all"], 64,
                "give exactly one of --fortnight N, --fortnights FIRST-LAST and --all"
            ),
            (
                ["--format", "matrix-csv", "--fortnight", "3", "--cells", "both"], 64,
                "--cells must be quotes or count, not \"both\""
            ),
            (
                ["--format", "csv", "--fortnight", "3", "--rows", "role"], 64,
                "--rows and --cells are for --format matrix-csv or matrix-html"
            ),
            (["--format", "matrix", "--fortnight", "3"], 64, "'matrix' is invalid for '--format"),
            (
                ["--format", "matrix-csv", "--fortnights", "2-7"], 1,
                "fortnights 2 to 7 are not all in the programme, which has fortnights 1 to 3"
            ),
            (
                ["--format", "matrix-csv", "--fortnight", "3", "--rows", "shoe size"], 1,
                "no participant has the attribute \"shoe size\""
            ),
            (
                ["--format", "matrix-html", "--fortnight", "3", "--rows", "role", "--pseudonymise"], 1,
                "need that attribute kept: add --keep-attribute \"role\""
            ),
            (["--format", "html", "--fortnights", "1-2"], 1, "a html summary covers one fortnight"),
        ]
        for (options, status, message) in runs {
            let result = try GleanBinary.run(["export", "-p", project] + options)
            let command = "glean export " + options.joined(separator: " ")
            XCTAssertEqual(result.status, status, "\(command)\n\(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(command)\n\(result.stderr)")
            XCTAssertEqual(result.stdout, "", command)
        }
    }

    func testThePickerOffersTheMatrixForTheCurrentFortnight() throws {
        let project = try makeSample()
        let session = try open(project)
        try session.sendKeys("e")
        try session.waitFor(text: "Matrix CSV: participants × concerns, quotes in cells")
        try session.waitFor(text: "Matrix HTML: participants × concerns, quotes in cells")
        try session.sendKeys("Down", "Down", "Down", "Down", "Down", "Enter")
        try session.waitFor(text: "Exported the summary to")

        let matrix = project.appendingPathComponent("exports/matrix-fortnight-003.html")
        let text = try String(contentsOf: matrix, encoding: .utf8)
        let cli = try glean("export", "-p", project.path, "--fortnight", "3", "--format", "matrix-html")
        XCTAssertEqual(text, cli.stdout, "the app and the CLI agree")
    }
}
