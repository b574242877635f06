import Foundation
import GleanTUI
import XCTest

@testable import GleanCore

/// Attribution in the interface: the import preview marks role and care setting columns (suggested from their headers,
/// changed with `r` and `c`), `a` on Counts chooses the attributes as one undoable edit, and exporting warns of quotes
/// that would be attributed only as "a participant".
final class AttributionScreenTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-attribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A form export whose role column is "Your role".
    private func writeForm() throws -> URL {
        let csv = folder.appendingPathComponent("form.csv")
        try """
        Participant code,Completion time,Your role,Care setting,Progress
        NEW-01,2020-05-16,Consultant rheumatologist,secondary,Clinics ran.
        NEW-02,2020-05-16,GP partner,,Video worked.

        """.write(to: csv, atomically: true, encoding: .utf8)
        return csv
    }

    /// What the runtime does for `effects`: re-reads the input with the preview's mapping and reports it.
    private func run(_ effects: [Effect], _ harness: inout Harness) {
        for case .rereadImport(let preview) in effects {
            let read = ImportReading.read(preview, project: harness.state.project)
            run(Update.reduce(&harness.state, .importRead(read), harness.environment), &harness)
        }
    }

    private func readFresh(_ csv: URL, _ harness: inout Harness) throws -> [Effect] {
        let preview = try ImportReading.fresh(csv.path, project: harness.state.project)
        return Update.reduce(&harness.state, .importRead(preview), harness.environment)
    }

    func testThePreviewMarksTheRoleAndSettingColumnsItRecognisesAndImportsThemAsTheAttribution() throws {
        let csv = try writeForm()
        var harness = Harness(width: 140, height: 30)
        let effects = try readFresh(csv, &harness)
        guard case .rereadImport(let suggested)? = effects.first else { return XCTFail("no re-read: \(effects)") }
        XCTAssertEqual(suggested.role, "Your role")
        XCTAssertEqual(suggested.setting, "Care setting")
        run(effects, &harness)
        let lines = harness.screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("Your role") && $0.contains("role         “Consultant rheumatologist”") },
            text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Care setting") && $0.contains("care setting “secondary”") }, text)
        XCTAssertTrue(
            lines.contains(
                "Featured quotes read e.g. “a Consultant rheumatologist in secondary care” (by role \"Your role\", care setting \"care setting\")"
            ),
            text)
        let chosen = Attribution(role: "Your role", setting: "care setting")
        XCTAssertEqual(
            harness.press(.enter), [.importLogs(try XCTUnwrap(harness.state.importPreview).batch, attribution: chosen)])
        XCTAssertEqual(
            harness.state.importPreview?.batch.participants.first?.attributes["Your role"], "Consultant rheumatologist")
    }

    func testRAndCMarkTheSelectedColumnAsRoleOrSettingTakingItFromAnother() throws {
        let csv = try writeForm()
        var harness = Harness(width: 120, height: 30)
        run(try readFresh(csv, &harness), &harness)
        harness.press(.char("j"), .char("j"), .char("j"))
        run(harness.press(.char("s")), &harness)
        XCTAssertEqual(harness.state.importPreview?.setting, nil, "the setting column became a section")
        XCTAssertEqual(
            harness.state.importPreview?.batch.logs.first?.sections.map(\.prompt), ["Care setting", "Progress"])
        run(harness.press(.char("r")), &harness)
        XCTAssertEqual(harness.state.importPreview?.role, "Care setting", "then the role, taken from \"Your role\"")
        XCTAssertEqual(harness.state.message, "“Your role” is now section")
        run(harness.press(.char("c")), &harness)
        XCTAssertEqual(harness.state.importPreview?.setting, "Care setting")
        XCTAssertEqual(harness.state.importPreview?.role, nil)
        harness.press(.char("k"))
        run(harness.press(.char("r")), &harness)
        XCTAssertEqual(harness.state.importPreview?.role, "Your role")
        XCTAssertEqual(
            harness.press(.enter),
            [
                .importLogs(
                    try XCTUnwrap(harness.state.importPreview).batch,
                    attribution: Attribution(role: "Your role", setting: "care setting"))
            ])
    }

    func testAnInputWithoutSuchColumnsIsPreviewedAsBefore() throws {
        let csv = folder.appendingPathComponent("plain.csv")
        try "participant,date,Progress\nNEW-01,2020-05-16,Going well.\n".write(
            to: csv, atomically: true, encoding: .utf8)
        var harness = Harness()
        XCTAssertEqual(try readFresh(csv, &harness), [])
        XCTAssertEqual(harness.state.importPreview?.uses, [.participant, .date, .section])
        XCTAssertEqual(harness.state.importPreview?.role, nil)
        XCTAssertEqual(harness.press(.enter), [.importLogs(try XCTUnwrap(harness.state.importPreview).batch)])
    }

    func testAOnCountsChoosesTheAttributesAsOneUndoableEdit() throws {
        var harness = Harness()
        harness.press(.tab, .char("a"))
        guard case .picker(let roles) = harness.state.modal else { return XCTFail("no role picker") }
        XCTAssertEqual(roles.options, ["(none)", "care setting", "organisation", "role"])
        XCTAssertEqual(roles.selected, 3, "on the current role attribute")
        harness.press(.enter)
        guard case .picker(let settings) = harness.state.modal else { return XCTFail("no setting picker") }
        XCTAssertEqual(settings.selected, 1)
        let effects = harness.press(.down, .enter)
        let chosen = Attribution(role: "role", setting: "organisation")
        XCTAssertEqual(
            effects,
            [.record(Edit(summary: "Quotes attributed by \(chosen.description)", changes: [.setAttribution(chosen)]))])
        XCTAssertEqual(harness.state.project.attribution, chosen)
        harness.press(.char("u"))
        assertNoDifference(harness.state.project, Harness.sample)
    }

    func testExportingWarnsOfQuotesAttributedOnlyAsAParticipant() {
        var harness = Harness()
        _ = Update.reduce(&harness.state, .exported("exports/summary-fortnight-003.md"), harness.environment)
        XCTAssertEqual(harness.state.message, "Exported the summary to exports/summary-fortnight-003.md")
        harness.state.project.apply(.setAttribution(Attribution(role: "Your role", setting: nil)))
        _ = Update.reduce(&harness.state, .exported("exports/summary-fortnight-003.md"), harness.environment)
        XCTAssertEqual(
            harness.state.message,
            "Exported, but 4 featured quotes would be attributed only as \"a participant\": their writers have no \"Your role\"; press a on the Counts screen to choose the attributes (exports/summary-fortnight-003.md)"
        )
    }
}
