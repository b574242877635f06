import CNcurses
import XCTest

@testable import GleanTUI

final class KeyPressTests: XCTestCase {
    private func character(_ scalar: Unicode.Scalar) -> KeyPress? {
        KeyPress.from(curses: scalar.value, isKeyCode: false)
    }

    func testPrintableCharacters() {
        XCTAssertEqual(character("q"), .character("q"))
        XCTAssertEqual(character(" "), .character(" "))
        XCTAssertEqual(character("é"), .character("é"))
        XCTAssertEqual(character("漢"), .character("漢"))
    }

    func testControlCharacters() {
        XCTAssertEqual(character("\u{01}"), .control("a"))
        XCTAssertEqual(character("\u{03}"), .control("c"))
        XCTAssertEqual(character("\u{1A}"), .control("z"))
        XCTAssertEqual(character("\u{09}"), .tab)
        XCTAssertEqual(character("\u{0A}"), .enter)
        XCTAssertEqual(character("\u{0D}"), .enter)
        XCTAssertEqual(character("\u{08}"), .backspace)
        XCTAssertEqual(character("\u{7F}"), .backspace)
        XCTAssertEqual(character("\u{1B}"), .escape)
    }

    func testUnhandledCharacters() {
        XCTAssertNil(character("\u{00}"))
        XCTAssertNil(character("\u{1C}"))
        XCTAssertNil(character("\u{9B}"))
        XCTAssertNil(KeyPress.from(curses: 0xD800, isKeyCode: false), "surrogate")
        XCTAssertNil(KeyPress.from(curses: 0x11_0000, isKeyCode: false), "beyond Unicode")
    }

    func testKeyCodes() {
        let expected: [(Int32, KeyPress)] = [
            (gl_key_up(), .up), (gl_key_down(), .down), (gl_key_left(), .left), (gl_key_right(), .right),
            (gl_key_sr(), .shiftUp), (gl_key_sf(), .shiftDown),
            (gl_key_sleft(), .shiftLeft), (gl_key_sright(), .shiftRight),
            (gl_key_home(), .home), (gl_key_end(), .end), (gl_key_ppage(), .pageUp), (gl_key_npage(), .pageDown),
            (gl_key_enter(), .enter), (gl_key_btab(), .backTab), (gl_key_backspace(), .backspace),
            (gl_key_dc(), .delete), (gl_key_resize(), .resize),
        ]
        for (code, key) in expected {
            XCTAssertEqual(KeyPress.from(curses: UInt32(code), isKeyCode: true), key, "\(key)")
        }
        XCTAssertNil(KeyPress.from(curses: 0o410, isKeyCode: true), "KEY_F0 is not handled")
    }

    func testKeyCodesAreNotCharacters() {
        XCTAssertEqual(KeyPress.from(curses: UInt32(gl_key_up()), isKeyCode: false), .character("ă"))
    }

    func testCopiedConstantsMatchCursesHeader() {
        XCTAssertEqual(CursesKey.resize, UInt32(gl_key_resize()))
        XCTAssertEqual(CursesKey.scrollBackward, UInt32(gl_key_sr()))
        XCTAssertEqual(CursesKey.shiftRight, UInt32(gl_key_sright()))
        XCTAssertEqual(CursesKey.deleteCharacter, UInt32(gl_key_dc()))
        XCTAssertEqual(UInt32(gl_key_code_yes()), 0o400)
    }
}
