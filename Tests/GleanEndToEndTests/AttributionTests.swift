import Foundation
import GleanCore
import XCTest

/// Attribution on real imports: a form export whose role column is "Your role" attributes its quotes by that role,
/// chosen in the import preview or with `--attribute-as`, changed with `glean attribution`, renamed with `glean
/// attributes rename`; exports warn of quotes attributed only as "a participant".
final class AttributionTests: EndToEndTestCase {
    /// A form export of two logs in fortnight 3, with "Your role" and "Care setting" columns.
    private static let form = """
        Participant code,Completion time,Your role,Care setting,What progress have you made?
        ZZ-01,2020-05-16,Consultant rheumatologist,Secondary care,We moved every follow-up clinic to video.
        ZZ-02,2020-05-17,Practice nurse,,The team is exhausted.

        """

    private func writeForm() throws -> URL {
        let url = directory.appendingPathComponent("form.csv")
        try Data(Self.form.utf8).write(to: url)
        return url
    }

    func testAFormImportedInThePreviewAttributesAFeaturedQuoteByItsRoleColumn() throws {
        let project = try makeSample()
        let form = try writeForm()
        let session = try open(project, width: 140, height: 30)
        try session.sendKeys("i")
        try session.waitFor(text: "Import from")
        try session.type(form.path)
        try session.sendKeys("Enter")
        try session.waitFor(text: "Import preview: \(form.path)")
        try session.waitUntil("“Your role” marked as the role") { screen in
            screen.contains { $0.contains("Your role") && $0.contains(" role         “Consultant rheumatologist”") }
        }
        try session.waitFor(text: "Featured quotes read e.g. “a Consultant rheumatologist in secondary care”")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Imported 2 logs (2 new participants)")

        try session.sendKeys("G", "Enter")
        try session.waitFor(text: "The team is exhausted.")
        try session.sendKeys("9")
        try session.waitFor(text: "Tagged Staff wellbeing")
        try session.sendKeys("*")
        try session.waitFor(text: "│ ✓ saved │ Featured the quote")
        try session.sendKeys("e")
        try session.waitFor(text: "Markdown summary, ready to publish")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Export anyway? y/n")
        try session.sendKeys("y")
        try session.waitFor(text: "Exported the summary to")
        try quitFromReader(session)

        let summary = try String(
            contentsOf: project.appendingPathComponent("exports/summary-fortnight-003.md"), encoding: .utf8)
        XCTAssertTrue(summary.contains("> The team is exhausted.\n>\n> — a Practice nurse\n"), summary)
        XCTAssertEqual(try readProject(project).attribution, Attribution(role: "Your role", setting: "care setting"))
        try assertCheckPasses(project)
    }

    func testAttributeAsChoosesTheColumnsOnTheCommandLine() throws {
        let project = try makeSample()
        let form = try writeForm()
        let mapping = ["--participant-column", "Participant code"]

        let missing = try GleanBinary.run(
            ["import", "-p", project.path, form.path, "--attribute-as", "role=Job title"] + mapping)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(
            missing.stderr.hasPrefix(
                "glean: \(form.path): --attribute-as role=\"Job title\" is not a column; the columns are"),
            missing.stderr)
        let malformed = try GleanBinary.run(
            ["import", "-p", project.path, form.path, "--attribute-as", "grade=Your role"] + mapping)
        XCTAssertEqual(malformed.status, 64)
        XCTAssertTrue(
            malformed.stderr.contains("--attribute-as takes role=COLUMN or setting=COLUMN, not \"grade=Your role\""),
            malformed.stderr)

        let imported = try GleanBinary.run(
            [
                "import", "-p", project.path, form.path, "--attribute-as", "role=your role", "--attribute-as",
                "setting=Care setting",
            ] + mapping)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(
            imported.stdout.hasSuffix(
                """
                Imported 2 logs (2 new participants) into fortnight 3; 0 already present; 0 rows skipped
                Featured quotes are attributed by role "Your role", care setting "care setting"

                """), imported.stdout)
        let read = try readProject(project)
        XCTAssertEqual(read.attribution, Attribution(role: "Your role", setting: "care setting"))
        XCTAssertEqual(
            read.participant(code: "ZZ-01")?.attributes,
            ["Your role": "Consultant rheumatologist", "care setting": "Secondary care"])
        XCTAssertEqual(
            read.fortnight(3).log(id: "ZZ-01-2020-05-16")?.sections.map(\.prompt), ["What progress have you made?"])
        try assertCheckPasses(project)
    }

    func testExportWarnsOfQuotesAttributedOnlyAsAParticipantUntilTheAttributesAreChosen() throws {
        let project = try makeSample()
        XCTAssertEqual(try glean("done", "-p", project.path, "--fortnight", "3").status, 0, "no provisional warning")
        let quiet = try glean("export", "-p", project.path, "--fortnight", "3")
        XCTAssertEqual(quiet.status, 0, quiet.stderr)
        XCTAssertEqual(quiet.stderr, "")

        let renamed = try glean("attributes", "-p", project.path, "rename", "role", "Your role")
        XCTAssertEqual(renamed.status, 0, renamed.stderr)
        XCTAssertEqual(renamed.stdout, "Saved: Renamed the attribute \"role\" to \"Your role\" for 30 participants\n")
        let stillQuiet = try glean("export", "-p", project.path, "--fortnight", "3")
        XCTAssertEqual(stillQuiet.stderr, "", "the rename carried the attribution with it")
        XCTAssertTrue(stillQuiet.stdout.contains("— a Children's therapies lead in community care"), stillQuiet.stdout)

        let cleared = try glean("attribution", "-p", project.path, "--role", "", "--setting", "")
        XCTAssertEqual(cleared.status, 0, cleared.stderr)
        let warned = try glean(
            "export", "-p", project.path, "--fortnight", "3", "-o", directory.appendingPathComponent("s.md").path)
        XCTAssertEqual(warned.status, 0, warned.stderr)
        XCTAssertEqual(
            warned.stderr,
            """
            glean: 4 featured quotes would be attributed only as "a participant": no attribute is chosen for the writer's role or care setting; choose the attributes with glean attribution --role ATTRIBUTE --setting ATTRIBUTE (glean attributes lists them)

            """)

        let unknown = try glean("attribution", "-p", project.path, "--role", "role")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(
            unknown.stderr,
            "glean: --role: no participant has an attribute \"role\"; the attributes are \"Your role\", \"care setting\", \"organisation\"\n"
        )
        let chosen = try glean("attribution", "-p", project.path, "--role", "Your role", "--show")
        XCTAssertEqual(chosen.status, 0, chosen.stderr)
        XCTAssertTrue(
            chosen.stdout.hasPrefix(
                """
                Saved: Quotes attributed by role "Your role", care setting (none)
                Featured quotes are attributed by role "Your role", care setting (none)
                Attributes: "Your role", "care setting", "organisation"
                For example: a GP partner

                """), chosen.stdout)
        let exported = try glean("export", "-p", project.path, "--all", "--format", "json")
        XCTAssertEqual(exported.stderr, "")
        XCTAssertTrue(exported.stdout.contains("\"attribution\" : \"a Children's therapies lead\""), exported.stdout)
        try assertCheckPasses(project)
    }
}
