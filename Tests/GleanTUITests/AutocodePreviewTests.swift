import GleanCore
import GleanTUI
import XCTest

/// `A`: the concern chosen by name first, then the pattern; the background run's outcome is a preview naming the
/// count, the first matches and the concern; `y` tags as one edit, `n` or Esc tags nothing.
final class AutocodePreviewTests: XCTestCase {
    /// Index of "Staff wellbeing" in the sample's concern picker.
    private static let staffWellbeing = 8

    /// `A`, the concern, the pattern, and the run performed: the preview is open.
    private func preview(_ pattern: String, _ harness: inout Harness) {
        harness.press(.char("A"))
        for _ in 0..<Self.staffWellbeing { harness.press(.down) }
        harness.press(.enter)
        harness.type(pattern)
        harness.press(.enter)
        XCTAssertEqual(harness.finishAutocoding(), [], "nothing is tagged before the answer")
    }

    private func plan(_ harness: Harness) throws -> AutocodePlan {
        guard case .confirm(let confirmation) = harness.state.modal, case .autocode(let plan) = confirmation.purpose
        else {
            return try XCTUnwrap(
                nil as AutocodePlan?, "no auto-code preview is open: \(String(describing: harness.state.modal))")
        }
        return plan
    }

    func testTheConcernIsChosenByNameBeforeThePatternWhichNamesIt() {
        var harness = Harness()
        harness.press(.char("A"))
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("no concern picker") }
        XCTAssertEqual(picker.title, "Auto-code: tag with which concern?")
        XCTAssertEqual(picker.options[Self.staffWellbeing], "Staff wellbeing")
        for _ in 0..<Self.staffWellbeing { harness.press(.down) }
        harness.press(.enter)
        XCTAssertEqual(harness.screen.trimmedLine(22), " Tag with Staff wellbeing sentences matching:")
    }

    func testThePreviewNamesTheCountTheConcernAndTheFirstMatchesHighlighted() throws {
        var harness = Harness()
        preview("tired|exhaust", &harness)
        let plan = try plan(harness)
        XCTAssertEqual(plan.concernName, "Staff wellbeing")
        assertNoDifference(harness.state.project, Harness.sample)
        let buffer = harness.screen
        let text = buffer.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Tag \(plan.sentences) sentences in \(plan.logs) logs with Staff wellbeing?"), text)
        XCTAssertTrue(text.contains("MID-16 Carers are tired."), text)
        XCTAssertTrue(text.contains("…and \(plan.sentences - 3) more"), text)
        XCTAssertTrue(text.contains("y tags · n or Esc cancels"), text)
        let y = try XCTUnwrap((0..<buffer.lines.count).first { buffer.line($0).contains("MID-16 Carers are tired.") })
        let x = try XCTUnwrap(buffer.line(y).range(of: "tired")).lowerBound.utf16Offset(in: buffer.line(y))
        let match = buffer.style(x: x, y: y)
        XCTAssertEqual(match.background, .yellow)
        XCTAssertTrue(match.underline)
        XCTAssertEqual(buffer.style(x: x - 2, y: y).background, .default, "only the match is highlighted")
    }

    func testYTagsAsOneEditNamingTheConcernAndOneUndoTakesItBack() throws {
        var harness = Harness()
        preview("tired|exhaust", &harness)
        let plan = try plan(harness)
        let effects = harness.press(.char("y"))
        XCTAssertEqual(effects, [.record(plan.edit)])
        XCTAssertEqual(harness.state.message, "Tagged \(plan.sentences) sentences with Staff wellbeing (u undoes)")
        XCTAssertNil(harness.state.modal)
        harness.press(.char("u"))
        assertNoDifference(harness.state.project, Harness.sample)
    }

    func testNOrEscTagsNothing() {
        for key in [KeyPress.char("n"), .escape] {
            var harness = Harness()
            preview("tired|exhaust", &harness)
            XCTAssertEqual(harness.press(key), [], "\(key)")
            XCTAssertNil(harness.state.modal)
            XCTAssertEqual(harness.state.message, "Auto-coding cancelled; nothing was tagged")
            assertNoDifference(harness.state.project, Harness.sample)
            XCTAssertTrue(harness.state.undoStack.isEmpty)
        }
    }

    func testThePreviewFitsAt40x12() throws {
        var harness = Harness(width: 40, height: 12)
        preview("tired|exhaust", &harness)
        let text = harness.screen.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Staff wellbeing?"), text)
        XCTAssertTrue(text.contains("y tags · n or Esc cancels"), text)
        XCTAssertTrue(text.contains("MID-16 Carers are tired."), text)
    }

    func testAnEmptyCodebookSaysHowToAddAConcern() {
        var project = Harness.sample
        project.codebook.concerns = []
        var harness = Harness(project: project)
        harness.press(.char("A"))
        XCTAssertNil(harness.state.modal)
        XCTAssertEqual(harness.state.message, "Auto-coding needs a concern: add one on the Codebook screen (Tab) first")
    }
}
