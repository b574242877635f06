import Foundation
import GleanCore
import GleanTestSupport
import XCTest

/// `glean init --codebook` and `glean codebook`: starting from a codebook, editing it through the journal, and bad
/// files refused with file, line and problem and nothing made.
final class CodebookCommandTests: EndToEndTestCase {
    private func initProject(_ codebook: String, file: StaticString = #filePath, line: UInt = #line) throws -> (
        URL, CommandResult
    ) {
        let project = directory.appendingPathComponent("new")
        let result = try glean(
            "init", project.path, "--name", "New programme", "--start", "2026-01-05", "--codebook", codebook)
        return (project, result)
    }

    func testInitWithTheSampleCodebookKeepsKeysAndColours() throws {
        let (project, result) = try initProject("sample")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("with 9 concerns in 2 themes"), result.stdout)
        let codebook = try readProject(project).codebook
        XCTAssertEqual(codebook, try SampleProject.codebook())
        try assertCheckPasses(project)
    }

    func testInitFromAnExportedJSONCodebookKeepsKeys() throws {
        let sample = try makeSample()
        let file = directory.appendingPathComponent("codebook.json")
        XCTAssertEqual(try glean("codebook", "-p", sample.path, "rekey", "Staff wellbeing", "none").status, 0)
        let exported = try glean("codebook", "-p", sample.path, "export", file.path)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let (project, result) = try initProject(file.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        let codebook = try readProject(project).codebook
        XCTAssertNil(codebook.concern(id: "staff-wellbeing")?.key, "an unbound key stays unbound")
        XCTAssertEqual(codebook.concern(forKey: 8)?.name, "Technology and equipment")
    }

    func testInitFromAQDCGivesColoursAndKeysInOrder() throws {
        let sample = try makeSample()
        let file = directory.appendingPathComponent("codebook.qdc")
        XCTAssertEqual(try glean("codebook", "-p", sample.path, "export", file.path).status, 0)
        let (project, result) = try initProject(file.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("took the free keys 1–9 in order"), result.stdout)
        let codebook = try readProject(project).codebook
        XCTAssertEqual(codebook.concerns.map(\.colour), try SampleProject.codebook().concerns.map(\.colour))
        XCTAssertEqual(codebook.concerns.map(\.key), Array(1...9).map { Optional($0) })
    }

    func testABadCodebookFileIsNamedWithLineAndProblemAndNoProjectIsMade() throws {
        let file = directory.appendingPathComponent("bad.json")
        try """
        {"format": "glean-codebook", "version": 1, "concerns": [
          {"name": "Access", "theme": "T", "colour": "teal"}
        ]}
        """.write(to: file, atomically: true, encoding: .utf8)
        let (project, result) = try initProject(file.path)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(
            result.stderr.contains("bad.json:2: concerns[0] (“Access”): colour “teal” is not #RRGGBB"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.path), "nothing is left half-made")
    }

    func testMergeAndDeleteFromTheCommandLineGoThroughTheJournal() throws {
        let sample = try makeSample()
        let refused = try glean("codebook", "-p", sample.path, "delete", "staff wellbeing")
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("Staff wellbeing is used by 19 quotes"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("glean codebook merge \"staff wellbeing\" into OTHER"), refused.stderr)
        let merged = try glean("codebook", "-p", sample.path, "merge", "staff wellbeing", "into", "quality-safety")
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertEqual(merged.stdout, "Saved: Merged Staff wellbeing into Quality and safety (19 quotes moved)\n")
        let journal = try String(contentsOf: sample.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 1, "the merge is one journal entry, so one undo")
        let listed = try glean("codebook", "-p", sample.path, "list", "--json")
        let document = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any]
        let concerns = try XCTUnwrap(document?["concerns"] as? [[String: Any]])
        XCTAssertEqual(concerns.count, 8)
        XCTAssertEqual(concerns.first { $0["id"] as? String == "quality-safety" }?["quotes"] as? Int, 37)
        XCTAssertEqual(try glean("codebook", "-p", sample.path, "delete", "Quality and safety").status, 1)
        try assertCheckPasses(sample)
    }

    func testInitWithTheSampleCodebookThenOpenShowsTheConcernsWithKeys() throws {
        let (project, result) = try initProject("sample")
        XCTAssertEqual(result.status, 0, result.stderr)
        let session = try launch(["open", project.path], width: 80, height: 24)
        try session.waitFor(text: "No logs in this fortnight")
        try session.sendKeys("Tab", "Tab")
        try session.waitFor(text: "Codebook · 9 concerns in 2 themes")
        let screen = try session.capture()
        XCTAssertTrue(screen.contains { $0.hasPrefix("  1 ■ Improvement tools") }, screen.joined(separator: "\n"))
        XCTAssertTrue(screen.contains { $0.hasPrefix("  9 ■ Staff wellbeing") }, screen.joined(separator: "\n"))
        try session.sendKeys("q", "q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    func testAnEmptyProjectSaysHowToAddConcernsAndTheFirstOneIsAddedWithItsTheme() throws {
        let project = directory.appendingPathComponent("empty")
        XCTAssertEqual(try glean("init", project.path, "--name", "Empty", "--start", "2026-01-05").status, 0)
        let session = try launch(["open", project.path], width: 40, height: 12)
        try session.waitFor(text: "No concerns yet")
        try session.sendKeys("Tab", "Tab", "a")
        try session.type("Access")
        try session.sendKeys("Enter")
        try session.type("Getting in")
        try session.sendKeys("Enter")
        try session.waitFor(text: "1 ■ Access")
        try session.waitFor(text: EndToEndTestCase.saved)
        try session.sendKeys("q", "q")
        XCTAssertEqual(try session.waitForExit(), 0)
        let listed = try glean("codebook", "-p", project.path, "list")
        XCTAssertEqual(listed.stdout, "Getting in\n  1  #2E8B57  Access  0 quotes  access\n")
    }
}

/// The rest of `glean codebook`: add, rename, describe, recolour, rekey, move, rename-theme and import, each
/// journalled.
final class CodebookEditCommandTests: EndToEndTestCase {
    private func run(_ project: URL, _ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws
        -> String
    {
        let result = try GleanBinary.run(["codebook"] + arguments + ["-p", project.path])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        return result.stdout
    }

    func testEveryEditIsSavedAndListed() throws {
        let sample = try makeSample()
        XCTAssertEqual(
            try run(
                sample, "add", "--name", "Workforce capacity", "--theme", "Workforce", "--key", "5", "--colour",
                "#123456"),
            "Saved: Added Workforce capacity to Workforce with key 5, taken from Digital and health inequalities, which now has no key\n"
        )
        XCTAssertEqual(
            try run(sample, "rename", "workforce capacity", "Staffing"),
            "Saved: Renamed Workforce capacity to Staffing\n")
        XCTAssertEqual(try run(sample, "describe", "Staffing", "Too few people."), "Saved: Described Staffing\n")
        XCTAssertEqual(try run(sample, "recolour", "Staffing", "#abcdef"), "Saved: Recoloured Staffing #ABCDEF\n")
        XCTAssertEqual(
            try run(sample, "rekey", "inequalities", "5"),
            "Saved: Bound key 5 to Digital and health inequalities; taken from Staffing, which now has no key\n")
        XCTAssertEqual(
            try run(sample, "move", "Staffing", "--theme", "Growing concerns", "--position", "1"),
            "Saved: Moved Staffing to Growing concerns\n")
        XCTAssertEqual(
            try run(sample, "rename-theme", "growing concerns", "Worries"),
            "Saved: Renamed the theme Growing concerns to Worries\n")
        let listed = try run(sample, "list")
        XCTAssertTrue(listed.contains("Worries\n  -  #ABCDEF  Staffing "), listed)
        XCTAssertFalse(listed.contains("Workforce\n"), "a theme goes with its last concern")
        let project = try readProject(sample)
        XCTAssertEqual(project.codebook.concern(id: "workforce-capacity")?.description, "Too few people.")
        try assertCheckPasses(sample)
    }

    func testImportAddsOnlyNewConcernsAndSaysWhatItKept() throws {
        let sample = try makeSample()
        let file = directory.appendingPathComponent("more.json")
        try """
        {"format": "glean-codebook", "version": 1, "concerns": [
          {"name": "staff WELLBEING", "theme": "Growing concerns", "key": 9},
          {"name": "Estates", "theme": "Growing concerns", "key": 1, "colour": "#00FF00"}
        ]}
        """.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(
            try run(sample, "import", file.path),
            """
            Note: kept Staff wellbeing: the codebook has it already
            Note: Estates comes without key 1, which stays with Improvement tools
            Saved: Imported 1 concern from more.json

            """)
        let estates = try XCTUnwrap(try readProject(sample).codebook.concern(id: "estates"))
        XCTAssertEqual(estates.colour, "#00FF00")
        XCTAssertNil(estates.key)
        XCTAssertEqual(
            try run(sample, "import", file.path).components(separatedBy: "\n").last { !$0.isEmpty },
            "Nothing to import: the codebook has every concern already")
    }
}
