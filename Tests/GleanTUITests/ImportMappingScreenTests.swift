import Foundation
import GleanCore
import GleanTUI
import XCTest

/// The import preview maps every column (participant, date, section, attribute, role, care setting, ignore), shows how
/// the dates are read, asks when they read two ways, and re-reads the input after every change.
final class ImportMappingScreenTests: XCTestCase {
    private var folder: URL!

    /// The Microsoft-Forms-like export with day-first dates that the tmux test imports too.
    static let formsFixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/forms-day-first.csv")

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-mapping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ csv: String) throws -> String {
        let url = folder.appendingPathComponent("form.csv")
        try csv.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Does what the runtime does for `effects` (re-reading the input), and for the effects that follow.
    private func run(_ effects: [Effect], _ harness: inout Harness) {
        for case .rereadImport(let preview) in effects {
            let read = ImportReading.read(preview, project: harness.state.project)
            run(Update.reduce(&harness.state, .importRead(read), harness.environment), &harness)
        }
    }

    private func open(_ path: String, _ harness: inout Harness) throws {
        let preview = try ImportReading.fresh(path, project: harness.state.project)
        run(Update.reduce(&harness.state, .importRead(preview), harness.environment), &harness)
    }

    private func row(_ harness: Harness, containing text: String) -> Int? {
        harness.screen.lines.firstIndex { $0.contains(text) }
    }

    func testTheFormsExportIsMappedDatesDetectedAndEveryColumnListedWithItsUseAndASample() throws {
        var harness = Harness(width: 80, height: 24)
        try open(Self.formsFixture.path, &harness)
        let screen = harness.screen
        let text = screen.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("3 rows → 3 logs by 3 participants (3 new); 0 bad rows"), text)
        let dates = try XCTUnwrap(row(harness, containing: "Dates: day-first dd/MM/yyyy (detected) · f changes"), text)
        XCTAssertEqual(screen.style(x: 2, y: dates).foreground, .green)
        let email = try XCTUnwrap(row(harness, containing: "Email"), text)
        XCTAssertTrue(screen.lines[email].contains("ignored      “ada@example.org”"), screen.lines[email])
        XCTAssertTrue(screen.style(x: 4, y: email).dim, "an ignored column is dim")
        let code = try XCTUnwrap(row(harness, containing: "Participant code"), text)
        XCTAssertTrue(screen.lines[code].contains("participant  “MF-01”"), screen.lines[code])
        XCTAssertEqual(screen.style(x: 4, y: code).foreground, .cyan)
        XCTAssertTrue(screen.lines[try XCTUnwrap(row(harness, containing: "Completion time"))].contains("date"))
        let selected = try XCTUnwrap(row(harness, containing: "▸ ID"), text)
        XCTAssertTrue(screen.style(x: 4, y: selected).reverse, "the selected column is highlighted")
        XCTAssertTrue(text.contains("Column 1 of 11 “ID”: ignored (identifier) (p d s a r c x, ←→)"), text)
        XCTAssertTrue(text.contains("MF-01 · Tuesday 2 June 2020 · F5"), text)
        XCTAssertEqual(harness.state.importPreview?.role, "Role", "the sample's attribution suggests the role column")
        XCTAssertEqual(harness.state.importPreview?.setting, "Care setting")
    }

    func testAt40x12NothingThatMattersIsCut() throws {
        var harness = Harness(width: 40, height: 12)
        try open(Self.formsFixture.path, &harness)
        harness.press(.down, .down, .down)
        let lines = harness.screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let text = lines.joined(separator: " ")
        XCTAssertTrue(
            text.contains("Dates: day-first dd/MM/yyyy (detected) · f changes"), lines.joined(separator: "\n"))
        XCTAssertTrue(
            text.contains("Column 4 of 11 “Email”: ignored (e-mail address) (p d s a r c x, ←→)"),
            lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("▸ Email") }, "the selected column stays in view")
        XCTAssertFalse(lines.dropLast().contains { $0.contains("…") && $0.contains("Dates") })
    }

    func testKeysSetEachUseAndTheInputIsReadAgainWithTheNewMapping() throws {
        var harness = Harness(width: 100, height: 30)
        try open(Self.formsFixture.path, &harness)
        harness.press(.char("j"))
        run(harness.press(.char("d")), &harness)
        XCTAssertEqual(harness.state.importPreview?.uses[1], .date, "Start time is now the date")
        XCTAssertEqual(harness.state.importPreview?.uses[2], .ignore)
        XCTAssertEqual(harness.state.message, "“Completion time” is now ignored")
        XCTAssertEqual(harness.state.importPreview?.batch.logs.first?.date, Day(iso: "2020-06-02"))
        harness.press(.char("j"), .char("j"), .char("j"))
        run(harness.press(.char("a")), &harness)
        XCTAssertEqual(
            harness.state.importPreview?.batch.participants.first?.attributes["Name"], "Ada Pike",
            "a personal column imported only when chosen")
        run(harness.press(.char("x")), &harness)
        harness.press(.char("j"), .char("j"))
        run(harness.press(.char("x")), &harness)
        XCTAssertEqual(
            harness.state.importPreview?.batch.logs.first?.sections.map(\.prompt), ["Concerns", "What others say"])
        run(harness.press(.right), &harness)
        XCTAssertEqual(harness.state.importPreview?.uses[6], .participant, "→ after ignored comes participant")
        XCTAssertEqual(harness.state.importPreview?.uses[5], .ignore, "taken from “Participant code”")
        XCTAssertEqual(
            harness.state.importPreview?.batch.logs.first?.participant,
            "We moved the Tuesday clinic to video and nobody missed it.")
        run(harness.press(.left), &harness)
        XCTAssertEqual(harness.state.importPreview?.uses[6], .ignore)
        XCTAssertEqual(
            harness.state.importPreview?.problem, "No participant column: select the column of codes and press p")
        XCTAssertEqual(harness.press(.enter), [], "nothing to import without a participant column")
        XCTAssertEqual(harness.state.message, "No participant column: select the column of codes and press p")
    }

    func testDatesThatReadTwoWaysOpenAPickerAndTheChoiceIsUsed() throws {
        let path = try write(
            "Participant code,Completion time,Progress\nA-01,02/06/2020 09:31,Fine.\nA-02,03/06/2020 10:00,Good.\n")
        var harness = Harness(width: 80, height: 24)
        try open(path, &harness)
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("no date-format picker") }
        XCTAssertEqual(picker.title, "Read “02/06/2020 09:31” as")
        XCTAssertEqual(picker.options, ["dd/MM/yyyy: 2 Jun 2020", "MM/dd/yyyy: 6 Feb 2020"])
        XCTAssertEqual(harness.state.importPreview?.batch.logs, [], "nothing read before the user says")
        XCTAssertEqual(harness.press(.escape), [])
        XCTAssertEqual(harness.press(.enter), [])
        XCTAssertEqual(harness.state.message, "Dates such as “02/06/2020 09:31” read two ways: press f to say which")
        harness.press(.char("f"))
        guard case .picker(let again) = harness.state.modal else { return XCTFail("f opens no picker") }
        XCTAssertEqual(again.options.count, 2)
        run(harness.press(.enter), &harness)
        XCTAssertEqual(harness.state.importPreview?.dateFormat, try DatePattern("dd/MM/yyyy"))
        XCTAssertEqual(
            harness.state.importPreview?.batch.logs.map(\.date), [Day(iso: "2020-06-02")!, Day(iso: "2020-06-03")!])
        XCTAssertTrue(harness.screen.lines.contains { $0.contains("Dates: dd/MM/yyyy (chosen) · f changes") })
    }

    func testABadDateNamesTheKeyThatChangesTheFormat() throws {
        let path = try write(
            "participant,date,Progress\nA-01,2020-06-02,Fine.\nA-02,2020-06-03,Good.\nA-03,3 June,Late.\n")
        var harness = Harness(width: 120, height: 24)
        try open(path, &harness)
        let text = harness.screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(
            text.contains(
                "Dates: ISO yyyy-MM-dd (detected; 1 of the 3 dates does not fit it, so its row is bad) · f changes"),
            text)
        XCTAssertTrue(
            text.contains(
                "form.csv:4: unreadable date \"3 June\" in column \"date\" (expected yyyy-MM-dd, a year from 1900 to 2999); "
                    + "f changes the date format"), text)
        XCTAssertFalse(text.contains("--"), "the interface names no command-line option: \(text)")
        let bad = try XCTUnwrap(row(harness, containing: "✗"), text)
        XCTAssertEqual(harness.screen.style(x: 1, y: bad).foreground, .red)
    }

    func testAnInputWhoseParticipantColumnIsNotGuessedIsMappedWithP() throws {
        let path = try write("Who,When,Progress\nA-01,2020-06-02,Fine.\n")
        var harness = Harness(width: 80, height: 24)
        try open(path, &harness)
        XCTAssertTrue(
            harness.screen.lines.contains {
                $0.contains("No participant column: select the column of codes and press p")
            })
        run(harness.press(.char("p")), &harness)
        XCTAssertTrue(
            harness.screen.lines.contains { $0.contains("No date column: select the column of dates and press d") })
        harness.press(.down)
        run(harness.press(.char("d")), &harness)
        XCTAssertNil(harness.state.importPreview?.problem)
        guard case .importLogs(let batch, _)? = harness.press(.enter).first else { return XCTFail("no import") }
        XCTAssertEqual(batch.logs.map(\.participant), ["A-01"])
    }

    func testEnterWaitsForTheReReadAndOutdatedReadsAreDropped() throws {
        var harness = Harness(width: 100, height: 30)
        try open(Self.formsFixture.path, &harness)
        harness.press(.down, .down, .down, .down)
        let first = harness.press(.char("a"))
        let second = harness.press(.char("x"))
        XCTAssertTrue(harness.screen.lines.contains { $0.contains("Reading… 3 rows → 3 logs") })
        XCTAssertEqual(harness.press(.enter), [], "the batch on screen is not yet the mapping's")
        XCTAssertEqual(
            harness.state.message,
            "Still reading the input with the new mapping; press Enter again when the preview shows it")
        run(first, &harness)
        XCTAssertEqual(harness.state.importPreview?.isReading, true, "the outdated read is dropped")
        run(second, &harness)
        XCTAssertEqual(harness.state.importPreview?.isReading, false)
        guard case .importLogs? = harness.press(.enter).first else { return XCTFail("no import") }
        harness.press(.char("q"))
        XCTAssertEqual(harness.state.screen, .logs)
        run(second, &harness)
        XCTAssertEqual(harness.state.screen, .logs, "a read for a closed preview does not open it again")
    }
}
