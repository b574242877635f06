import GleanTUI
import XCTest

final class ScreenBufferTests: XCTestCase {
    func testNewBufferIsBlank() {
        let buffer = ScreenBuffer(width: 3, height: 2)
        XCTAssertEqual(buffer.lines, ["   ", "   "])
        XCTAssertEqual(buffer[x: 2, y: 1], Cell(grapheme: " ", style: .plain))
    }

    func testWriteTextAndStyle() {
        var buffer = ScreenBuffer(width: 8, height: 2)
        let used = buffer.write("hi", x: 1, y: 1, style: .bold)
        XCTAssertEqual(used, 2)
        XCTAssertEqual(buffer.lines, ["        ", " hi     "])
        XCTAssertEqual(buffer.trimmedLine(1), " hi")
        XCTAssertEqual(buffer.style(x: 0, y: 1), .plain)
        XCTAssertEqual(buffer.style(x: 1, y: 1), .bold)
        XCTAssertEqual(buffer.style(x: 2, y: 1), .bold)
        XCTAssertEqual(buffer.style(x: 3, y: 1), .plain)
    }

    func testWideCharacterTakesTwoCells() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        XCTAssertEqual(buffer.write("a漢b", x: 0, y: 0, style: .reverse), 4)
        XCTAssertEqual(buffer.line(0), "a漢b  ")
        XCTAssertEqual(buffer[x: 1, y: 0].grapheme, "漢")
        XCTAssertEqual(buffer[x: 2, y: 0], Cell(grapheme: "", style: .reverse))
        XCTAssertTrue(buffer[x: 2, y: 0].isContinuation)
        XCTAssertEqual(buffer[x: 3, y: 0].grapheme, "b")
    }

    func testMixedTextColumns() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        XCTAssertEqual(buffer.write("Zoë 漢字 👩‍👩‍👧 🇬🇧 e\u{301}", x: 0, y: 0), 16)
        XCTAssertEqual(buffer[x: 8, y: 0].grapheme, " ")
        XCTAssertEqual(buffer[x: 9, y: 0].grapheme, "👩‍👩‍👧")
        XCTAssertEqual(buffer[x: 12, y: 0].grapheme, "🇬🇧")
        XCTAssertEqual(buffer[x: 15, y: 0].grapheme, "e\u{301}")
    }

    func testWideCharacterStraddlingClipEdgeBecomesSpace() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("......", x: 0, y: 0)
        XCTAssertEqual(buffer.write("ab漢", x: 0, y: 0, maxWidth: 3), 3)
        XCTAssertEqual(buffer.line(0), "ab ...")
    }

    func testWideCharacterStraddlingBufferEdgeBecomesSpace() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        XCTAssertEqual(buffer.write("a漢字", x: 1, y: 0), 2)
        XCTAssertEqual(buffer.line(0), " a ")
    }

    func testClipsAtMaxWidthAndEdges() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        XCTAssertEqual(buffer.write("abcdef", x: 1, y: 0, maxWidth: 2), 2)
        XCTAssertEqual(buffer.write("abcdef", x: 3, y: 1), 2)
        XCTAssertEqual(buffer.lines, [" ab  ", "   ab"])
        XCTAssertEqual(buffer.write("x", x: 0, y: 2), 0)
        XCTAssertEqual(buffer.write("x", x: 0, y: -1), 0)
        XCTAssertEqual(buffer.write("x", x: 5, y: 0), 0)
        XCTAssertEqual(buffer.write("x", x: 0, y: 0, maxWidth: 0), 0)
        XCTAssertEqual(buffer.lines, [" ab  ", "   ab"])
    }

    func testNegativeXClipsOnTheLeft() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        XCTAssertEqual(buffer.write("ab漢cd", x: -3, y: 0), 3)
        XCTAssertEqual(buffer.line(0), " cd ")
    }

    func testSanitisesControls() {
        var buffer = ScreenBuffer(width: 16, height: 1)
        XCTAssertEqual(buffer.write("\u{1B}]0;PWNED\u{07}\u{1B}[2J", x: 0, y: 0), 14)
        XCTAssertEqual(buffer.trimmedLine(0), "␛]0;PWNED␇␛[2J")
    }

    func testZeroWidthClusterJoinsPreviousCell() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        XCTAssertEqual(buffer.write("a\u{200B}b", x: 0, y: 0), 2)
        XCTAssertEqual(buffer[x: 0, y: 0].grapheme, "a\u{200B}")
        XCTAssertEqual(buffer[x: 1, y: 0].grapheme, "b")
    }

    func testLeadingZeroWidthClusterIsDropped() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer.write("x", x: 0, y: 0)
        XCTAssertEqual(buffer.write("\u{301}b", x: 1, y: 0), 1)
        XCTAssertEqual(buffer.line(0), "xb ")
    }

    func testOverwritingRightHalfBlanksLeftHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("漢字", x: 0, y: 0, style: .bold)
        buffer.write("x", x: 1, y: 0)
        XCTAssertEqual(buffer.line(0), " x字")
        XCTAssertEqual(buffer[x: 0, y: 0], Cell(grapheme: " ", style: .bold))
    }

    func testOverwritingLeftHalfBlanksRightHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("漢字", x: 0, y: 0)
        buffer.write("x", x: 2, y: 0)
        XCTAssertEqual(buffer.line(0), "漢x ")
        XCTAssertFalse(buffer[x: 3, y: 0].isContinuation)
    }

    func testWideOverWideAtOffsetBlanksBothNeighbours() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢字漢", x: 0, y: 0)
        buffer.write("あ", x: 1, y: 0)
        XCTAssertEqual(buffer.line(0), " あ 漢")
        XCTAssertEqual((0..<6).filter { buffer[x: $0, y: 0].isContinuation }, [2, 5])
    }

    func testFillClearsWideCharactersItCuts() {
        var buffer = ScreenBuffer(width: 5, height: 3)
        buffer.write("漢字x", x: 0, y: 1)
        buffer.fill(x: 1, y: 1, width: 2, height: 5, style: .reverse)
        XCTAssertEqual(buffer.lines, ["     ", "    x", "     "])
        XCTAssertEqual((0..<5).map { buffer.style(x: $0, y: 1) }, [.plain, .reverse, .reverse, .plain, .plain])
        XCTAssertEqual(buffer.style(x: 1, y: 2), .reverse)
        XCTAssertEqual(buffer.style(x: 1, y: 0), .plain)
    }

    func testFillIgnoresEmptyAndOutsideRectangles() {
        var buffer = ScreenBuffer(width: 2, height: 2)
        buffer.fill(x: 5, y: 5, width: 2, height: 2, style: .bold)
        buffer.fill(x: 0, y: 1, width: -3, height: -1, style: .bold)
        XCTAssertEqual(buffer, ScreenBuffer(width: 2, height: 2))
    }

    func testApplyStyleKeepsText() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.write("hello", x: 0, y: 0, style: Style(foreground: .red))
        buffer.applyStyle(x: 1, y: 0, width: 3) { $0.underline = true }
        XCTAssertEqual(buffer.line(0), "hello")
        XCTAssertEqual(buffer.style(x: 0, y: 0), Style(foreground: .red))
        XCTAssertEqual(buffer.style(x: 2, y: 0), Style(foreground: .red, underline: true))
        XCTAssertEqual(buffer.style(x: 4, y: 0), Style(foreground: .red))
    }

    func testSetStyleRestylesWideCharactersWhole() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢字漢", x: 0, y: 0)
        buffer.setStyle(x: 1, y: 0, width: 2, style: .reverse)
        XCTAssertEqual(
            (0..<6).map { buffer.style(x: $0, y: 0) }, [.reverse, .reverse, .reverse, .reverse, .plain, .plain])
        XCTAssertEqual(buffer.line(0), "漢字漢")
    }

    func testEmptyBuffer() {
        var buffer = ScreenBuffer(width: 0, height: 0)
        XCTAssertEqual(buffer.write("x", x: 0, y: 0), 0)
        buffer.fill(x: 0, y: 0, width: 1, height: 1)
        XCTAssertEqual(buffer.lines, [])
    }
}
