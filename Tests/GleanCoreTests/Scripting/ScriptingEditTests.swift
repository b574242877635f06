import XCTest

@testable import GleanCore

/// The edits the scripting commands make: tagging by sentence with several concerns, featuring, memos and notes.
final class ScriptingEditTests: XCTestCase {
    private let project = Fixtures.small()

    func testTaggingTwoSentencesWithTwoConcernsIsOneQuote() throws {
        let edit = try XCTUnwrap(
            try PassageTagging.edit(
                project, log: "C-03-2020-05-03", section: nil, passage: .sentences(first: 2, last: 3),
                concerns: ["wellbeing", "Equipment", "wellbeing"], id: "new", coder: "tester", created: "now"))
        guard case .putQuote(let fortnight, let quote) = edit.changes.first, edit.changes.count == 1 else {
            return XCTFail("one putQuote: \(edit.changes)")
        }
        XCTAssertEqual(fortnight, 2)
        XCTAssertEqual(quote.concerns, ["equipment", "wellbeing"])
        XCTAssertEqual(quote.range, 20..<52)
        XCTAssertEqual(edit.summary, "Tagged Wellbeing, Equipment in C-03-2020-05-03 (quote new)")
    }

    func testUnknownNamesAreNamed() {
        XCTAssertThrowsError(
            try PassageTagging.edit(
                project, log: "nobody", section: nil, passage: .sentences(first: 1, last: 1), concerns: ["wellbeing"],
                id: "x", coder: "t", created: "n")
        ) { XCTAssertEqual("\($0)", "there is no log \"nobody\"; glean logs lists them") }
        XCTAssertThrowsError(
            try PassageTagging.edit(
                project, log: "C-03-2020-05-03", section: nil, passage: .sentences(first: 1, last: 1),
                concerns: ["wellbeing", "sleep"], id: "x", coder: "t", created: "n")
        ) { XCTAssertEqual("\($0)", "there is no concern \"sleep\"; the codebook has feedback, wellbeing, equipment") }
        XCTAssertThrowsError(try QuoteMarking.featuring(project, quote: "q-none", featured: true)) {
            XCTAssertEqual("\($0)", "there is no quote \"q-none\"; glean quotes lists them")
        }
    }

    func testFeaturingAndMemosChangeOnlyThatQuote() throws {
        let (number, quote) = try XCTUnwrap(
            project.fortnights.keys.sorted().lazy.compactMap { n in
                self.project.fortnight(n).quotes.first { !$0.featured }.map { (n, $0) }
            }.first)
        let feature = try XCTUnwrap(try QuoteMarking.featuring(project, quote: quote.id, featured: true))
        var featured = quote
        featured.featured = true
        XCTAssertEqual(feature.changes, [.putQuote(fortnight: number, quote: featured)])
        XCTAssertNil(try QuoteMarking.featuring(project, quote: quote.id, featured: false), "not featured already")
        let memo = try XCTUnwrap(try QuoteMarking.memo(project, quote: quote.id, memo: "ask about rotas"))
        var memoed = quote
        memoed.memo = "ask about rotas"
        XCTAssertEqual(memo.changes, [.putQuote(fortnight: number, quote: memoed)])
    }

    func testANotePartIsWrittenAsTheEditorWritesIt() throws {
        let edit = try XCTUnwrap(try NoteWriting.edit(project, fortnight: 2, part: .next, text: " Who?\n\n  Why? \n"))
        XCTAssertEqual(edit.changes, [.setNote(fortnight: 2, note: FortnightNote(next: ["Who?", "Why?"]))])
        let paragraph = try XCTUnwrap(
            try NoteWriting.edit(project, fortnight: 2, part: .paragraph(concern: "Wellbeing"), text: "Tired."))
        XCTAssertEqual(
            paragraph.changes, [.setNote(fortnight: 2, note: FortnightNote(paragraphs: ["wellbeing": "Tired."]))])
        let heading = try XCTUnwrap(
            try NoteWriting.edit(project, fortnight: 2, part: .closingHeading, text: "Next\nsteps"))
        XCTAssertEqual(heading.changes, [.setNote(fortnight: 2, note: FortnightNote(closingHeading: "Next steps"))])
        XCTAssertNil(try NoteWriting.edit(project, fortnight: 2, part: .closing, text: "  "), "already empty")
        XCTAssertThrowsError(try NoteWriting.edit(project, fortnight: 3, part: .opening, text: "x")) {
            XCTAssertEqual("\($0)", "the programme has fortnights 1 to 2, not 3")
        }
    }
}
