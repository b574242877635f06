import Foundation
import XCTest

/// `glean import` and `glean autocode` on the real binary: a form export imported with a mapping, its log tagged in
/// the interface, bad rows refused, and auto-coding recorded as one edit.
final class ImportTests: EndToEndTestCase {
    /// A Microsoft Forms export: byte order mark, CR LF, every field quoted, a multi-line answer with quotes in it,
    /// British dates with times, and personal columns.
    private static let formExport =
        "\u{FEFF}"
        + "\"ID\",\"Start time\",\"Completion time\",\"Email\",\"Name\",\"Participant code\",\"Care setting\","
        + "\"What progress have you made?\",\"What concerns you?\"\r\n"
        + "\"1\",\"16/05/2020 09:58\",\"16/05/2020 10:03\",\"jane.doe@example.nhs.uk\",\"Jane Doe\",\"ZZ-01\",\"primary\","
        + "\"We ran ten video clinics.\",\"Nothing new.\"\r\n"
        + "\"2\",\"17/05/2020 13:58\",\"17/05/2020 14:03\",\"sam.roe@example.nhs.uk\",\"Sam Roe\",\"ZZ-02\",\"community\","
        + "\"The team is exhausted.\",\"The rota is thin.\r\nNobody says \"\"no\"\" any more.\"\r\n"

    /// The options that map the export.
    private static let mapping = [
        "--participant-column", "Participant code", "--date-column", "Completion time",
        "--date-format", "dd/MM/yyyy HH:mm", "--attribute-column", "Care setting",
    ]

    func testAFormExportImportsWithAMappingAndItsLogIsTaggedInTheInterface() throws {
        let project = try makeSample()
        let export = directory.appendingPathComponent("forms.csv")
        try Data(Self.formExport.utf8).write(to: export)
        let before = try XCTUnwrap(try counts(project).concern(key: 9, fortnight: 3))

        let dryRun = try GleanBinary.run(["import", "-p", project.path, export.path, "--dry-run"] + Self.mapping)
        XCTAssertEqual(dryRun.status, 0, dryRun.stderr)
        XCTAssertTrue(
            dryRun.stdout.hasSuffix(
                "Would import 2 logs (2 new participants) into fortnight 3; 0 already present; 0 rows skipped\n"),
            dryRun.stdout)
        let untouched = try FileTree.contents(under: project)

        let imported = try GleanBinary.run(["import", "-p", project.path, export.path] + Self.mapping)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(
            imported.stdout,
            """
            Left out of \(export.path) (personal data or form bookkeeping; name a column in an option to import it): \
            "ID" (identifier), \
            "Start time" (form timing), "Email" (e-mail address), "Name" (name)
            Imported 2 logs (2 new participants) into fortnight 3; 0 already present; 0 rows skipped

            """)
        XCTAssertNotEqual(try FileTree.contents(under: project), untouched)
        try assertCheckPasses(project)

        let session = try open(project)
        try session.sendKeys("G", "Enter")
        try session.waitFor(text: "ZZ-02 · community · Sunday 17 May 2020")
        try session.waitFor(text: "The team is exhausted.")
        try session.sendKeys("9")
        try session.waitFor(text: "│ ✓ saved │ Tagged Staff wellbeing")
        try quitFromReader(session)

        let after = try XCTUnwrap(try counts(project).concern(key: 9, fortnight: 3))
        XCTAssertEqual(after.quotes, before.quotes + 1)
        XCTAssertEqual(after.participants, before.participants + 1)
        let quote = try XCTUnwrap(try allQuotes(project).first { $0.log == "ZZ-02-2020-05-17" })
        XCTAssertEqual(quote.concerns, ["staff-wellbeing"])
        let log = try XCTUnwrap(try readProject(project).fortnight(3).log(id: "ZZ-02-2020-05-17"))
        XCTAssertEqual(
            log.sections.map(\.text), ["The team is exhausted.", "The rota is thin.\nNobody says \"no\" any more."])

        for (path, bytes) in try FileTree.contents(under: project) {
            let text = String(decoding: bytes, as: UTF8.self)
            for personal in [
                "example.nhs.uk", "Jane Doe", "Sam Roe", "17/05/2020 13:58", "2020-05-17T13:58", "2020-05-17 13:58",
            ] {
                XCTAssertFalse(text.contains(personal), "\(path) holds \"\(personal)\"")
            }
        }
        let again = try GleanBinary.run(["import", "-p", project.path, export.path] + Self.mapping)
        XCTAssertTrue(
            again.stdout.hasSuffix("Imported 0 logs (0 new participants); 2 already present; 0 rows skipped\n"),
            again.stdout)
        try assertCheckPasses(project)
    }

    func testBadRowsAreAllListedAndNothingIsImportedUnlessSkipped() throws {
        let project = try makeSample()
        let export = directory.appendingPathComponent("bad.csv")
        try Data(
            "participant,date,Progress\nZZ-01,2020-05-10,\"Fine,\nreally.\"\nZZ-02,10/05/2020,Oops\n,2020-05-11,Who?\n"
                .utf8
        )
        .write(to: export)
        let before = try FileTree.contents(under: project)
        let refused = try glean("import", "-p", project.path, export.path)
        XCTAssertEqual(refused.status, 1)
        let dates =
            "Dates in \(export.path): ISO yyyy-MM-dd (detected; 1 of the 3 dates does not fit it, so its row is bad); "
            + "name the format with --date-format\n"
        XCTAssertEqual(refused.stdout, dates)
        XCTAssertEqual(
            refused.stderr,
            """
            glean: \(export.path):4: unreadable date "10/05/2020" in column "date" (expected yyyy-MM-dd, a year from 1900 to 2999; name the format with --date-format)
            glean: \(export.path):5: no participant code in column "participant"
            glean: Imported nothing: 2 rows of 3 are bad; fix them, or skip them with --skip-invalid to import the other 1

            """)
        XCTAssertEqual(try FileTree.contents(under: project), before)

        let skipped = try glean("import", "-p", project.path, export.path, "--skip-invalid")
        XCTAssertEqual(skipped.status, 0, skipped.stderr)
        XCTAssertEqual(
            skipped.stdout,
            dates + "Imported 1 log (1 new participant) into fortnight 3; 0 already present; 2 rows skipped\n")
        XCTAssertTrue(skipped.stderr.contains("bad.csv:4: unreadable date"), skipped.stderr)
    }

    func testAutocodeTagsEveryMatchingSentenceAsOneJournalLine() throws {
        let project = try makeSample()
        let quotesBefore = try allQuotes(project).count
        let dryRun = try glean(
            "autocode", "-p", project.path, "--pattern", "exhaust|burn.?out", "--concern", "staff-wellbeing",
            "--dry-run")
        XCTAssertEqual(dryRun.status, 0, dryRun.stderr)
        let tagged = try glean(
            "autocode", "-p", project.path, "--pattern", "exhaust|burn.?out", "--concern", "staff-wellbeing")
        XCTAssertEqual(tagged.status, 0, tagged.stderr)
        XCTAssertEqual(dryRun.stdout.replacingOccurrences(of: "Would tag", with: "Tagged"), tagged.stdout)
        let count = try XCTUnwrap(
            tagged.stdout.firstMatch(of: /^Tagged (\d+) sentences in \d+ logs with Staff wellbeing\n/).flatMap {
                Int($0.1)
            })
        XCTAssertGreaterThan(count, 0)
        let samples = tagged.stdout.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("  …and ") }
        XCTAssertEqual(samples.count, min(count, 3), tagged.stdout)
        for sample in samples {
            XCTAssertNotNil(
                sample.lowercased().firstMatch(of: /\[(exhaust|burn.?out)\]/), "the match is marked: \(sample)")
        }
        let journal = try String(contentsOf: project.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 1)
        XCTAssertLessThanOrEqual(
            try allQuotes(project).count - quotesBefore, count, "existing quotes may gain the concern instead")

        let invalid = try glean("autocode", "-p", project.path, "--pattern", "(", "--concern", "staff-wellbeing")
        XCTAssertEqual(invalid.status, 1)
        XCTAssertTrue(
            invalid.stderr.hasPrefix("glean: --pattern: \"(\" is not a valid regular expression"), invalid.stderr)
        try assertCheckPasses(project)
    }
}
