import Foundation
import GleanCore
import XCTest

/// A domain error's option name comes from the command line's mapping only: `glean` prints `glean: OPTION: ` and then
/// exactly the message the domain library gives the typed error, which names no option.
final class DomainErrorOptionTests: EndToEndTestCase {
    func testEachAreasErrorIsPrintedAfterTheOptionItConcerns() throws {
        let project = try makeSample()
        let opened = try readProject(project)
        let attributes = opened.attributeNames
        let cases: [([String], String, any DomainError)] = [
            (["tag", "--log", "EE-09-2020-05-12", "--concern", "99"], "--concern",
             ScriptingError.unknownConcern(.unknown(reference: "99", known: opened.codebook.concerns.map(\.id)))),
            (["done", "--fortnight", "1", "--log", "nope"], "--log", ScriptingError.logNotInFortnight(log: "nope", fortnight: 1)),
            (["autocode", "--pattern", "x*", "--concern", "staff-wellbeing"], "--pattern",
             AutoCodingError.patternMatchesEmptyText("x*")),
            (["agreement"], "agreement", AgreementError.tooFewCoders(fortnight: nil, coders: ["facilitator"])),
            (["attribution", "--role", "Sector"], "--role", AttributionError.unknownAttribute("Sector", part: .role, known: attributes)),
            (["attributes", "rename", "grade", "band"], "grade", AttributionError.renamingUnknown("grade", known: attributes)),
            (["import", "--date-format", "dd/MM", "logs.csv"], "--date-format",
             DateFormatError.missingPart(format: "dd/MM", part: "year")),
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
        let result = try glean("import", "-p", target.path, "--format", "qdpx", "--date-from", "variable", "Nope", archive.path)
        XCTAssertEqual(result.status, 1)
        let listed = result.stderr.matches(of: /source "([^"]+)"/).map { String($0.1) }
        XCTAssertEqual(listed.count, 5, result.stderr)
        let others = try readProject(project).fortnights.values.flatMap(\.logs).map(\.id).filter { !listed.contains($0) }
        let error = ExchangeMappingError.sourcesWithoutLogs(
            file: archive.path, sources: (listed + others).map { .init(source: $0, lack: .date) })
        XCTAssertFalse(error.description.contains("--"), error.description)
        let hint = " (give --date YYYY-MM-DD or --date-from variable NAME)"
        let expected = error.message.replacingOccurrences(of: "has no date", with: "has no date" + hint)
        XCTAssertEqual(result.stderr, "glean: \(archive.path): \(expected)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), "nothing written")
    }

    /// In tmux at 80x24, then 40x12: `A`, Staff wellbeing, a pattern that matches empty text: the status bar says what the command
    /// line says, without its option name, wrapped whole.
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
}
