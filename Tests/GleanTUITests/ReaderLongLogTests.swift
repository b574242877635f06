import Foundation
import XCTest

@testable import GleanCore
@testable import GleanTUI

/// The Reader on a log of 1 MiB, the most an import accepts (`InputLimits.logTextBytes`): opening it and every key
/// cost a screenful of work, not the whole log, whether the log is many sentences, one sentence or one word.
final class ReaderLongLogTests: XCTestCase {
    private static let megabyte = InputLimits.logTextBytes
    private static let texts: [(name: String, text: String)] = [
        ("many sentences", String(repeating: "Staff are tired but the clinic runs. ", count: megabyte / 37)),
        ("no sentence break", String(repeating: "staff are tired but the clinic runs ", count: megabyte / 36)),
        ("one word", String(repeating: "a", count: megabyte)),
        ("wide characters", String(repeating: "漢字かなカナ한글. ", count: megabyte / 26)),
    ]
    private static let keys: [KeyPress] = [
        .char("j"), .char("J"), .char(">"), .char(">"), .char("w"), .pageDown, .char("k"), .char("<"), .char("b"),
        .char("K"), .escape,
    ]

    /// The sample with `text` as the only section of the first log of fortnight 3, in a 100×30 terminal.
    private func harness(_ text: String) -> Harness {
        var project = Harness.sample
        project.addParticipants([Participant(code: "AA-01")])
        _ = project.addLogs([
            Log(
                id: "", participant: "AA-01", date: Day(iso: "2020-05-12")!,
                sections: [LogSection(prompt: "Progress", text: text)])
        ])
        return Harness(project: project, width: 100, height: 30)
    }

    func testOpeningAndEveryKeyTakeMillisecondsNotSeconds() {
        for (name, text) in Self.texts {
            var harness = harness(text)
            var slowest = (key: "", seconds: 0.0)
            for key in [KeyPress.enter] + Self.keys {
                let started = Date()
                harness.press(key)
                let frame = harness.screen
                let seconds = Date().timeIntervalSince(started)
                if seconds > slowest.seconds { slowest = ("\(key)", seconds) }
                XCTAssertTrue(frame.lines[1].contains("AA-01"), "\(name): the Reader shows the log")
            }
            // Each key took over three seconds here before the layout was kept in the state; now a few milliseconds.
            XCTAssertLessThan(slowest.seconds, 0.5, "\(name): \(slowest.key) took \(slowest.seconds) s")
        }
    }

    func testKeysLayOutAScreenfulNotTheWholeLog() throws {
        for (name, text) in Self.texts {
            var harness = harness(text)
            harness.press(.enter)
            for key in Self.keys { harness.press(key) }
            let laidOut = try XCTUnwrap(harness.state.reader).text.layout.lines.count
            XCTAssertLessThan(laidOut, 200, "\(name): the whole log is \(TextLayout.wrap(text, width: 97).count) rows")
        }
    }

    func testGoingToTheEndShowsTheLastRowsAsTheWholeLayoutHasThem() throws {
        let text = Self.texts[0].text
        var harness = harness(text)
        harness.press(.enter, .char("G"))
        let rows = TextLayout.wrap(text, width: 97)
        let screen = harness.screen.lines
        for row in rows.suffix(3) {
            let shown = text[row].trimmingCharacters(in: .whitespaces)
            XCTAssertTrue(
                screen.contains { $0.contains(shown) },
                "\(shown) is not on the screen:\n\(screen.joined(separator: "\n"))")
        }
        XCTAssertEqual(
            harness.state.reader?.selection.range.upperBound, text.unicodeScalars.count - 1, "the last sentence")
    }
}
