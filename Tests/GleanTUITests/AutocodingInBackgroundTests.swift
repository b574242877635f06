import GleanTUI
import XCTest

@testable import GleanCore

/// `A` runs in the background: the reducer starts it, ignores every key but those that cancel it, and applies only
/// the outcome of the run it still awaits.
final class AutocodingInBackgroundTests: XCTestCase {
    /// The sample with one more log in fortnight 3 whose second sentence sends `(a+)+$` into exponential backtracking.
    private static let runaway: Project = {
        var project = Harness.sample
        _ = project.addLogs([
            Log(
                id: "", participant: project.participants[0].code, date: Day(iso: "2020-05-12")!,
                sections: [LogSection(prompt: "Progress", text: "Fine. " + String(repeating: "a", count: 40) + "!")])
        ])
        return project
    }()

    private func start(_ pattern: String, on harness: inout Harness) -> [Effect] {
        harness.press(.char("A"), .enter)
        harness.type(pattern)
        return harness.press(.enter)
    }

    func testChoosingTheConcernStartsABackgroundRunAndTagsNothingYet() throws {
        var harness = Harness()
        let effects = start("headset", on: &harness)
        let job = try XCTUnwrap(harness.state.autocoding)
        XCTAssertEqual(effects, [.autocode(job)])
        XCTAssertEqual(job.pattern, "headset")
        XCTAssertEqual(job.fortnight, 3)
        assertNoDifference(harness.state.project, Harness.sample)
        XCTAssertTrue(
            harness.screen.lines.last?.contains("Auto-coding “headset”… Esc to cancel") == true,
            harness.screen.lines.last ?? "")
    }

    func testTheOutcomeOfTheAwaitedRunIsCommittedAsOneEdit() throws {
        var harness = Harness()
        _ = start("headset", on: &harness)
        XCTAssertEqual(harness.finishAutocoding(), [], "the outcome opens the preview and tags nothing yet")
        let effects = harness.press(.char("y"))
        guard case .record(let edit) = effects.first, effects.count == 1 else { return XCTFail("\(effects)") }
        XCTAssertGreaterThan(edit.changes.count, 0)
        XCTAssertNil(harness.state.autocoding)
        XCTAssertTrue(harness.state.message?.hasPrefix("Tagged ") == true, harness.state.message ?? "")
        harness.press(.char("u"))
        assertNoDifference(harness.state.project, Harness.sample)
    }

    func testEscAndQCancelAndALateOutcomeTagsNothing() throws {
        for key in [KeyPress.escape, .char("q")] {
            var harness = Harness()
            _ = start("headset", on: &harness)
            let job = try XCTUnwrap(harness.state.autocoding)
            XCTAssertEqual(harness.press(key), [.cancelAutocode], "\(key)")
            XCTAssertNil(harness.state.autocoding)
            XCTAssertEqual(harness.state.message, "Auto-coding cancelled; nothing was tagged")
            XCTAssertFalse(harness.state.quitting)
            let late = job.perform(in: harness.state, harness.environment, budget: MatchBudget())
            guard case .found = late else { return XCTFail("the run would have tagged something") }
            XCTAssertEqual(Update.reduce(&harness.state, .autocoded(job: job.id, late), harness.environment), [])
            assertNoDifference(harness.state.project, Harness.sample)
        }
    }

    func testCtrlCCancelsAndQuits() {
        var harness = Harness()
        _ = start("headset", on: &harness)
        XCTAssertEqual(harness.press(.control("c")), [.cancelAutocode, .quit])
        XCTAssertTrue(harness.state.quitting)
        XCTAssertNil(harness.state.autocoding)
    }

    func testOtherKeysDoNothingWhileTheRunGoesOn() {
        var harness = Harness()
        _ = start("headset", on: &harness)
        let before = harness.state
        for key in [KeyPress.char("1"), .char("u"), .char("A"), .enter, .down, .char("i"), .tab, .control("r")] {
            XCTAssertEqual(harness.press(key), [], "\(key)")
        }
        XCTAssertEqual(harness.state, before)
    }

    func testARunawayPatternIsStoppedAndSaysWhereAndWhy() throws {
        var harness = Harness(project: Self.runaway)
        _ = start("(a+)+$", on: &harness)
        XCTAssertEqual(harness.finishAutocoding(), [])
        let message = try XCTUnwrap(harness.state.message)
        XCTAssertTrue(message.contains("\"(a+)+$\" took too long at log "), message)
        XCTAssertTrue(message.contains("nested quantifiers in (a+)+"), message)
        assertNoDifference(harness.state.project, Self.runaway)
        XCTAssertTrue(harness.state.undoStack.isEmpty)
    }

    func testCancellingTheTokenStopsTheRunWithoutAnEdit() throws {
        var harness = Harness(project: Self.runaway)
        _ = start("(a+)+$", on: &harness)
        let job = try XCTUnwrap(harness.state.autocoding)
        let token = CancellationToken()
        token.cancel()
        XCTAssertEqual(
            job.perform(in: harness.state, harness.environment, budget: MatchBudget(cancellation: token)), .cancelled)
    }

    func testABadPatternSaysWhyAndTagsNothing() {
        var harness = Harness()
        _ = start("([", on: &harness)
        XCTAssertEqual(harness.finishAutocoding(), [])
        XCTAssertTrue(
            harness.state.message?.hasPrefix("\"([\" is not a valid regular expression") == true,
            harness.state.message ?? "")
        assertNoDifference(harness.state.project, Harness.sample)
    }
}

extension Harness {
    /// Performs the auto-coding run the state awaits, as the runner would in the background, and sends its outcome.
    mutating func finishAutocoding() -> [Effect] {
        guard let job = state.autocoding else {
            XCTFail("no auto-coding run is going")
            return []
        }
        let outcome = job.perform(in: state, environment, budget: MatchBudget())
        return Update.reduce(&state, .autocoded(job: job.id, outcome), environment)
    }
}
