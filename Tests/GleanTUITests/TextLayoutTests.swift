import GleanTUI
import XCTest

final class TextLayoutTests: XCTestCase {
    func testTruncate() {
        XCTAssertEqual(TextLayout.truncate("hello", toWidth: 5), "hello")
        XCTAssertEqual(TextLayout.truncate("hello world", toWidth: 5), "hell…")
        XCTAssertEqual(TextLayout.truncate("hello", toWidth: 1), "…")
        XCTAssertEqual(TextLayout.truncate("hello", toWidth: 0), "")
        XCTAssertEqual(TextLayout.truncate("", toWidth: 0), "")
    }

    func testTruncateWideText() {
        XCTAssertEqual(TextLayout.truncate("漢字漢字", toWidth: 5), "漢字…")
        XCTAssertEqual(TextLayout.truncate("漢字漢字", toWidth: 4), "漢…")
        XCTAssertEqual(TextLayout.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2), "e\u{301}…")
        XCTAssertEqual(TextLayout.truncate("a👩‍👩‍👧b", toWidth: 3), "a…")
    }

    func testTruncateSanitises() {
        XCTAssertEqual(TextLayout.truncate("\u{1B}[2J", toWidth: 10), "␛[2J")
        XCTAssertEqual(TextLayout.truncate("\u{1B}[2J", toWidth: 3), "␛[…")
    }

    func testPad() {
        XCTAssertEqual(TextLayout.pad("ab", toWidth: 4), "ab  ")
        XCTAssertEqual(TextLayout.pad("漢", toWidth: 4), "漢  ")
        XCTAssertEqual(TextLayout.pad("abcdef", toWidth: 4), "abcdef")
        XCTAssertEqual(TextLayout.pad("a\tb", toWidth: 4), "a b ")
    }

    private func wrapped(_ text: String, _ width: Int) -> [String] {
        TextLayout.wrap(text, width: width).map { String(text[$0]) }
    }

    func testWrapAtSpaces() {
        XCTAssertEqual(wrapped("the quick brown fox", 10), ["the quick", "brown fox"])
        XCTAssertEqual(wrapped("the quick brown fox", 19), ["the quick brown fox"])
        XCTAssertEqual(wrapped("hello world", 5), ["hello", "world"])
    }

    func testWrapHangsSpaceRunsAndDropsThemFromRowStarts() {
        XCTAssertEqual(wrapped("ab   cd", 3), ["ab", "cd"])
        XCTAssertEqual(wrapped("ab cd ", 5), ["ab cd "])
    }

    func testWrapHardBreaksLongWords() {
        XCTAssertEqual(wrapped("abcdefgh", 3), ["abc", "def", "gh"])
        XCTAssertEqual(wrapped("a abcdefgh", 3), ["a", "abc", "def", "gh"])
        XCTAssertEqual(wrapped("   abcdef", 4), ["   a", "bcde", "f"])
    }

    func testWrapNewlines() {
        XCTAssertEqual(wrapped("one\ntwo\r\n\nthree", 10), ["one", "two", "", "three"])
        XCTAssertEqual(wrapped("", 10), [""])
        XCTAssertEqual(wrapped("end\n", 10), ["end", ""])
    }

    func testWrapUsesDisplayWidth() {
        XCTAssertEqual(wrapped("漢字漢字漢", 4), ["漢字", "漢字", "漢"])
        XCTAssertEqual(wrapped("漢字漢", 5), ["漢字", "漢"])
        XCTAssertEqual(wrapped("ab 漢字", 4), ["ab", "漢字"])
        XCTAssertEqual(wrapped("e\u{301}e\u{301}e\u{301}", 2), ["e\u{301}e\u{301}", "e\u{301}"])
        XCTAssertEqual(wrapped("👩‍👩‍👧👩‍👩‍👧", 3), ["👩‍👩‍👧", "👩‍👩‍👧"])
    }

    func testWrapMeasuresControlsAsDrawn() {
        XCTAssertEqual(wrapped("\u{1B}[2J", 2), ["\u{1B}[", "2J"])
    }

    func testWrapRangesMapBackToSource() {
        let text = "alpha beta gamma"
        let rows = TextLayout.wrap(text, width: 6)
        XCTAssertEqual(rows.map { text.distance(from: text.startIndex, to: $0.lowerBound) }, [0, 6, 11])
        let position = text.firstIndex(of: "g")!
        XCTAssertEqual(rows.firstIndex { $0.contains(position) }, 2)
    }

    func testWrapWidthBelowOneActsAsOne() {
        XCTAssertEqual(wrapped("ab", 0), ["a", "b"])
        XCTAssertEqual(wrapped("漢", 1), ["漢"])
    }
}
