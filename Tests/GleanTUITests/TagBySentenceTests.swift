import GleanTUI
import XCTest

@testable import GleanCore

/// `glean tag --sentence` and the Reader's `j`/`J` select passages by one sentence rule, so both make the same quote.
final class TagBySentenceTests: XCTestCase {
    func testTaggingSentencesTwoToThreeOnTheCommandLineMakesTheReadersQuote() throws {
        var harness = Harness()
        harness.press(.char("f"), .down, .enter)
        harness.press(.enter)
        let logID = try XCTUnwrap(harness.state.reader?.logID)
        harness.press(.char("j"), .char("j"), .char("j"), .char("J"), .char("9"), .char("2"))
        let selection = try XCTUnwrap(harness.state.reader?.selection)
        XCTAssertEqual(selection.section, 1, "j three times goes past section 0's two sentences to section 1's second")
        let readers = try XCTUnwrap(harness.state.project.fortnight(3).quotes(inLog: logID).first)

        let edit = try XCTUnwrap(
            try PassageTagging.edit(
                Harness.sample, log: logID, section: .index(1), passage: .sentences(first: 2, last: 3),
                concerns: ["9", "2"], id: readers.id, coder: readers.coder, created: readers.created))
        XCTAssertEqual(edit.changes, [.putQuote(fortnight: 3, quote: readers)])
        XCTAssertEqual(readers.range, selection.range)
    }
}
