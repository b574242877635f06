import Foundation
import XCTest

@testable import GleanCore

final class AttributionTests: XCTestCase {
    private let form = Attribution(role: "Your role", setting: "Care setting")

    private func writer(_ attributes: [String: String]) -> Participant {
        Participant(code: "X-01", attributes: attributes)
    }

    func testEveryCombinationOfRoleAndSettingReadsNaturally() {
        XCTAssertEqual(
            form.text(for: writer(["Your role": "Consultant rheumatologist", "Care setting": "secondary"])),
            "a Consultant rheumatologist in secondary care")
        XCTAssertEqual(form.text(for: writer(["Your role": "GP partner"])), "a GP partner")
        XCTAssertEqual(form.text(for: writer(["Care setting": "community"])), "a participant in community care")
        XCTAssertEqual(form.text(for: writer([:])), "a participant")
        XCTAssertEqual(form.text(for: nil), "a participant")
        XCTAssertEqual(form.text(for: writer(["Your role": "  ", "Care setting": ""])), "a participant")
        XCTAssertEqual(
            form.text(for: writer(["role": "GP partner", "care setting": "primary"])), "a participant",
            "other attributes are not used")
        let roleOnly = Attribution(role: "Your role", setting: nil)
        XCTAssertEqual(roleOnly.text(for: writer(["Your role": "Nurse", "Care setting": "primary"])), "a Nurse")
        let settingOnly = Attribution(role: nil, setting: "Care setting")
        XCTAssertEqual(
            settingOnly.text(for: writer(["Your role": "Nurse", "Care setting": "primary"])),
            "a participant in primary care")
        XCTAssertEqual(Attribution(role: nil, setting: nil).text(for: writer(["Your role": "Nurse"])), "a participant")
    }

    func testArticlesAndSettingsFollowHowTheyAreSaid() {
        let cases: [(String, String, String)] = [
            ("Occupational therapist", "Mental health", "an Occupational therapist in mental health care"),
            ("SHO", "Secondary care", "an SHO in secondary care"),
            ("CCIO", "secondary", "a CCIO in secondary care"),
            ("MSK physiotherapist", "NHS 111", "an MSK physiotherapist in NHS 111"),
            ("unit manager", "community", "a unit manager in community care"),
            ("Honorary lecturer", "primary", "an Honorary lecturer in primary care"),
            (
                "Consultant psychiatrist, older adults", "mental health",
                "a Consultant psychiatrist, older adults, in mental health care"
            ),
            ("The practice manager", "primary", "The practice manager in primary care"),
        ]
        for (role, setting, expected) in cases {
            XCTAssertEqual(form.text(for: writer(["Your role": role, "Care setting": setting])), expected)
        }
    }

    func testAProjectWithoutASettingAttributesByRoleAndCareSetting() throws {
        let summary = FortnightSummary(project: Fixtures.small(), fortnight: 2)
        XCTAssertEqual(summary.featured[0].attribution, "a GP partner in primary care")
        XCTAssertEqual(Fixtures.small().attribution, .standard)
    }

    func testTheSettingDecidesTheSummarysAttribution() {
        var project = renamed(Fixtures.small(), "role", to: "Your role")
        XCTAssertEqual(
            FortnightSummary(project: project, fortnight: 2).featured[0].attribution, "a GP partner in primary care")
        project.apply(.setAttribution(Attribution(role: nil, setting: "care setting")))
        XCTAssertEqual(
            FortnightSummary(project: project, fortnight: 2).featured[0].attribution, "a participant in primary care")
    }

    func testTheSettingSurvivesWritingAndReading() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var project = Fixtures.small()
        project.attribution = form
        let store = try ProjectStore.create(project, in: folder)
        XCTAssertEqual(store.opened.attribution, form)
        let edit = Edit(summary: "Set", changes: [.setAttribution(Attribution(role: "role", setting: nil))])
        try store.record(edit)
        XCTAssertEqual(
            try ProjectStore.open(folder).opened.attribution, Attribution(role: "role", setting: nil),
            "replayed from the journal")
        project.apply(edit)
        try store.fold(project)
        store.close()
        let manifest = try String(contentsOf: ProjectLayout(root: folder).manifest, encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"attribution\" : {\n    \"role\" : \"role\"\n  }"), manifest)
        XCTAssertEqual(try ProjectStore.open(folder).opened.attribution, Attribution(role: "role", setting: nil))
    }

    func testAManifestWithoutTheFieldReadsAsTheStandardSetting() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var project = Fixtures.small()
        project.attribution = form
        try ProjectStore.create(project, in: folder).close()
        let url = ProjectLayout(root: folder).manifest
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        XCTAssertNotNil(json.removeValue(forKey: "attribution"))
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        XCTAssertEqual(try ProjectStore.open(folder).opened.attribution, .standard)
    }

    func testRenamingAnAttributeRenamesItForEveryoneAndInTheSettingAsOneUndoableEdit() throws {
        let original = Fixtures.small()
        var project = original
        let edit = try project.renamingAttribute("role", to: "Your role")
        XCTAssertEqual(edit.changes.count, 3, "two participants with a role, and the setting")
        let undo = project.apply(edit)
        XCTAssertEqual(
            project.participant(code: "A-01")?.attributes, ["care setting": "primary", "Your role": "GP partner"])
        XCTAssertEqual(project.participant(code: "C-03")?.attributes, ["care setting": "primary"])
        XCTAssertEqual(project.participant(code: "A-01")?.alias, original.participant(code: "A-01")?.alias)
        XCTAssertEqual(project.attribution, Attribution(role: "Your role", setting: "care setting"))
        var replayed = project
        replayed.apply(edit)
        XCTAssertEqual(replayed, project, "replaying the edit again changes nothing")
        project.apply(undo)
        XCTAssertEqual(project, original)
    }

    func testRenamingRefusesAMissingOrTakenName() {
        let project = Fixtures.small()
        XCTAssertThrowsError(try project.renamingAttribute("grade", to: "band")) { error in
            XCTAssertEqual(error as? AttributionError, .renamingUnknown("grade", known: ["care setting", "role"]))
            XCTAssertEqual(
                "\(error)", "no participant has this attribute; the attributes are \"care setting\", \"role\"")
        }
        XCTAssertThrowsError(try project.renamingAttribute("role", to: "care setting")) { error in
            XCTAssertTrue("\(error)".contains("already have this attribute"), "\(error)")
        }
        XCTAssertThrowsError(try project.renamingAttribute("role", to: " "))
    }

    func testChoosingASettingNeedsAttributesThatExist() throws {
        let project = Fixtures.small()
        XCTAssertThrowsError(try project.choosingAttribution(Attribution(role: "Your role", setting: nil))) { error in
            XCTAssertEqual(
                "\(error)",
                "no participant has an attribute \"Your role\"; the attributes are \"care setting\", \"role\"")
        }
        XCTAssertNil(try project.choosingAttribution(.standard), "already the setting")
        let edit = try XCTUnwrap(project.choosingAttribution(Attribution(role: "role", setting: nil)))
        XCTAssertEqual(edit.changes, [.setAttribution(Attribution(role: "role", setting: nil))])
        var changed = project
        let undo = changed.apply(edit)
        changed.apply(undo)
        XCTAssertEqual(changed, project)
    }

    func testCountsTheFeaturedQuotesAttributedOnlyAsAParticipant() {
        var project = Fixtures.small()
        XCTAssertEqual(project.quotesAttributedAnonymously(inFortnights: [1, 2]), 0)
        var quote = project.fortnight(2).quotes[1]
        quote.featured = true
        project.apply(.putQuote(fortnight: 2, quote: quote))
        project.apply(.setAttribution(Attribution(role: "role", setting: nil)))
        XCTAssertEqual(project.quotesAttributedAnonymously(inFortnights: [2]), 0)
        project.apply(.setAttribution(Attribution(role: "Your role", setting: nil)))
        XCTAssertEqual(project.quotesAttributedAnonymously(inFortnights: [2]), 2)
        XCTAssertEqual(project.quotesAttributedAnonymously(inFortnights: [1]), 0)
        XCTAssertEqual(
            project.attribution.anonymousWarning(quotes: 2, fix: "choose them with glean attribution --role ATTRIBUTE"),
            "2 featured quotes would be attributed only as \"a participant\": their writers have no \"Your role\"; choose them with glean attribution --role ATTRIBUTE"
        )
        XCTAssertEqual(
            Attribution(role: nil, setting: nil).anonymousWarning(quotes: 1, fix: "FIX"),
            "1 featured quote would be attributed only as \"a participant\": no attribute is chosen for the writer's role or care setting; FIX"
        )
    }

    func testSuggestsRoleAndSettingColumnsByTheirWords() {
        let headers = [
            "Participant code", "What role did video play this fortnight?", "Your role", "Care setting", "Progress",
        ]
        XCTAssertEqual(Attribution.standard.suggestedRole(among: headers), "Your role")
        XCTAssertEqual(Attribution.standard.suggestedSetting(among: headers), "Care setting")
        XCTAssertEqual(Attribution.standard.suggestedRole(among: ["JOB_TITLE", "Sector"]), "JOB_TITLE")
        XCTAssertEqual(Attribution.standard.suggestedSetting(among: ["JOB_TITLE", "Sector"]), "Sector")
        XCTAssertNil(Attribution.standard.suggestedRole(among: ["Progress", "Concerns"]))
        XCTAssertEqual(
            Attribution(role: "Grade", setting: nil).suggestedRole(among: ["Your role", "grade"]), "grade",
            "the project's own attribute first")
    }

    func testAnImportedColumnIsNamedAsTheImportNamesItsAttribute() throws {
        let incoming = [Participant(code: "N-01", attributes: ["Your role": "Nurse", "Care setting": "primary"])]
        let project = Fixtures.small()
        let chosen = try Attribution.standard.choosing(
            role: "your ROLE", setting: nil, importing: incoming, into: project)
        XCTAssertEqual(chosen, Attribution(role: "Your role", setting: "care setting"))
        XCTAssertThrowsError(
            try Attribution.standard.choosing(role: nil, setting: "Sector", importing: incoming, into: project)
        ) { error in
            XCTAssertEqual("\(error)", "setting=\"Sector\": no participant has a value in that column")
        }
    }

    private func renamed(_ project: Project, _ old: String, to new: String) -> Project {
        var copy = project
        copy.apply(try! project.renamingAttribute(old, to: new))
        return copy
    }
}
