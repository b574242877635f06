import Foundation
import XCTest

@testable import GleanCore

/// Importing into a project on disk: what is added, what is written, and what never is.
final class ImportProjectTests: XCTestCase {
    private var fixtures: ImportFixtures!

    override func setUp() {
        fixtures = ImportFixtures()
    }

    override func tearDown() {
        fixtures = nil
    }

    /// A Microsoft Forms-like export: two logs in fortnight 2, one in fortnight 3, one new participant.
    private let formExport =
        "\u{FEFF}\"ID\",\"Start time\",\"Completion time\",\"Email\",\"Name\",\"Participant code\","
        + "\"Care setting\",\"What went well?\",\"What concerns you?\"\r\n"
        + "\"1\",\"20/04/2020 09:01\",\"20/04/2020 09:07\",\"ann.example@nhs.net\",\"Ann Example\",\"A-01\",\"primary\","
        + "\"Clinics ran.\",\"Headsets again.\r\nAnd the rota.\"\r\n"
        + "\"2\",\"21/04/2020 10:00\",\"21/04/2020 10:30\",\"bob.sample@nhs.net\",\"Bob Sample\",\"D-04\",\"community\","
        + "\"Home visits by video.\",\"\"\r\n"
        + "\"3\",\"05/05/2020 16:20\",\"05/05/2020 16:41\",\"ann.example@nhs.net\",\"Ann Example\",\"A-01\",\"primary\","
        + "\"\",\"Tired.\"\r\n"

    private var formMapping: ImportMapping {
        get throws {
            ImportMapping(
                participantColumn: "Participant code", dateFormat: try DatePattern("dd/MM/yyyy HH:mm"),
                attributeColumns: ["Care setting"])
        }
    }

    func testAFormExportLandsInTheRightFortnightsWithItsNewParticipant() throws {
        let store = try fixtures.makeProject()
        let url = try fixtures.write(formExport, to: "form.csv")
        let report = try fixtures.importing(url, into: store, mapping: formMapping)
        XCTAssertEqual(
            report.summary, "Imported 3 logs (1 new participant) into fortnights 2–3; 0 already present; 0 rows skipped"
        )
        let project = try ProjectStore.open(fixtures.project).opened
        XCTAssertEqual(project, report.project)
        XCTAssertEqual(
            project.participant(code: "D-04"),
            Participant(code: "D-04", alias: "P004", attributes: ["care setting": "community"]))
        XCTAssertEqual(
            project.participant(code: "A-01")?.attributes["care setting"], "primary",
            "an existing participant keeps their attributes")
        XCTAssertEqual(
            project.fortnight(2).log(id: "A-01-2020-04-20")?.sections,
            [
                LogSection(prompt: "What went well?", text: "Clinics ran."),
                LogSection(prompt: "What concerns you?", text: "Headsets again.\nAnd the rota."),
            ])
        XCTAssertEqual(project.fortnight(2).log(id: "D-04-2020-04-21")?.sections.map(\.prompt), ["What went well?"])
        XCTAssertEqual(project.fortnight(3).logs.map(\.id), ["A-01-2020-05-05"])
        XCTAssertEqual(ProjectChecker.problems(in: project), [])
    }

    func testPersonalDataReachesNoFileGleanWrites() throws {
        let store = try fixtures.makeProject()
        let url = try fixtures.write(formExport, to: "form.csv")
        _ = try fixtures.importing(url, into: store, mapping: formMapping)
        var project = try ProjectStore.open(fixtures.project).opened
        let edit = try XCTUnwrap(
            try AutoCoding.edit(
                project, pattern: "tired", concern: "wellbeing", fortnight: nil, newID: { "q-auto" }, coder: "t",
                created: "c"))
        project.apply(edit)
        try store.record(edit)
        try store.fold(project)
        let files = try fixtures.projectFiles()
        XCTAssertTrue(files.keys.contains { $0.hasPrefix("backups/") }, "the import and the fold kept backups")
        for (path, bytes) in files {
            // Glean's own timestamps (backups, the lock) hold the time of day the test runs at, which may be 09:01.
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
                of: #"\d{4}-?\d\d-?\d\dT\d\d:?\d\d:?\d\d(\.\d+)?Z"#, with: "", options: .regularExpression)
            for secret in [
                "ann.example", "bob.sample", "nhs.net", "Ann Example", "Bob Sample", "09:01", "16:20", "Start time",
                "Email",
            ] {
                XCTAssertFalse(text.contains(secret), "\(path) holds \"\(secret)\"")
            }
        }
    }

    func testImportingTheSameFileAgainAddsNothing() throws {
        let store = try fixtures.makeProject()
        let url = try fixtures.write(formExport, to: "form.csv")
        _ = try fixtures.importing(url, into: store, mapping: formMapping)
        let before = try fixtures.projectFiles()
        let again = try fixtures.importing(url, into: store, mapping: formMapping)
        XCTAssertEqual(again.summary, "Imported 0 logs (0 new participants); 3 already present; 0 rows skipped")
        XCTAssertEqual(try fixtures.projectFiles(), before, "nothing is written, not even a backup")
    }

    func testDuplicateRowsInOneFileAreAddedOnce() throws {
        let store = try fixtures.makeProject()
        let url = try fixtures.write(
            "participant,date,Progress\nA-01,2020-04-20,Same.\nA-01,2020-04-20,Same.\nA-01,2020-04-20,Different.\n",
            to: "twice.csv")
        let report = try fixtures.importing(url, into: store)
        XCTAssertEqual(
            report.summary, "Imported 2 logs (0 new participants) into fortnight 2; 1 already present; 0 rows skipped")
        XCTAssertEqual(
            report.project.fortnight(2).logs.filter { $0.participant == "A-01" && $0.date.iso == "2020-04-20" }.map(
                \.id),
            [
                "A-01-2020-04-20", "A-01-2020-04-20-2",
            ])
    }

    func testABadRowStopsTheWholeImportAndWritesNothing() throws {
        let store = try fixtures.makeProject()
        let before = try fixtures.projectFiles()
        let url = try fixtures.write(
            "participant,date,Progress\nZ-01,2020-04-20,Fine.\nZ-02,2020-13-01,Bad.\n", to: "bad.csv")
        let report = try fixtures.importing(url, into: store)
        XCTAssertTrue(report.refused)
        XCTAssertEqual(report.summary, "Imported nothing: 1 row of 2 is bad; fix it, or skip it to import the other 1")
        XCTAssertEqual(
            report.summary(skipping: "--skip-invalid"),
            "Imported nothing: 1 row of 2 is bad; fix it, or skip it with --skip-invalid to import the other 1")
        XCTAssertEqual(try fixtures.projectFiles(), before)
    }

    func testSkipInvalidImportsTheGoodRowsAndCountsTheRest() throws {
        let store = try fixtures.makeProject()
        let url = try fixtures.write(
            "participant,date,Progress\nZ-01,2020-04-20,Fine.\nZ-02,2020-13-01,Bad.\n,2020-04-20,No one.\n",
            to: "bad.csv")
        let report = try fixtures.importing(url, into: store, skipInvalid: true)
        XCTAssertEqual(
            report.summary, "Imported 1 log (1 new participant) into fortnight 2; 0 already present; 2 rows skipped")
        let project = try ProjectStore.open(fixtures.project).opened
        XCTAssertNotNil(project.participant(code: "Z-01"))
        XCTAssertNil(project.participant(code: "Z-02"), "a participant whose only row is bad is not created")
    }

    func testADryRunSaysWhatWouldHappenAndWritesNothing() throws {
        let store = try fixtures.makeProject()
        let before = try fixtures.projectFiles()
        let url = try fixtures.write(formExport, to: "form.csv")
        let report = try fixtures.importing(url, into: store, mapping: formMapping, dryRun: true)
        XCTAssertEqual(
            report.summary,
            "Would import 3 logs (1 new participant) into fortnights 2–3; 0 already present; 0 rows skipped")
        XCTAssertEqual(try fixtures.projectFiles(), before)
    }

    func testImportingFoldsJournalledEditsFirst() throws {
        let store = try fixtures.makeProject()
        var project = store.opened
        let edit = try XCTUnwrap(
            try AutoCoding.edit(
                project, pattern: "headsets", concern: "equipment", fortnight: nil, newID: { "q-\(UUID().uuidString)" },
                coder: "t", created: "c"))
        project.apply(edit)
        try store.record(edit)
        let url = try fixtures.write("participant,date,Progress\nZ-01,2020-04-20,Fine.\n", to: "one.csv")
        let batch = try LogImport.read(url, name: "one.csv", mapping: ImportMapping(), project: project)
        let report = try LogImport.add(batch, to: project, store: store, skipInvalid: false, dryRun: false)
        let reopened = try ProjectStore.open(fixtures.project)
        XCTAssertFalse(reopened.hasUnfoldedEdits)
        XCTAssertEqual(reopened.opened, report.project)
        XCTAssertEqual(
            reopened.opened.fortnights.values.flatMap(\.quotes).filter { $0.concerns.contains("equipment") }.count, 5)
    }
}
