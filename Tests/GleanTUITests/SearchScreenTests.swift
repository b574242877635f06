import GleanTUI
import XCTest

@testable import GleanCore

/// Search on the Logs screen and in the Reader: which logs match and how often, opening at the matching sentence,
/// highlighted matches, "match 2 of 5", and `n`/`N` between matches.
final class SearchScreenTests: XCTestCase {
    private func search(_ query: String, _ harness: inout Harness) {
        harness.press(.char("/"))
        harness.type(query)
        harness.press(.enter)
    }

    private func selectedText(_ harness: Harness) -> String {
        let reader = harness.state.reader!
        let log = harness.state.project.fortnight(reader.fortnight).log(id: reader.logID)!
        return TextSegments.slice(log.sections[reader.selection.section].text, reader.selection.range)
    }

    /// The cell where `word` first appears on the screen.
    private func cell(of word: String, in buffer: ScreenBuffer) -> (x: Int, y: Int)? {
        for y in 0..<buffer.lines.count {
            let line = Array(buffer.line(y))
            let target = Array(word)
            if let x = (0...max(0, line.count - target.count)).first(where: {
                Array(line[$0..<min(line.count, $0 + target.count)]) == target
            }) {
                return (x, y)
            }
        }
        return nil
    }

    func testTheLogsScreenSaysHowManyLogsMatchAndMarksEachRow() {
        var harness = Harness()
        search("video", &harness)
        let buffer = harness.screen
        XCTAssertEqual(buffer.trimmedLine(2), " /video: 24 of 26 logs match, 53 matches")
        XCTAssertTrue(
            buffer.trimmedLine(3).hasSuffix("EE-04   primary        GP partner            3 matches"),
            buffer.trimmedLine(3))
        let missed = try! XCTUnwrap((0..<buffer.lines.count).first { buffer.line($0).contains("LDN-14") })
        XCTAssertFalse(buffer.line(missed).contains("match"), "a log without the word shows no count")
        XCTAssertTrue(buffer.style(x: 30, y: missed).dim, "a log without the word is dimmed")
        XCTAssertFalse(buffer.style(x: 30, y: missed + 1).dim, "a matching log is not")
    }

    func testEnterOpensTheLogAtTheMatchingSentenceNotTheFirst() {
        var harness = Harness()
        search("survey", &harness)
        XCTAssertEqual(harness.state.selectedLog?.participant, "EE-04")
        harness.press(.enter)
        XCTAssertEqual(harness.state.screen, .reader)
        XCTAssertEqual(
            selectedText(harness),
            "Our patient survey came back with 212 responses, and most people would choose video again for a routine problem."
        )
        XCTAssertTrue(harness.screen.trimmedLine(1).hasSuffix("match 1 of 1 · 1/26"), harness.screen.trimmedLine(1))
    }

    func testMatchesAreHighlightedInColourAndWithoutIt() throws {
        for colour in [true, false] {
            var harness = Harness(colour: colour)
            search("survey", &harness)
            harness.press(.enter)
            let buffer = harness.screen
            let match = try XCTUnwrap(cell(of: "survey", in: buffer))
            let after = buffer.style(x: match.x + 7, y: match.y)
            XCTAssertTrue(after.reverse, "the word after the match is in the reversed selection")
            for offset in 0..<6 {
                let style = buffer.style(x: match.x + offset, y: match.y)
                XCTAssertTrue(style.underline && style.bold, "colour \(colour): \(style)")
                if colour {
                    XCTAssertEqual(style.background, .yellow)
                    XCTAssertEqual(style.foreground, .black)
                } else {
                    XCTAssertFalse(style.reverse, "without colour the match stands out of the reversed selection")
                    XCTAssertEqual(style.background, .default)
                }
            }
        }
    }

    func testNAndShiftNGoFromMatchToMatchAndWrapWithinTheLog() {
        var harness = Harness()
        search("video", &harness)
        harness.press(.enter)
        XCTAssertTrue(harness.screen.trimmedLine(1).contains("match 1 of 3"))
        XCTAssertTrue(selectedText(harness).contains("plenty of video"))
        harness.press(.char("n"))
        XCTAssertTrue(harness.screen.trimmedLine(1).contains("match 2 of 3"), harness.screen.trimmedLine(1))
        XCTAssertTrue(selectedText(harness).contains("choose video again"), selectedText(harness))
        harness.press(.char("n"))
        XCTAssertTrue(harness.screen.trimmedLine(1).contains("match 3 of 3"))
        XCTAssertTrue(selectedText(harness).contains("who isn't using video"), selectedText(harness))
        harness.press(.char("n"))
        XCTAssertTrue(harness.screen.trimmedLine(1).contains("match 1 of 3"))
        XCTAssertEqual(harness.state.message, "Back to the first match in this log (J goes to the next log)")
        harness.press(.char("N"))
        XCTAssertTrue(harness.screen.trimmedLine(1).contains("match 3 of 3"))
        XCTAssertEqual(harness.state.message, "Back to the last match in this log")
    }

    func testSearchIgnoresCaseAndDiacritics() {
        var project = Harness.sample
        _ = project.addLogs([
            Log(
                id: "", participant: project.participants[0].code, date: Day(iso: "2020-05-12")!,
                sections: [LogSection(prompt: "Progress", text: "We met in the hospital Café. The CAFE was quiet.")])
        ])
        var harness = Harness(project: project)
        search("cafe", &harness)
        XCTAssertEqual(harness.screen.trimmedLine(2), " /cafe: 1 of 27 logs match, 2 matches")
        harness.press(.enter)
        XCTAssertEqual(selectedText(harness), "We met in the hospital Café.")
        harness.press(.char("n"))
        XCTAssertEqual(selectedText(harness), "The CAFE was quiet.")
        XCTAssertTrue(harness.screen.trimmedLine(1).contains("match 2 of 2"))
    }

    func testTheSearchSummaryFitsAt40x12() {
        var harness = Harness(width: 40, height: 12)
        search("survey", &harness)
        XCTAssertEqual(harness.screen.trimmedLine(2), " /survey: 1 of 26 logs match, 1 match")
        harness.press(.enter)
        XCTAssertTrue(harness.screen.trimmedLine(1).hasSuffix("match 1 of 1 · 1/26"), harness.screen.trimmedLine(1))
    }
}
