import Foundation
import XCTest

/// Characters whose width `DisplayWidth` once gave differently from the terminal (a lone Hangul vowel, a Yijing
/// hexagram, a soft hyphen, a letter with U+FE0F, an Arabic number sign) keep the Reader's rows and the concern
/// picker's borders in place in tmux, which measures with glibc's `wcwidth`.
final class WideAndZeroWidthTextTests: EndToEndTestCase {
    /// Each tricky line starts a row the picker box covers, so a character measured wrong before the box's left
    /// border moves the border or the text beside it.
    private static let log = [
        "Filler line one.", "Filler line two.", "Filler line three.", "Filler line four.",
        "a \u{1161} lone vowel first, then ordinary words that reach past the right edge of the box.",
        "\u{4DC0}\u{4DC1}\u{4DC2}\u{4DC3} four hexagrams first, then ordinary words that reach past the right up.",
        "soft\u{AD}hyphen first, then ordinary words that reach past the right edge of the box.",
        "a\u{FE0F} letter first, then ordinary words that reach past the right edge of the box.",
        "\u{600} sign alone, then ordinary words that reach past the right edge of the box.",
    ].joined(separator: "\n")

    /// How each tricky row reads up to and including the box's left border at column 17, Hangul vowels left out
    /// (the terminal joins a lone one to the cell before it).
    private static let rowStarts = [
        "  a  lone vowel f│", "  \u{4DC0}\u{4DC1}\u{4DC2}\u{4DC3} four h│", "  soft\u{AD}hyphen fir│",
        "  a\u{FE0F} letter first,│", "  \u{600} sign alone, t│",
    ]

    func testThePickerBordersStayInPlaceOverWideAndZeroWidthCharacters() throws {
        let project = try makeSample(withLog: Self.log, by: "AA-01")
        let session = try open(project, width: 80, height: 24)
        try session.sendKeys("Enter")
        try session.waitFor(text: "Filler line four.")
        let reader = try session.capture().map { $0.trimmingCharacters(in: .whitespaces) }
        let hexagrams =
            "\u{4DC0}\u{4DC1}\u{4DC2}\u{4DC3} four hexagrams first, then ordinary words that reach past the right"
        XCTAssertEqual(
            reader.firstIndex(of: hexagrams).map { reader[$0 + 1] }, "up.",
            "four wide hexagrams leave no room for the last word, and nothing is cut at the right edge:\n"
                + reader.map { "|\($0)" }.joined(separator: "\n"))
        try session.sendKeys("t")
        try session.waitFor(text: "Concerns for the selection")
        let rows = try session.capture().map { row in
            String(String.UnicodeScalarView(row.unicodeScalars.filter { !(0x1160...0x11FF).contains($0.value) }))
        }
        for start in Self.rowStarts {
            XCTAssertTrue(
                rows.contains { $0.hasPrefix(start) },
                "no row starts \(start.debugDescription):\n" + rows.map { "|\($0)" }.joined(separator: "\n"))
        }
        try session.sendKeys("Escape")
        try quitFromReader(session)
    }
}
