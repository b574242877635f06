import XCTest

@testable import GleanCore
@testable import GleanTUI

/// The interface while fortnights are still being read: a fortnight not read yet says so, its progress comes from its
/// digest, whole-programme keys say they are waiting, the counts are those of the whole project, and the fortnights
/// arriving bring the screen up to date.
final class FortnightReadingScreenTests: XCTestCase {
    /// The sample with every fortnight but the latest standing as its digest, as opening for the interface leaves it.
    private func partial(_ whole: Project) -> Project {
        var partial = whole
        for number in whole.fortnights.keys where number != whole.latestFortnight {
            partial.unread[number] = whole.fortnight(number).digest
            partial.fortnights[number] = nil
        }
        return partial
    }

    func testAFortnightNotReadYetSaysSoAndShowsItsProgressFromItsDigest() throws {
        let whole = Harness.sample
        var harness = Harness(project: partial(whole))
        harness.press(.left)
        let number = whole.latestFortnight - 1
        XCTAssertEqual(harness.state.logs.fortnight, number)
        let screen = harness.screen
        XCTAssertTrue(
            screen.lines.joined(separator: "\n").contains("Reading this fortnight from disk…"),
            screen.lines.joined(separator: "\n"))
        let fortnight = whole.fortnight(number)
        XCTAssertTrue(
            screen.lines.joined(separator: "\n").contains("\(fortnight.logsDone)/\(fortnight.logs.count) done"),
            screen.lines.joined(separator: "\n"))
        XCTAssertGreaterThan(fortnight.logs.count, 0, "the sample's fortnight has logs, so the progress is tested")
        XCTAssertTrue(
            screen.lines[2].contains(
                "\(fortnight.logs.count) logs · \(fortnight.logsDone)/\(fortnight.logs.count) done · \(fortnight.quotes.count) quotes · reading…"
            ), screen.lines[2])
    }

    func testWholeProgrammeKeysWaitAndSayWhy() {
        var harness = Harness(project: partial(Harness.sample))
        for key in [KeyPress.char("/"), .char("A"), .char("i"), .char("D"), .char("v")] {
            let effects = harness.press(key)
            XCTAssertEqual(effects, [], "\(key)")
            XCTAssertNil(harness.state.modal, "\(key) opened nothing")
            XCTAssertNotNil(harness.state.waitingCommand, "\(key) waits")
            XCTAssertEqual(
                harness.state.message, "Goes ahead once 2 fortnight(s) are read from disk; Esc cancels", "\(key)")
            let lines = harness.screen.lines
            XCTAssertTrue(
                lines[lines.count - 2].contains("Goes ahead once 2 fortnight(s)"), lines.joined(separator: "\n"))
        }
        harness.press(.left)
        XCTAssertNil(harness.state.waitingCommand, "another key drops what waited")
        harness.press(.char("n"))
        XCTAssertNil(harness.state.modal, "the note of a fortnight not read cannot be edited yet")
        harness.press(.char("e"))
        XCTAssertNil(harness.state.modal, "nor exported")
        XCTAssertEqual(harness.state.waitingCommand?.command, .export)
    }

    func testWhatWaitedGoesAheadOnceTheFortnightsAreIn() {
        let whole = Harness.sample
        var harness = Harness(project: partial(whole))
        harness.press(.char("/"))
        XCTAssertNil(harness.state.modal)
        let unread = Dictionary(
            uniqueKeysWithValues: harness.state.project.unread.keys.map { ($0, whole.fortnight($0)) })
        _ = Update.reduce(&harness.state, .fortnightsRead(unread, problems: []), harness.environment)
        XCTAssertNil(harness.state.waitingCommand)
        XCTAssertNotNil(harness.state.modal, "the search prompt opens by itself once every fortnight is in")
        XCTAssertTrue(
            harness.screen.lines.joined(separator: "\n").contains("Search"),
            harness.screen.lines.joined(separator: "\n"))
    }

    func testEscCancelsWhatWaitsAndTheFortnightsArrivingOpenNothing() {
        let whole = Harness.sample
        var harness = Harness(project: partial(whole))
        harness.press(.char("A"))
        harness.press(.escape)
        XCTAssertNil(harness.state.waitingCommand)
        XCTAssertEqual(harness.state.message, "Cancelled: nothing waits for the reading any more")
        XCTAssertEqual(harness.state.screen, .logs, "Esc only cancelled; it did not go back")
        let unread = Dictionary(
            uniqueKeysWithValues: harness.state.project.unread.keys.map { ($0, whole.fortnight($0)) })
        _ = Update.reduce(&harness.state, .fortnightsRead(unread, problems: []), harness.environment)
        XCTAssertNil(harness.state.modal)
    }

    func testEscCancelsWhatWaitsBeforeAnythingElseItWouldCancel() {
        var harness = Harness(project: partial(Harness.sample))
        harness.state.search = "video"
        harness.press(.char("A"))
        XCTAssertNotNil(harness.state.waitingCommand)
        harness.press(.escape)
        XCTAssertNil(harness.state.waitingCommand)
        XCTAssertEqual(harness.state.search, "video", "the first Esc cancels what waits, not the search")
    }

    func testWhatWaitedIsDroppedWhenSomethingElseCameUpMeanwhile() {
        let whole = Harness.sample
        var harness = Harness(project: partial(whole))
        harness.press(.char("/"))
        harness.state.modal = .help(scroll: 0)
        let unread = Dictionary(
            uniqueKeysWithValues: harness.state.project.unread.keys.map { ($0, whole.fortnight($0)) })
        _ = Update.reduce(&harness.state, .fortnightsRead(unread, problems: []), harness.environment)
        XCTAssertNil(harness.state.waitingCommand)
        XCTAssertEqual(harness.state.modal, .help(scroll: 0), "the search prompt does not open over what came up")
    }

    func testTheWaitingMessageCountsDownAsFortnightsArrive() {
        let whole = Harness.sample
        var harness = Harness(project: partial(whole))
        harness.press(.char("/"))
        XCTAssertEqual(harness.state.message, "Goes ahead once 2 fortnight(s) are read from disk; Esc cancels")
        let first = harness.state.project.unread.keys.min()!
        _ = Update.reduce(
            &harness.state, .fortnightsRead([first: whole.fortnight(first)], problems: nil), harness.environment)
        XCTAssertEqual(harness.state.message, "Goes ahead once 1 fortnight(s) are read from disk; Esc cancels")
        XCTAssertNil(harness.state.modal)
    }

    func testWhatWaitedIsRefusedWhenTheReadingFindsAProblem() {
        let whole = Harness.sample
        var harness = Harness(project: partial(whole))
        harness.press(.char("A"))
        let unread = Dictionary(
            uniqueKeysWithValues: harness.state.project.unread.keys.map { ($0, whole.fortnight($0)) })
        _ = Update.reduce(
            &harness.state, .fortnightsRead(unread, problems: ["fortnights/002/coding.json: a quote on a missing log"]),
            harness.environment)
        XCTAssertTrue(harness.state.readOnly)
        XCTAssertNil(harness.state.modal, "auto-coding edits, so a project turned read-only does not start it")
        XCTAssertNil(harness.state.waitingCommand)
        XCTAssertTrue(harness.state.message?.contains("glean check") ?? false, harness.state.message ?? "")
    }

    func testTheCountsScreenShowsTheWholeProjectsFiguresWhileReading() {
        var reading = Harness(project: partial(Harness.sample))
        var whole = Harness(project: Harness.sample)
        reading.press(.tab)
        whole.press(.tab)
        XCTAssertEqual(reading.state.screen, .counts)
        XCTAssertEqual(reading.screen.lines.joined(separator: "\n"), whole.screen.lines.joined(separator: "\n"))
    }

    func testFortnightsArrivingFillTheScreenAndFreeTheKeys() {
        let whole = Harness.sample
        var harness = Harness(project: partial(whole))
        harness.press(.left)
        let unread = Dictionary(
            uniqueKeysWithValues: harness.state.project.unread.keys.map { ($0, whole.fortnight($0)) })
        let effects = Update.reduce(&harness.state, .fortnightsRead(unread, problems: []), harness.environment)
        XCTAssertEqual(effects, [])
        XCTAssertTrue(harness.state.project.isWhole)
        assertNoDifference(harness.state.project, whole)
        XCTAssertFalse(
            harness.screen.lines.joined(separator: "\n").contains("Reading this fortnight"),
            harness.screen.lines.joined(separator: "\n"))
        harness.press(.char("/"))
        XCTAssertNotNil(harness.state.modal, "search opens once every fortnight is in")
    }

    func testAProblemFoundOnceEverythingIsReadMakesTheProjectReadOnlyAndSaysSo() {
        let whole = Harness.sample
        var harness = Harness(project: partial(whole))
        let unread = Dictionary(
            uniqueKeysWithValues: harness.state.project.unread.keys.map { ($0, whole.fortnight($0)) })
        _ = Update.reduce(
            &harness.state, .fortnightsRead(unread, problems: ["fortnights/002/coding.json: a quote on a missing log"]),
            harness.environment)
        XCTAssertTrue(harness.state.readOnly)
        XCTAssertTrue(harness.state.message?.contains("glean check") ?? false, harness.state.message ?? "")
    }

    func testReadingGoesNearestTheFortnightOnScreenFirst() {
        var project = Harness.sample
        let codebook = project.codebook
        project = ProgrammeGenerator(size: .init(participants: 10, fortnights: 20), seed: 3, codebook: codebook).make()
        var harness = Harness(project: partial(project))
        for _ in 0..<15 { harness.press(.left) }
        XCTAssertEqual(harness.state.logs.fortnight, 5)
        let effects = FortnightReading.opened(harness.state)
        XCTAssertEqual(effects, [.readFortnights([5, 6, 4, 7, 3, 8, 2, 9])])
    }
}
