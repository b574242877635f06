import Foundation
import XCTest

@testable import GleanCore

/// Reading hostile CSV exports: byte order marks, CR LF, quoted fields spanning lines, odd text, broken headers.
final class ImportCSVTests: XCTestCase {
    private var fixtures: ImportFixtures!

    override func setUp() {
        fixtures = ImportFixtures()
    }

    override func tearDown() {
        fixtures = nil
    }

    func testAByteOrderMarkCRLFAndQuotedFieldsSpanningLinesReadExactly() throws {
        let csv =
            "\u{FEFF}participant,date,Progress,Concerns\r\n"
            + "A-01,2020-04-20,\"We said \"\"yes\"\", at last.\",\"First line.\r\nSecond line, with a comma.\"\r\n"
            + "B-02,2020-04-21,Plain,\"\"\r\n"
        let batch = try fixtures.read(csv)
        XCTAssertEqual(batch.rejected, [])
        XCTAssertEqual(batch.rows, 2)
        XCTAssertEqual(
            batch.logs,
            [
                Log(
                    id: "", participant: "A-01", date: Day(iso: "2020-04-20")!,
                    sections: [
                        LogSection(prompt: "Progress", text: "We said \"yes\", at last."),
                        LogSection(prompt: "Concerns", text: "First line.\nSecond line, with a comma."),
                    ]),
                Log(
                    id: "", participant: "B-02", date: Day(iso: "2020-04-21")!,
                    sections: [
                        LogSection(prompt: "Progress", text: "Plain")
                    ]),
            ])
    }

    func testTheByteOrderMarkDoesNotStickToTheFirstHeader() throws {
        let batch = try fixtures.read("\u{FEFF}Participant,Date,Text\nA-01,2020-04-20,Hello.\n")
        XCTAssertEqual(batch.logs.map(\.participant), ["A-01"])
    }

    func testEmojiCJKAndCombiningMarksArriveUnchanged() throws {
        let text = "Clinic 👩🏽‍⚕️ went well 🎉. 视频会诊很好。 Café au lait, Zoë, 한국어 ✓"
        let batch = try fixtures.read("participant,date,Progress\nA-01,2020-04-20,\"\(text)\"\n")
        XCTAssertEqual(batch.logs.first?.sections.first?.text, text)
        XCTAssertEqual(batch.logs.first?.sections.first?.text.unicodeScalars.count, text.unicodeScalars.count)
    }

    func testControlCharactersAndBidiOverridesAreRemovedButNewlinesAndTabsKept() throws {
        let hostile =
            "Start\u{1B}[31m red\u{07}\u{00}\u{85}\u{7F} \u{202E}reversed\u{202C} \u{2066}isolated\u{2069}\tTab\rOld Mac line"
        let batch = try fixtures.read("participant,date,Progress\nA-\u{1B}01,2020-04-20,\"\(hostile)\"\n")
        XCTAssertEqual(batch.logs.first?.participant, "A-01")
        XCTAssertEqual(
            batch.logs.first?.sections.first?.text, "Start[31m red reversed isolated\tTab\nOld Mac line")
    }

    func testATenThousandCharacterAnswerImportsWhole() throws {
        let long = String(repeating: "Staff are tired and the rota is thin. ", count: 270)
        XCTAssertGreaterThan(long.count, 10_000)
        let batch = try fixtures.read("participant,date,Progress\nA-01,2020-04-20,\"\(long)\"\n")
        XCTAssertEqual(batch.logs.first?.sections.first?.text, long)
    }

    func testBadRowsAreAllListedByTheLineTheyStartOnCountingLinesInsideFields() throws {
        let csv = """
            participant,date,Progress
            A-01,2020-04-20,"Two
            lines"
            ,2020-04-21,No code
            B-02,31/02/2020,Bad date
            C-03,2020-02-30,Impossible day
            A-01,2020-04-01,"Before
            the
            start"
            B-02,2020-04-22,
            ,,
            C-03,2020-04-23,Good,extra
            A-01,,Empty date

            """
        let batch = try fixtures.read(csv)
        XCTAssertEqual(batch.logs.count, 1)
        XCTAssertEqual(batch.rows, 8, "the row of bare commas is skipped")
        XCTAssertEqual(
            batch.rejected.map(\.description),
            [
                "logs.csv:4: no participant code in column \"participant\"",
                "logs.csv:5: unreadable date \"31/02/2020\" in column \"date\" (expected yyyy-MM-dd, a year from 1900 to 2999)",
                "logs.csv:6: unreadable date \"2020-02-30\" in column \"date\" (expected yyyy-MM-dd, a year from 1900 to 2999)",
                "logs.csv:7: date \"2020-04-01\" is before the programme starts on 2020-04-06",
                "logs.csv:10: no text: every answer is empty",
                "logs.csv:12: 4 values, but the header has 3 columns",
                "logs.csv:13: no date in column \"date\"",
            ])
    }

    func testARowWithSeveralProblemsNamesThemAll() throws {
        let batch = try fixtures.read("participant,date,Progress\n,soon,\n")
        XCTAssertEqual(
            batch.rejected.map(\.problem),
            [
                "no participant code in column \"participant\"; unreadable date \"soon\" in column \"date\" (expected yyyy-MM-dd, a year from 1900 to 2999); no text: every answer is empty"
            ])
    }

    func testAMissingParticipantColumnIsAnErrorListingTheHeaders() {
        XCTAssertThrowsError(try fixtures.read("Who,date,Progress\nA-01,2020-04-20,Text\n")) { error in
            XCTAssertEqual(
                error as? ColumnError,
                .noDefault(
                    file: "logs.csv", role: .participant, defaults: ImportMapping.participantHeaders,
                    columns: ["Who", "date", "Progress"]))
            XCTAssertTrue("\(error)".hasPrefix("no column is headed \"participant\""), "\(error)")
            XCTAssertTrue(
                "\(error)".hasSuffix(
                    "name it with the participant column; the columns are \"Who\", \"date\", \"Progress\""), "\(error)")
        }
    }

    func testAMissingDateColumnIsAnError() {
        XCTAssertThrowsError(try fixtures.read("participant,When,Progress\nA-01,2020-04-20,Text\n")) { error in
            guard case .noDefault("logs.csv", .date, _, ["participant", "When", "Progress"])? = error as? ColumnError
            else {
                return XCTFail("\(error)")
            }
        }
    }

    func testAnOptionNamingNoColumnIsAnErrorNamingItAndListingTheHeaders() {
        let csv = "participant,date,Progress\nA-01,2020-04-20,Text\n"
        for (mapping, role, name) in [
            (ImportMapping(textColumns: ["Concerns"]), ColumnError.Role.text, "Concerns"),
            (ImportMapping(attributeColumns: ["Role"]), .attribute, "Role"),
            (ImportMapping(ignoreColumns: ["Email"]), .ignored, "Email"),
            (ImportMapping(participantColumn: "Code"), .participant, "Code"),
            (ImportMapping(dateColumn: "When"), .date, "When"),
        ] {
            XCTAssertThrowsError(try fixtures.read(csv, mapping: mapping)) { error in
                XCTAssertEqual(
                    error as? ColumnError,
                    .notAColumn(file: "logs.csv", role: role, name: name, columns: ["participant", "date", "Progress"]))
                XCTAssertTrue(
                    "\(error)".hasSuffix(
                        "\"\(name)\" is not a column; the columns are \"participant\", \"date\", \"Progress\""))
            }
        }
    }

    func testOptionsMatchHeadersIgnoringCaseAndSurroundingSpace() throws {
        let batch = try fixtures.read(
            "Code,When,Progress\nA-01,2020-04-20,Text\n",
            mapping: ImportMapping(participantColumn: "code ", dateColumn: "WHEN"))
        XCTAssertEqual(batch.logs.count, 1)
    }

    func testRepeatedHeadersAreAnErrorNamingThem() {
        assertImportError(
            try fixtures.read("participant,date,Comments,Notes,Comments,Notes\nA-01,2020-04-20,a,b,c,d\n"),
            contains: ["logs.csv:1: the header repeats \"Comments\" (columns 3 and 5), \"Notes\" (columns 4 and 6)"])
    }

    func testAColumnNamedForTwoRolesIsAnError() {
        XCTAssertThrowsError(
            try fixtures.read(
                "participant,date,Progress,Role\nA-01,2020-04-20,Text,GP\n",
                mapping: ImportMapping(textColumns: ["Role"], attributeColumns: ["Role"]))
        ) { error in
            XCTAssertEqual(
                error as? ColumnError, .twoRoles(file: "logs.csv", header: "Role", first: .attribute, second: .text))
            XCTAssertEqual("\(error)", "column \"Role\" is named by both the attribute column and the text column")
        }
    }

    func testAFileThatIsNotUTF8IsRefusedWithWhereItGoesWrong() throws {
        var bytes = Data("participant,date,Progress\nA-01,2020-04-20,Caf".utf8)
        bytes.append(0xE9)  // "é" in Windows-1252
        let url = try fixtures.write(bytes, to: "latin1.csv")
        assertImportError(
            try LogImport.read(url, name: "latin1.csv", mapping: ImportMapping(), project: Fixtures.small()),
            contains: ["latin1.csv:2:", "not UTF-8", "CSV UTF-8"])
    }

    func testAnEmptyFileHasNoHeader() {
        assertImportError(try fixtures.read(""), contains: ["logs.csv:1: there is no header row"])
    }

    func testTextColumnsDefaultToEveryColumnNotOtherwiseUsedAndFollowTheOptionsOrderWhenNamed() throws {
        let csv = "participant,date,Progress,Concerns,Role,Extra\nA-01,2020-04-20,p,c,GP,x\n"
        let byDefault = try fixtures.read(
            csv, mapping: ImportMapping(attributeColumns: ["Role"], ignoreColumns: ["Extra"]))
        XCTAssertEqual(byDefault.logs.first?.sections.map(\.prompt), ["Progress", "Concerns"])
        let named = try fixtures.read(csv, mapping: ImportMapping(textColumns: ["Concerns", "Progress"]))
        XCTAssertEqual(named.logs.first?.sections.map(\.prompt), ["Concerns", "Progress"])
    }

    func testAttributesComeFromTheFirstValueAndTakeTheProjectsSpelling() throws {
        let csv =
            "participant,date,Progress,Care setting,Team\n"
            + "Z-09,2020-04-20,a,,North\nZ-09,2020-04-21,b,community,South\nZ-09,2020-04-22,c,acute,East\n"
        let batch = try fixtures.read(csv, mapping: ImportMapping(attributeColumns: ["Care setting", "Team"]))
        XCTAssertEqual(
            batch.participants, [Participant(code: "Z-09", attributes: ["care setting": "community", "Team": "North"])])
    }

    func testPersonalAndFormColumnsAreLeftOutAndReported() throws {
        let csv =
            "ID,Start time,Completion time,Email,Name,Participant code,What went well?\n"
            + "1,2020-04-20 09:00,2020-04-20 09:05,a@b.nhs.uk,Ann Example,A-01,Clinics.\n"
        let batch = try fixtures.read(csv)
        XCTAssertEqual(batch.logs.first?.sections, [LogSection(prompt: "What went well?", text: "Clinics.")])
        XCTAssertEqual(
            batch.leftOut.map(\.description),
            [
                "\"ID\" (identifier)", "\"Start time\" (form timing)", "\"Email\" (e-mail address)", "\"Name\" (name)",
            ])
    }

    func testAPersonalColumnNamedInAnOptionIsImported() throws {
        let csv = "participant,date,Name,Progress\nA-01,2020-04-20,Ann,Text\n"
        let batch = try fixtures.read(csv, mapping: ImportMapping(attributeColumns: ["Name"]))
        XCTAssertEqual(batch.participants.first?.attributes, ["Name": "Ann"])
        XCTAssertEqual(batch.leftOut, [])
    }
}
