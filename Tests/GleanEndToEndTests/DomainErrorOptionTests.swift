import Foundation
import XCTest

@testable import GleanCore

/// A domain error's option name comes from the command line's mapping only: `glean` prints `glean: OPTION: ` and then
/// exactly the message the domain library gives the typed error, which names no option.
final class DomainErrorOptionTests: EndToEndTestCase {
    func testEachAreasErrorIsPrintedAfterTheOptionItConcerns() throws {
        let project = try makeSample()
        let opened = try readProject(project)
        let attributes = opened.attributeNames
        let cases: [([String], String, any DomainError)] = [
            (
                ["tag", "--log", "EE-09-2020-05-12", "--concern", "99"], "--concern",
                ScriptingError.unknownConcern(.unknown(reference: "99", known: opened.codebook.concerns.map(\.id)))
            ),
            (
                ["done", "--fortnight", "1", "--log", "nope"], "--log",
                ScriptingError.logNotInFortnight(log: "nope", fortnight: 1)
            ),
            (
                ["autocode", "--pattern", "x*", "--concern", "staff-wellbeing"], "--pattern",
                AutoCodingError.patternMatchesEmptyText("x*")
            ),
            (["agreement"], "agreement", AgreementError.tooFewCoders(fortnight: nil, coders: ["facilitator"])),
            (
                ["attribution", "--role", "Sector"], "--role",
                AttributionError.unknownAttribute("Sector", part: .role, known: attributes)
            ),
            (
                ["attributes", "rename", "grade", "band"], "grade",
                AttributionError.renamingUnknown("grade", known: attributes)
            ),
            (
                ["import", "--date-format", "dd/MM", "logs.csv"], "--date-format",
                DateFormatError.missingPart(format: "dd/MM", part: "year")
            ),
        ]
        let before = try FileTree.contents(under: project)
        for (arguments, option, error) in cases {
            XCTAssertFalse(error.description.contains("--"), "the domain message names no option: \(error)")
            let result = try GleanBinary.run([arguments[0], "-p", project.path] + arguments.dropFirst())
            XCTAssertEqual(result.status, 1, "\(arguments)")
            XCTAssertEqual(result.stderr, "glean: \(option): \(error.description)\n", "\(arguments)")
        }
        XCTAssertEqual(try FileTree.contents(under: project), before, "a refused command writes nothing")
    }

    /// An exchange project whose sources lack a date: the domain error lists them; only the command line says which
    /// options to give, after each.
    func testAnExchangeImportsHintsNameTheCommandLinesOptions() throws {
        let project = try makeSample()
        let archive = directory.appendingPathComponent("sample.qdpx")
        XCTAssertEqual(try glean("export", "-p", project.path, "--format", "qdpx", "-o", archive.path).status, 0)
        let target = directory.appendingPathComponent("new")
        let result = try glean(
            "import", "-p", target.path, "--format", "qdpx", "--date-from", "variable", "Nope", archive.path)
        XCTAssertEqual(result.status, 1)
        let listed = result.stderr.matches(of: /source "([^"]+)"/).map { String($0.1) }
        XCTAssertEqual(listed.count, 5, result.stderr)
        let others = try readProject(project).fortnights.values.flatMap(\.logs).map(\.id).filter {
            !listed.contains($0)
        }
        let error = ExchangeMappingError.sourcesWithoutLogs(
            file: archive.path, sources: (listed + others).map { .init(source: $0, lack: .date) })
        XCTAssertFalse(error.description.contains("--"), error.description)
        let hint = " (give --date YYYY-MM-DD or --date-from variable NAME)"
        let expected = error.message.replacingOccurrences(of: "has no date", with: "has no date" + hint)
        XCTAssertEqual(result.stderr, "glean: \(archive.path): \(expected)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), "nothing written")
    }

    /// In tmux at 80x24, then 40x12: `A`, Staff wellbeing, a pattern that matches empty text: the status bar says what
    /// the command line says, without its option name, wrapped whole.
    func testTheInterfaceShowsTheSameMessageWithoutTheOption() throws {
        let project = try makeSample()
        let session = try open(project, width: 80, height: 24)
        try session.sendKeys("A")
        try session.waitFor(text: "which concern?")
        try session.sendKeys(Array(repeating: "Down", count: 8) + ["Enter"])
        try session.waitFor(text: "Staff wellbeing")
        try session.type("x*")
        try session.sendKeys("Enter")
        let message = AutoCodingError.patternMatchesEmptyText("x*").description
        try session.waitFor(text: "matches empty text")
        for (width, height) in [(80, 24), (40, 12)] {
            try session.resize(width: width, height: height)
            try session.waitFor(text: "tag every sentence")
            let screen = try session.capture().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertTrue(screen.contains(message), "at \(width)x\(height): \(screen)")
            XCTAssertFalse(screen.contains("--pattern"), screen)
        }
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    /// A codebook refusal names no option in the domain library; `glean codebook` adds `--theme`, and for a concern in
    /// use the merge command to run, with the concern as typed.
    func testCodebookRefusalsGetTheCommandLinesHints() throws {
        let project = try makeSample()
        let before = try FileTree.contents(under: project)
        let theme = try glean("codebook", "-p", project.path, "add", "--name", "Sleep", "--theme", " ")
        XCTAssertEqual(theme.status, 1)
        XCTAssertEqual(theme.stderr, "glean: \(CodebookError.themeMissing.description): give one with --theme\n")
        let opened = try readProject(project)
        let wellbeing = try opened.codebook.concern(referencedBy: "staff wellbeing")
        let used = CodebookError.inUse(
            concern: wellbeing.name, quotes: CodebookOperations.quoteCount(of: wellbeing.id, in: opened))
        XCTAssertFalse(used.description.contains("--") || used.description.contains("glean"), used.description)
        let delete = try glean("codebook", "-p", project.path, "delete", "staff wellbeing")
        XCTAssertEqual(delete.status, 1)
        XCTAssertEqual(
            delete.stderr, "glean: \(used.description): glean codebook merge \"staff wellbeing\" into OTHER\n")
        XCTAssertEqual(try FileTree.contents(under: project), before, "a refused command writes nothing")
    }

    /// A CSV column the mapping cannot find: the domain error names the role in words; `glean import` names its option.
    func testImportColumnErrorsNameTheImportOption() throws {
        let project = try makeSample()
        let csv = directory.appendingPathComponent("logs.csv")
        try "participant,date,Progress\nA-01,2020-04-20,Text\n".write(to: csv, atomically: true, encoding: .utf8)
        let columns = ["participant", "date", "Progress"]
        for (option, error) in [
            ("--date-column", ColumnError.notAColumn(file: csv.path, role: .date, name: "When", columns: columns)),
            ("--text-column", ColumnError.notAColumn(file: csv.path, role: .text, name: "When", columns: columns)),
        ] {
            XCTAssertFalse(error.description.contains("--"), error.description)
            let result = try glean("import", "-p", project.path, option, "When", csv.path)
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(
                result.stderr,
                "glean: \(csv.path): \(option) \"When\" is not a column; the columns are \"participant\", \"date\", \"Progress\"\n"
            )
        }
    }

    /// Export, lock and import refusals whose next step is an option: the domain error names none; `glean` adds it.
    func testTheCommandLineAddsTheOptionToExportLockAndImportRefusals() throws {
        let project = try makeSample()
        let file = directory.appendingPathComponent("file.md")
        try Data().write(to: file)
        let several = ExportRequestError.severalFortnights(format: "markdown", formats: ["csv", "json"])
        let all = ExportRequestError.notAFolder(path: file.path)
        for error in [several, all] as [ExportRequestError] {
            XCTAssertFalse(error.description.contains("--"), error.description)
        }
        let summaries = try glean("export", "-p", project.path, "--format", "markdown", "--fortnights", "1-2")
        XCTAssertEqual(summaries.status, 1)
        XCTAssertTrue(summaries.stderr.hasPrefix("glean: a markdown summary covers one fortnight; "), summaries.stderr)
        XCTAssertTrue(
            summaries.stderr.hasSuffix(
                " in one file, or as one summary per fortnight into a folder with --all -o DIR\n"), summaries.stderr)
        let folder = try glean("export", "-p", project.path, "--format", "markdown", "--all", "-o", file.path)
        XCTAssertEqual(folder.status, 1)
        XCTAssertEqual(
            folder.stderr, "glean: \(file.path): not a folder; --all writes one file per fortnight into a folder\n")

        let held = try ProjectStore.open(project, access: .editing)
        defer { held.close() }
        let locked = try glean("note", "-p", project.path, "--fortnight", "1", "x")
        XCTAssertEqual(locked.status, 1)
        XCTAssertTrue(locked.stderr.hasPrefix("glean: "), locked.stderr)
        XCTAssertTrue(
            locked.stderr.hasSuffix(". Close it there, or open it read-only with `glean open --read-only`\n"),
            locked.stderr)
    }
}
