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

    func testSoftHyphenAndNumberSignsTakeAColumn() {
        XCTAssertEqual(DisplayWidth.of("\u{AD}" as Character), 1, "soft hyphen")
        XCTAssertEqual(DisplayWidth.of("soft\u{AD}hyphen"), 11)
        for sign in [0x600, 0x603, 0x605, 0x6DD, 0x70F, 0x890, 0x8E2, 0x110BD, 0x110CD] {
            let character = Character(Unicode.Scalar(sign)!)
            XCTAssertEqual(DisplayWidth.of(character), 1, "U+\(String(sign, radix: 16)) standing alone")
        }
        XCTAssertEqual(DisplayWidth.of("\u{600}\u{661}\u{662}"), 3, "a number sign starts its number's cluster")
        XCTAssertEqual(DisplayWidth.of("\u{200B}\u{2060}\u{61C}" as String), 0, "other format characters stay 0 wide")
    }

    func testLoneHangulVowelsAndFinalsTakeNoColumn() {
        for jamo in [0x1160, 0x1161, 0x11A8, 0x11FF, 0xD7B0, 0xD7CB, 0xD7FB] {
            let character = Character(Unicode.Scalar(jamo)!)
            XCTAssertEqual(DisplayWidth.of(character), 0, "U+\(String(jamo, radix: 16)) standing alone")
        }
        XCTAssertEqual(DisplayWidth.of("lone \u{1161} vowel"), 11)
        XCTAssertEqual(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}" as Character), 2, "a whole decomposed syllable")
        XCTAssertEqual(DisplayWidth.of("\u{AC00}\u{11A8}" as Character), 2, "a syllable with a final added")
    }

    func testYijingHexagramsAndTangutSupplementAreWide() {
        for wide in [0x4DC0, 0x4DEF, 0x4DFF, 0x18D00, 0x18D08] {
            let character = Character(Unicode.Scalar(wide)!)
            XCTAssertEqual(DisplayWidth.of(character), 2, "U+\(String(wide, radix: 16, uppercase: true))")
        }
        XCTAssertEqual(DisplayWidth.of("\u{4DBF}" as Character), 2, "end of CJK extension A")
        XCTAssertEqual(DisplayWidth.of("\u{18CD5}" as Character), 2, "end of Khitan")
        XCTAssertEqual(DisplayWidth.of("hexagram \u{4DC0}"), 11)
    }

    func testEmojiSelectorWidensOnlyAnEmoji() {
        XCTAssertEqual(DisplayWidth.of("a\u{FE0F}" as Character), 1, "a letter has no emoji form")
        XCTAssertEqual(DisplayWidth.of("é\u{FE0F}" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("\u{263A}\u{FE0F}" as Character), 2, "smiling face, emoji form")
        XCTAssertEqual(DisplayWidth.of("#\u{FE0F}" as Character), 2, "# has an emoji form")
        XCTAssertEqual(DisplayWidth.of("\u{A9}\u{FE0F}" as Character), 2, "copyright sign, emoji form")
    }
}
