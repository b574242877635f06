import GleanCore
import XCTest

/// Search text folding: case, diacritics and curly quotes ignored, matches reported in the original's scalars.
final class FoldedTextTests: XCTestCase {
    private func ranges(of query: String, in text: String) -> [Range<Int>] {
        FoldedText(text).ranges(of: FoldedText(query))
    }

    func testCaseIsIgnored() {
        XCTAssertEqual(ranges(of: "staff", in: "STAFF and Staff and staff"), [0..<5, 10..<15, 20..<25])
    }

    func testDiacriticsAreIgnoredEitherWay() {
        XCTAssertEqual(ranges(of: "cafe", in: "The Café opened"), [4..<8])
        XCTAssertEqual(ranges(of: "CAFÉ", in: "a cafe"), [2..<6])
        XCTAssertEqual(ranges(of: "naive", in: "naïve"), [0..<5])
    }

    func testADecomposedLetterIsOneMatchCoveringItsMark() {
        // "cafe" followed by U+0301: five scalars, the mark folded away but kept inside the match.
        XCTAssertEqual(ranges(of: "café", in: "cafe\u{301} au lait"), [0..<4])
        XCTAssertEqual(ranges(of: "au", in: "cafe\u{301} au lait"), [6..<8], "offsets count the mark's scalar")
    }

    func testCurlyQuotesMatchStraightOnes() {
        XCTAssertEqual(ranges(of: "don't", in: "I don’t know"), [2..<7])
    }

    func testMatchesDoNotOverlapAndAnEmptyQueryFindsNothing() {
        XCTAssertEqual(ranges(of: "aa", in: "aaaa"), [0..<2, 2..<4])
        XCTAssertEqual(ranges(of: "", in: "text"), [])
        XCTAssertEqual(ranges(of: "longer than", in: "short"), [])
    }

    func testContains() {
        XCTAssertTrue(FoldedText("NW-07 Practice Manager").contains(FoldedText("manager")))
        XCTAssertFalse(FoldedText("NW-07").contains(FoldedText("manager")))
    }
}
