import GleanCore
import GleanTUI
import XCTest

/// The Codebook screen's delete, merge, move and add-with-a-theme, and the hints an empty codebook gives.
final class CodebookScreenTests: XCTestCase {
    private static let empty = Project(programme: Harness.sample.programme)

    private func codebookScreen(_ project: Project = Harness.sample, width: Int = 80, height: Int = 24) -> Harness {
        var harness = Harness(project: project, width: width, height: height)
        harness.press(.tab, .tab)
        return harness
    }

    private func selectConcern(_ id: String, _ harness: inout Harness) {
        harness.state.codebook.row = harness.state.project.codebook.index(of: id)!
    }

    func testDeleteIsRefusedWhileQuotesUseTheConcernSayingHowMany() {
        var harness = codebookScreen()
        selectConcern("staff-wellbeing", &harness)
        XCTAssertEqual(harness.press(.char("x")), [])
        XCTAssertEqual(
            harness.state.message,
            "Staff wellbeing is used by 19 quotes; merge it into another concern instead, which moves its quotes there: press m to merge it"
        )
        assertNoDifference(harness.state.project, Harness.sample)
    }

    func testDeleteRemovesAnUnusedConcernAndUndoBringsItBack() {
        var harness = codebookScreen()
        harness.press(.char("a"))
        harness.type("Spare")
        harness.press(.enter, .enter)
        XCTAssertNotNil(harness.state.project.codebook.concern(id: "spare"))
        XCTAssertEqual(harness.press(.char("x")).count, 1)
        XCTAssertNil(harness.state.project.codebook.concern(id: "spare"))
        XCTAssertEqual(harness.state.message, "Deleted Spare")
        harness.press(.char("u"))
        XCTAssertNotNil(harness.state.project.codebook.concern(id: "spare"))
    }

    func testMergePicksTheSurvivorFromAListAndIsOneUndo() {
        var harness = codebookScreen()
        selectConcern("staff-wellbeing", &harness)
        harness.press(.char("m"))
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("merge shows a picker") }
        XCTAssertEqual(picker.title, "Merge Staff wellbeing into")
        XCTAssertFalse(picker.options.contains("Staff wellbeing"))
        let screen = harness.screen.lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Merge Staff wellbeing into"), screen)
        harness.press(.enter)
        XCTAssertNil(harness.state.project.codebook.concern(id: "staff-wellbeing"))
        XCTAssertEqual(harness.state.message, "Merged Staff wellbeing into Improvement tools (19 quotes moved)")
        XCTAssertEqual(harness.state.codebook.row, 0, "the survivor is selected")
        harness.press(.char("u"))
        assertNoDifference(harness.state.project, Harness.sample, "one undo restores the concern and its quotes")
    }

    func testAddAsksForTheThemeInsteadOfUsingTheCursorsTheme() throws {
        var harness = codebookScreen()
        harness.press(.char("a"))
        harness.type("Workforce capacity")
        harness.press(.enter)
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("adding asks for the theme") }
        XCTAssertEqual(picker.options, ["Continued progress", "Growing concerns", "New theme…"])
        harness.press(.char("j"), .char("j"), .enter)
        guard case .prompt(let prompt) = harness.state.modal else { return XCTFail("New theme… asks for its name") }
        XCTAssertEqual(prompt.title, "Theme for Workforce capacity")
        harness.type("Workforce")
        harness.press(.enter)
        XCTAssertEqual(harness.state.project.codebook.themes, ["Continued progress", "Growing concerns", "Workforce"])
        XCTAssertEqual(harness.state.project.codebook.concerns.last?.name, "Workforce capacity")
        XCTAssertEqual(harness.state.codebook.row, 9)
        let buffer = harness.screen
        let heading = try XCTUnwrap(buffer.lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "Workforce" })
        XCTAssertTrue(buffer.trimmedLine(heading + 1).contains("Workforce capacity"))
        XCTAssertTrue(buffer.style(x: 10, y: heading + 1).reverse, "the new concern is selected")
    }

    func testAddingANameInUseIsRefusedBeforeAskingForTheTheme() {
        var harness = codebookScreen()
        harness.press(.char("a"))
        harness.type("staff WELLBEING")
        XCTAssertEqual(harness.press(.enter), [])
        XCTAssertNil(harness.state.modal)
        XCTAssertEqual(harness.state.message, "a concern is named “Staff wellbeing” already (id staff-wellbeing)")
    }

    func testMoveToAThemePickedFromAListAndUpAndDown() {
        var harness = codebookScreen()
        selectConcern("staff-wellbeing", &harness)
        harness.press(.char("t"))
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("t shows the themes") }
        XCTAssertEqual(picker.options, ["Continued progress", "New theme…"])
        harness.press(.enter)
        XCTAssertEqual(harness.state.project.codebook.concerns[4].id, "staff-wellbeing")
        XCTAssertEqual(harness.state.project.codebook.concerns[4].theme, "Continued progress")
        XCTAssertEqual(harness.state.codebook.row, 4)
        harness.press(.char("K"))
        XCTAssertEqual(harness.state.project.codebook.concerns[3].id, "staff-wellbeing")
        XCTAssertEqual(harness.state.codebook.row, 3, "the cursor follows the concern")
        XCTAssertTrue(harness.screen.trimmedLine(6).contains("Staff wellbeing"), harness.screen.trimmedLine(6))
        harness.press(.char("J"), .char("J"))
        XCTAssertEqual(harness.state.message, "Staff wellbeing is already last in Continued progress")
    }

    func testRenamingAThemeRenamesItForEveryConcernAndIsOneUndo() {
        var harness = codebookScreen()
        harness.press(.char("T"), .control("u"))
        harness.type("Progress")
        harness.press(.enter)
        XCTAssertEqual(harness.state.project.codebook.themes, ["Progress", "Growing concerns"])
        XCTAssertEqual(harness.screen.trimmedLine(2), " Progress")
        XCTAssertTrue(harness.screen.style(x: 1, y: 2).bold, "a theme heading is bold")
        harness.press(.char("T"), .control("u"))
        harness.type("Growing concerns")
        harness.press(.enter)
        XCTAssertEqual(
            harness.state.message,
            "a theme is named “Growing concerns” already; move the concerns to it one by one instead")
        harness.press(.char("u"))
        assertNoDifference(harness.state.project, Harness.sample)
    }

    func testRekeyingSaysWhichConcernLostTheKey() {
        var harness = codebookScreen()
        selectConcern("staff-wellbeing", &harness)
        harness.press(.char("5"))
        XCTAssertEqual(
            harness.state.message,
            "Bound key 5 to Staff wellbeing; taken from Digital and health inequalities, which now has key 9")
    }

    func testEmptyCodebookScreenSaysHowToAddAConcernAt40x12() throws {
        let harness = codebookScreen(Self.empty, width: 40, height: 12)
        XCTAssertEqual(harness.state.screen, .codebook)
        let text = harness.screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(text.contains("No concerns yet: press a to add one, then pick or name its theme"), text)
        let row = try XCTUnwrap(harness.screen.lines.firstIndex { $0.contains("No concerns yet") })
        XCTAssertTrue(harness.screen.style(x: 2, y: row).dim)
    }

    func testAddingTheFirstConcernAsksForANewTheme() {
        var harness = codebookScreen(Self.empty)
        harness.press(.char("a"))
        harness.type("Access")
        harness.press(.enter)
        harness.type("Getting in")
        harness.press(.enter)
        XCTAssertEqual(harness.state.project.codebook.concerns.map(\.theme), ["Getting in"])
        XCTAssertEqual(harness.state.project.codebook.concerns.first?.key, 1)
    }

    func testReaderNumberKeyWithNoConcernsSaysHowToAddOne() throws {
        var project = Self.empty
        project.participants = Harness.sample.participants
        project.fortnights = Harness.sample.fortnights.mapValues { fortnight in
            var bare = fortnight
            bare.quotes = []
            return bare
        }
        var harness = Harness(project: project)
        harness.press(.enter, .char("1"))
        XCTAssertEqual(harness.state.message, "No concerns yet — Tab to Codebook and press a to add one")
        harness.press(.char("t"))
        XCTAssertEqual(
            harness.state.modal, .concernPicker(ConcernPicker()), "t opens the picker, where a name typed creates one")
    }

    func testLogsScreenHintsWhenTheCodebookIsEmptyWithoutCuttingItAt40x12() throws {
        var project = Self.empty
        project.participants = Harness.sample.participants
        project.fortnights = Harness.sample.fortnights
        let buffer = Harness(project: project, width: 40, height: 12).screen
        let text = buffer.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(text.contains("No concerns yet — Tab to Codebook and press a to add one"), text)
        let row = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("No concerns yet") })
        XCTAssertTrue(buffer.style(x: 2, y: row).bold)
        XCTAssertFalse(
            Harness(project: Harness.sample, width: 40, height: 12).screen.lines.joined().contains("No concerns yet"))
    }
}
