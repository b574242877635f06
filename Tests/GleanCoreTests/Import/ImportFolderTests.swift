import Foundation
import XCTest

@testable import GleanCore

/// Importing a folder of `.txt` and `.md` logs: front matter, the file-name convention, headings as sections.
final class ImportFolderTests: XCTestCase {
    private var fixtures: ImportFixtures!

    override func setUp() {
        fixtures = ImportFixtures()
    }

    override func tearDown() {
        fixtures = nil
    }

    private func read(_ mapping: ImportMapping = ImportMapping()) throws -> ImportBatch {
        try LogImport.read(
            fixtures.folder.appendingPathComponent("logs"), name: "logs", mapping: mapping, project: Fixtures.small())
    }

    func testFrontMatterGivesTheParticipantAndDateAndHeadingsTheSections() throws {
        try fixtures.write(
            """
            ---
            participant: NW-07
            date: "2020-05-17"
            name: Nora Example
            care setting: primary
            ---
            Written on the train.

            # Progress
            We ran **ten** clinics.

            Two paragraphs.
            ## What concerns you?
            Staff are tired.
            ### Not a section
            Still concerns.
            #hashtag is text
            # Empty

            """, to: "logs/anything.md")
        let batch = try read(ImportMapping(attributeColumns: ["Care setting"]))
        XCTAssertEqual(batch.rejected, [])
        XCTAssertEqual(
            batch.logs,
            [
                Log(
                    id: "", participant: "NW-07", date: Day(iso: "2020-05-17")!,
                    sections: [
                        LogSection(prompt: "Log", text: "Written on the train."),
                        LogSection(prompt: "Progress", text: "We ran **ten** clinics.\n\nTwo paragraphs."),
                        LogSection(
                            prompt: "What concerns you?",
                            text: "Staff are tired.\n### Not a section\nStill concerns.\n#hashtag is text"),
                    ])
            ])
        XCTAssertEqual(batch.participants, [Participant(code: "NW-07", attributes: ["care setting": "primary"])])
        XCTAssertEqual(batch.leftOut.map(\.description), ["\"name\" (name)"])
    }

    func testTheFileNameGivesTheParticipantAndDateWhenThereIsNoFrontMatter() throws {
        try fixtures.write("Plain text, no headings.\r\nSecond line.\r\n", to: "logs/NW_07_2020-05-17.txt")
        try fixtures.write(Data([0xEF, 0xBB, 0xBF] + Array("# Progress\nFine.".utf8)), to: "logs/EE-04_2020-05-16.md")
        try fixtures.write(
            "---\ndate: 17/05/2020\n---\nFront matter date, name's code.", to: "logs/AB-01_2020-01-01.md")
        try fixtures.write("ignored", to: "logs/notes.docx")
        try fixtures.write("ignored", to: "logs/.hidden.md")
        let batch = try read(ImportMapping(dateFormat: try DatePattern("dd/MM/yyyy")))
        XCTAssertEqual(batch.rejected, [])
        XCTAssertEqual(
            batch.logs.map { "\($0.participant) \($0.date)" },
            ["AB-01 2020-05-17", "EE-04 2020-05-16", "NW_07 2020-05-17"])
        XCTAssertEqual(batch.logs[1].sections, [LogSection(prompt: "Progress", text: "Fine.")])
        XCTAssertEqual(
            batch.logs[2].sections, [LogSection(prompt: "Log", text: "Plain text, no headings.\nSecond line.")])
    }

    func testFilesThatCannotBeLogsAreAllListed() throws {
        try fixtures.write("No code or date here.", to: "logs/a-notes.md")
        try fixtures.write("---\nparticipant: X-1\ndate: 2020-05-17\nNever closed.", to: "logs/b.md")
        try fixtures.write("---\nparticipant: X-1\ndate: yesterday\n---\nText.", to: "logs/c.md")
        try fixtures.write("   \n\n# Heading only\n", to: "logs/X-1_2020-05-17.md")
        try fixtures.write(Data([0x41, 0xFF, 0x42]), to: "logs/X-2_2020-05-17.txt")
        try fixtures.write("Early.", to: "logs/X-3_2020-01-01.txt")
        let batch = try read()
        XCTAssertEqual(batch.logs, [])
        XCTAssertEqual(batch.rows, 6)
        XCTAssertEqual(
            batch.rejected.map(\.description),
            [
                "logs/X-1_2020-05-17.md:1: no text: every answer is empty",
                "logs/X-2_2020-05-17.txt:1:2: this is not UTF-8 text; save the file as UTF-8 (in Excel: \"CSV UTF-8\") and import it again",
                "logs/X-3_2020-01-01.txt:1: date \"2020-01-01\" is before the programme starts on 2020-04-06",
                "logs/a-notes.md:1: no participant code in the front matter or the file name (CODE_yyyy-MM-dd.md); no date in the front matter or the file name (CODE_yyyy-MM-dd.md)",
                "logs/b.md:1: the front matter opened by \"---\" on line 1 is never closed by another \"---\"",
                "logs/c.md:1: unreadable date \"yesterday\" in the front matter's \"date\" (expected yyyy-MM-dd, a year from 1900 to 2999)",
            ])
    }

    func testASingleTextFileIsOneLog() throws {
        let url = try fixtures.write(
            "---\nparticipant: NW-07\ndate: 2020-05-17\nemail: n@example.org\n---\nHello.", to: "one.md")
        let batch = try LogImport.read(url, name: "one.md", mapping: ImportMapping(), project: Fixtures.small())
        XCTAssertEqual(batch.logs.map(\.participant), ["NW-07"])
        XCTAssertEqual(
            batch.leftOutNotes,
            [
                "Left out of one.md (personal data or form bookkeeping; name a column in an option to import it): \"email\" (e-mail address)"
            ])
    }

    func testAFolderWithoutLogsIsAnError() throws {
        try fixtures.write("x", to: "logs/readme.rtf")
        assertImportError(try read(), contains: ["logs: the folder has no .txt or .md files"])
    }

    func testImportingAFolderTwiceAddsNothingTheSecondTime() throws {
        let store = try fixtures.makeProject()
        try fixtures.write("# Progress\nClinics.\n# Concerns\nRota.", to: "logs/Z-01_2020-04-21.md")
        let folder = fixtures.folder.appendingPathComponent("logs")
        XCTAssertEqual(
            try fixtures.importing(folder, into: store).summary,
            "Imported 1 log (1 new participant) into fortnight 2; 0 already present; 0 rows skipped")
        XCTAssertEqual(
            try fixtures.importing(folder, into: store).summary,
            "Imported 0 logs (0 new participants); 1 already present; 0 rows skipped")
    }
}
