import GleanTUI
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testNarrowCharacters() {
        XCTAssertEqual(DisplayWidth.of("a" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("é" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("ｱ" as Character), 1, "halfwidth katakana")
        XCTAssertEqual(DisplayWidth.of("…" as Character), 1, "ambiguous width counts as narrow")
        XCTAssertEqual(DisplayWidth.of("❤" as Character), 1, "text-presentation symbol")
    }

    func testCombiningSequenceTakesBaseWidth() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("漢\u{301}" as Character), 2)
    }

    func testLoneZeroWidthCharacters() {
        XCTAssertEqual(DisplayWidth.of("\u{301}" as Character), 0, "combining mark standing alone")
        XCTAssertEqual(DisplayWidth.of("\u{200B}" as Character), 0, "zero width space")
        XCTAssertEqual(DisplayWidth.of("\u{FE0F}" as Character), 0, "lone variation selector")
    }

    func testControlsAreZero() {
        XCTAssertEqual(DisplayWidth.of("\u{1B}" as Character), 0)
        XCTAssertEqual(DisplayWidth.of("\u{7F}" as Character), 0)
        XCTAssertEqual(DisplayWidth.of("\u{85}" as Character), 0)
    }

    func testEastAsianWideAndFullwidth() {
        XCTAssertEqual(DisplayWidth.of("漢" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("한" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}" as Character), 2, "decomposed Hangul")
        XCTAssertEqual(DisplayWidth.of("あ" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("Ａ" as Character), 2, "fullwidth Latin")
        XCTAssertEqual(DisplayWidth.of("\u{3000}" as Character), 2, "ideographic space")
        XCTAssertEqual(DisplayWidth.of("\u{20000}" as Character), 2, "CJK extension B")
    }

    func testEmoji() {
        XCTAssertEqual(DisplayWidth.of("👍" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽" as Character), 2, "skin tone modifier")
        XCTAssertEqual(DisplayWidth.of("👩‍👩‍👧" as Character), 2, "ZWJ sequence")
        XCTAssertEqual(DisplayWidth.of("🇬🇧" as Character), 2, "flag")
        XCTAssertEqual(DisplayWidth.of("❤️" as Character), 2, "emoji presentation selector")
        XCTAssertEqual(DisplayWidth.of("1️⃣" as Character), 2, "keycap")
    }

    func testStringWidthSumsClusters() {
        XCTAssertEqual(DisplayWidth.of("Zoë 漢字 👩‍👩‍👧 🇬🇧 e\u{301}"), 16)
        XCTAssertEqual(DisplayWidth.of(""), 0)
        XCTAssertEqual(DisplayWidth.of("abc"[...]), 3)
    }
}
