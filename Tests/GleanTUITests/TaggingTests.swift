import GleanTUI
import XCTest

@testable import GleanCore

/// Exhaustive tests of tagging, undo and redo: after each key the whole state is stated.
final class TaggingTests: XCTestCase {
    /// The Reader open on EE-09's untagged fortnight-3 log, its first sentence selected.
    private func readerOnUntaggedLog() -> Harness {
        var harness = Harness()
        harness.press(.char("f"), .down, .enter)
        XCTAssertEqual(harness.state.selectedLog?.participant, "EE-09")
        harness.press(.enter)
        return harness
    }

    private let logID = "EE-09-2020-05-12"
    private let firstSentence = 0..<65

    private func quote(_ concerns: [String], range: Range<Int>? = nil, id: String = "id-1") -> Quote {
        let range = range ?? firstSentence
        return Quote(
            id: id, log: logID, participant: "EE-09", section: 0, start: range.lowerBound, end: range.upperBound,
            concerns: concerns,
            coder: "tester", created: "2026-11-25T10:00:00Z")
    }

    func testOpeningALogSelectsItsFirstSentence() {
        let harness = readerOnUntaggedLog()
        XCTAssertEqual(harness.state.screen, .reader)
        XCTAssertEqual(harness.state.stack, [.logs])
        XCTAssertEqual(harness.state.reader?.logID, logID)
        XCTAssertEqual(harness.state.reader?.selection, TextSelection(section: 0, range: firstSentence))
    }

    func testANumberKeyTagsTheSelectionAndAgainUntagsIt() {
        var harness = readerOnUntaggedLog()
        let tagged = Edit(
            summary: "Tagged Improvement tools", changes: [.putQuote(fortnight: 3, quote: quote(["improvement-tools"]))]
        )
        harness.assert(.char("1"), effects: [.record(tagged)]) { state in
            state.project.apply(.putQuote(fortnight: 3, quote: self.quote(["improvement-tools"])))
            state.undoStack = [
                Edit(summary: "Tagged Improvement tools", changes: [.removeQuote(fortnight: 3, id: "id-1")])
            ]
            state.saveState = .saving
            state.message = "Tagged Improvement tools"
        }
        let untagged = Edit(summary: "Untagged Improvement tools", changes: [.removeQuote(fortnight: 3, id: "id-1")])
        harness.assert(.char("1"), effects: [.record(untagged)]) { state in
            state.project.apply(.removeQuote(fortnight: 3, id: "id-1"))
            state.undoStack.append(
                Edit(
                    summary: "Untagged Improvement tools",
                    changes: [.putQuote(fortnight: 3, quote: self.quote(["improvement-tools"]))]))
            state.message = "Untagged Improvement tools"
        }
        assertNoDifference(harness.state.project, Harness.sample)
    }

    func testASecondConcernJoinsTheSameQuote() {
        var harness = readerOnUntaggedLog()
        harness.press(.char("1"))
        let both = quote(["improvement-tools", "staff-wellbeing"])
        harness.assert(
            .char("9"),
            effects: [.record(Edit(summary: "Tagged Staff wellbeing", changes: [.putQuote(fortnight: 3, quote: both)]))]
        ) { state in
            state.project.apply(.putQuote(fortnight: 3, quote: both))
            state.undoStack.append(
                Edit(
                    summary: "Tagged Staff wellbeing",
                    changes: [.putQuote(fortnight: 3, quote: self.quote(["improvement-tools"]))]))
            state.message = "Tagged Staff wellbeing"
        }
    }

    func testUndoAndRedoRestoreExactly() {
        var harness = readerOnUntaggedLog()
        harness.press(.char("1"), .char("9"))
        let afterTwo = harness.state.project
        harness.press(.char("u"))
        XCTAssertEqual(harness.state.project.fortnight(3).quotes(inLog: logID), [quote(["improvement-tools"])])
        XCTAssertEqual(harness.state.message, "Undid: Tagged Staff wellbeing")
        harness.press(.char("u"))
        assertNoDifference(harness.state.project, Harness.sample)
        harness.assert(.char("u")) { state in state.message = "Nothing to undo" }
        harness.press(.control("r"), .control("r"))
        assertNoDifference(harness.state.project, afterTwo)
        XCTAssertEqual(harness.state.message, "Redid: Tagged Staff wellbeing")
        harness.assert(.control("r")) { state in state.message = "Nothing to redo" }
    }

    func testANewEditClearsRedo() {
        var harness = readerOnUntaggedLog()
        harness.press(.char("1"), .char("u"), .char("2"))
        XCTAssertTrue(harness.state.redoStack.isEmpty)
        harness.press(.control("r"))
        XCTAssertEqual(harness.state.message, "Nothing to redo")
    }

    func testSelectionGrowsAndShrinksBySentenceAndWord() {
        var harness = readerOnUntaggedLog()
        let text = Harness.sample.fortnight(3).log(id: logID)!.sections[0].text
        let sentences = TextSegments.sentences(in: text)
        harness.press(.char("J"))
        XCTAssertEqual(harness.state.reader?.selection.range, sentences[0].lowerBound..<sentences[1].upperBound)
        harness.press(.char("K"))
        XCTAssertEqual(harness.state.reader?.selection.range, sentences[0])
        harness.press(.char("w"), .char("w"))
        XCTAssertEqual(TextSegments.slice(text, harness.state.reader!.selection.range).prefix(16), "accounts for abo")
        harness.press(.char("<"))
        XCTAssertTrue(TextSegments.slice(text, harness.state.reader!.selection.range).hasSuffix("rheumatology"))
        harness.press(.char(">"), .char(">"))
        XCTAssertTrue(TextSegments.slice(text, harness.state.reader!.selection.range).hasSuffix("We've"))
        harness.press(.escape)
        XCTAssertEqual(harness.state.reader?.selection.range, sentences[0])
    }

    func testTaggingAPhraseInsideASentence() {
        var harness = readerOnUntaggedLog()
        harness.press(.char("w"), .char("w"), .char("w"), .char("w"), .char("<"), .char("5"))
        let quote = harness.state.project.fortnight(3).quotes(inLog: logID).first
        let text = Harness.sample.fortnight(3).log(id: logID)!.sections[0].text
        XCTAssertEqual(quote.map { TextSegments.slice(text, $0.range) }, "about half of our rheumatology")
        XCTAssertEqual(quote?.concerns, ["inequalities"])
    }

    func testFeatureAndMemoActOnTheQuoteUnderTheSelection() {
        var harness = readerOnUntaggedLog()
        harness.press(.char("*"))
        XCTAssertEqual(harness.state.message, "Tag the selection first: only quotes can be featured")
        harness.press(.char("2"), .char("*"))
        XCTAssertEqual(harness.state.project.fortnight(3).quotes(inLog: logID).first?.featured, true)
        harness.press(.char("m"))
        harness.type("Compare with MID-05")
        let effects = harness.press(.enter)
        XCTAssertEqual(harness.state.project.fortnight(3).quotes(inLog: logID).first?.memo, "Compare with MID-05")
        XCTAssertEqual(effects.count, 1)
        harness.press(.char("x"))
        XCTAssertTrue(harness.state.project.fortnight(3).quotes(inLog: logID).isEmpty)
        harness.press(.char("u"))
        XCTAssertEqual(harness.state.project.fortnight(3).quotes(inLog: logID).first?.memo, "Compare with MID-05")
    }

    func testAKeyWithNoConcernSaysSo() {
        var project = Harness.sample
        var concern = project.codebook.concerns[8]
        concern.key = nil
        project.apply(.putConcern(concern: concern, position: nil))
        var harness = Harness(project: project)
        harness.press(.enter)
        harness.assert(.char("9")) { state in
            state.message = "No concern is bound to 9; bind one on the Codebook screen"
        }
    }

    func testPickingAConcernFromTheList() {
        var harness = readerOnUntaggedLog()
        harness.press(.char("t"), .down, .down, .enter, .escape)
        XCTAssertNil(harness.state.modal)
        XCTAssertEqual(harness.state.project.fortnight(3).quotes(inLog: logID).first?.concerns, ["integrated-pathways"])
    }

    func testStepsThroughLogsAndQuotes() {
        var harness = Harness()
        harness.press(.enter)
        let first = harness.state.reader?.logID
        harness.press(.char("]"))
        XCTAssertNotEqual(harness.state.reader?.logID, first)
        harness.press(.char("["))
        XCTAssertEqual(harness.state.reader?.logID, first)
        harness.press(.char("["))
        XCTAssertEqual(harness.state.message, "This is the first log")
        harness.press(.char("}"))
        let quotes = harness.state.project.fortnight(3).quotes(inLog: first!)
        XCTAssertEqual(harness.state.reader?.selection.range, quotes[0].range)
        harness.press(.char("}"))
        XCTAssertEqual(harness.state.reader?.selection.range, quotes[1].range)
        harness.press(.char("{"))
        XCTAssertEqual(harness.state.reader?.selection.range, quotes[0].range)
    }
}
