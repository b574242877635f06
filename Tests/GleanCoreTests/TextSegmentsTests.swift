import GleanCore
import XCTest

final class TextSegmentsTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        TextSegments.sentences(in: text).map { TextSegments.slice(text, $0) }
    }

    func testSplitsAtTerminatorsFollowedBySpace() {
        XCTAssertEqual(sentences("One. Two! Three? Four"), ["One.", "Two!", "Three?", "Four"])
        XCTAssertEqual(sentences("Version 2.5 works. Next"), ["Version 2.5 works.", "Next"])
        XCTAssertEqual(sentences("He said “stop.” Then left."), ["He said “stop.”", "Then left."])
        XCTAssertEqual(sentences("Wait... what?! Yes"), ["Wait...", "what?!", "Yes"])
    }

    func testSplitsAtLineBreaksAndTrimsSpace() {
        XCTAssertEqual(sentences("  First line\nSecond line.  \n\n"), ["First line", "Second line."])
        XCTAssertEqual(sentences(""), [])
    }

    func testOffsetsCountUnicodeScalars() {
        let text = "Zoe\u{301} is here. 👩‍👩‍👧 too."
        let ranges = TextSegments.sentences(in: text)
        XCTAssertEqual(ranges, [0..<13, 14..<24])
        XCTAssertEqual(TextSegments.slice(text, ranges[1]), "👩‍👩‍👧 too.")
    }

    func testWordsAreRunsOfNonSpace() {
        let text = "Kit, please — now"
        XCTAssertEqual(
            TextSegments.words(in: text).map { TextSegments.slice(text, $0) }, ["Kit,", "please", "—", "now"])
    }
}
