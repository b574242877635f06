import GleanCore
import XCTest

final class TextSanitizerTests: XCTestCase {
    func testCleanTextIsUnchanged() {
        for text in ["", "plain ascii", "Zoë 漢字 👩‍👩‍👧 🇬🇧 e\u{301}", "\u{A0}non-breaking"] {
            XCTAssertEqual(TextSanitizer.displayable(text), text)
        }
    }

    func testC0ControlsBecomeControlPictures() {
        XCTAssertEqual(TextSanitizer.displayable("\u{1B}]0;PWNED\u{07}\u{1B}[2J"), "␛]0;PWNED␇␛[2J")
        XCTAssertEqual(TextSanitizer.displayable("a\u{0}b\u{8}c"), "a␀b␈c")
    }

    func testWhitespaceControlsBecomeSpaces() {
        XCTAssertEqual(TextSanitizer.displayable("a\tb\nc\rd\r\ne\u{2028}f"), "a b c d  e f")
    }

    func testDelAndC1Controls() {
        XCTAssertEqual(TextSanitizer.displayable("a\u{7F}b"), "a␡b")
        XCTAssertEqual(TextSanitizer.displayable("\u{80}x\u{9B}31m\u{9F}"), "\u{FFFD}x\u{FFFD}31m\u{FFFD}")
    }

    func testBidiControlsAreReplaced() {
        let bidi = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}"
        XCTAssertEqual(TextSanitizer.displayable("a\(bidi)b"), "a" + String(repeating: "\u{FFFD}", count: 12) + "b")
    }

    func testEveryScalarMapsToOneScalar() {
        let text = "x\u{1B}\u{7F}\u{85}\u{202E}\r\ny"
        XCTAssertEqual(TextSanitizer.displayable(text).unicodeScalars.count, text.unicodeScalars.count)
    }
}
