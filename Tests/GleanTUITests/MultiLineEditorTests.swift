import GleanCore
import GleanTUI
import XCTest

/// The multi-line editor's model: typing, word wrap, cursor movement.
final class MultiLineEditorTests: XCTestCase {
    private func typed(_ text: String, width: Int = 10) -> MultiLineEditor {
        var editor = MultiLineEditor()
        for character in text { _ = editor.handle(character == "\n" ? .enter : .character(character), width: width) }
        return editor
    }

    private func rows(_ editor: MultiLineEditor, width: Int = 10) -> [String] {
        editor.rows(width: width).map { String(editor.characters[$0.start..<$0.drawnEnd]) }
    }

    func testWordsWrapAtTheWidthAndLongWordsBreak() {
        XCTAssertEqual(rows(typed("the quick brown fox jumps")), ["the quick", "brown fox", "jumps"])
        XCTAssertEqual(rows(typed("abcdefghijklmno")), ["abcdefghij", "klmno"])
        XCTAssertEqual(rows(typed("one\n\ntwo")), ["one", "", "two"])
        XCTAssertEqual(rows(MultiLineEditor()), [""])
    }

    func testTheCursorFollowsTypingAcrossAWrap() {
        let editor = typed("the quick brown")
        XCTAssertEqual(editor.cursorPosition(width: 10).row, 1)
        XCTAssertEqual(editor.cursorPosition(width: 10).column, 5)
    }

    func testUpAndDownKeepTheColumnAndHomeEndStayOnTheRow() {
        var editor = typed("the quick brown fox jumps")
        _ = editor.handle(.up, width: 10)
        XCTAssertEqual(editor.cursorPosition(width: 10).row, 1)
        XCTAssertEqual(editor.cursorPosition(width: 10).column, 5, "jumps| → brown|")
        _ = editor.handle(.up, width: 10)
        XCTAssertEqual(editor.cursorPosition(width: 10).column, 5)
        _ = editor.handle(.home, width: 10)
        XCTAssertEqual(editor.cursor, 0)
        _ = editor.handle(.end, width: 10)
        XCTAssertEqual(editor.cursor, 9, "the end of “the quick”")
        _ = editor.handle(.down, width: 10)
        _ = editor.handle(.down, width: 10)
        XCTAssertEqual(editor.cursor, editor.characters.count, "the last row is shorter: its end")
        _ = editor.handle(.down, width: 10)
        XCTAssertEqual(editor.cursor, editor.characters.count)
    }

    func testLeftRightBackspaceAndDelete() {
        var editor = typed("ab\ncd")
        _ = editor.handle(.left, width: 10)
        _ = editor.handle(.left, width: 10)
        _ = editor.handle(.backspace, width: 10)
        XCTAssertEqual(editor.text, "abcd", "the line break is deleted like a character")
        _ = editor.handle(.delete, width: 10)
        XCTAssertEqual(editor.text, "abd")
        _ = editor.handle(.right, width: 10)
        _ = editor.handle(.right, width: 10)
        XCTAssertEqual(editor.cursor, 3)
        XCTAssertFalse(editor.handle(.control("s"), width: 10))
    }
}

/// The editor in the interface: paragraphs from the Counts screen, the note's parts, save, cancel and its screen.
final class MultiLineEditorScreenTests: XCTestCase {
    private func counts(width: Int = 80) -> Harness {
        var harness = Harness(width: width)
        harness.press(.tab)
        return harness
    }

    func testPOnTheCountsScreenWritesTheConcernsParagraphForTheFortnight() {
        var harness = counts()
        harness.press(.down, .left, .char("p"))
        guard case .text(let editing) = harness.state.modal else { return XCTFail("no editor") }
        XCTAssertEqual(editing.purpose, .paragraph(fortnight: 2, concern: "patient-feedback"))
        harness.type("Feedback stays warm.")
        harness.press(.enter)
        harness.type("Fewer said so.")
        let effects = harness.press(.control("s"))
        var note = Harness.sample.fortnight(2).note
        note.paragraphs["patient-feedback"] = "Feedback stays warm.\nFewer said so."
        XCTAssertEqual(
            effects,
            [
                .record(
                    Edit(
                        summary: "Saved Paragraph on Patient feedback · Fortnight 2",
                        changes: [.setNote(fortnight: 2, note: note)]))
            ])
        XCTAssertEqual(
            harness.state.project.fortnight(2).note.paragraphs["patient-feedback"],
            "Feedback stays warm.\nFewer said so.")
        harness.press(.char("u"))
        XCTAssertNil(harness.state.project.fortnight(2).note.paragraphs["patient-feedback"], "one undoable edit")
    }

    func testEscapeAsksBeforeThrowingChangesAway() {
        var harness = counts()
        harness.press(.char("p"))
        harness.type("Draft")
        harness.press(.escape)
        guard case .text(let editing) = harness.state.modal else { return XCTFail("closed without asking") }
        XCTAssertTrue(editing.confirmingCancel)
        XCTAssertTrue(harness.screen.lines.joined().contains("Discard your changes? y discards"))
        harness.press(.char("n"))
        guard case .text(let still) = harness.state.modal else { return XCTFail("closed on n") }
        XCTAssertEqual(still.editor.text, "Draft", "n keeps the text and is not typed")
        harness.press(.escape, .char("y"))
        XCTAssertNil(harness.state.modal)
        assertNoDifference(harness.state.project, Harness.sample)
        XCTAssertEqual(harness.state.message, "Your changes were thrown away")
    }

    func testTheScreenShowsTheWholeTextWrappedWithTheCursor() {
        var harness = counts(width: 40)
        harness.press(.char("p"))
        let words = "Teams tried quick cycles of change and shared dashboards every week with their boards"
        harness.type(words)
        let screen = harness.screen
        XCTAssertTrue(screen.trimmedLine(1).hasPrefix(" Paragraph on Improvement tools"))
        XCTAssertTrue(screen.trimmedLine(2).hasPrefix(" Leave empty to use the concern"))
        let body = (3..<7).map { screen.trimmedLine($0).trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(
            body, ["Teams tried quick cycles of change", "and shared dashboards every week", "with their boards", ""])
        XCTAssertTrue(screen.style(x: 19, y: 5).reverse, "the cursor after “boards”")
        XCTAssertFalse(screen.style(x: 18, y: 5).reverse)
        XCTAssertTrue(
            (3..<7).allSatisfy {
                DisplayWidth.of(screen.trimmedLine($0)) <= 2 + TextEditing.wrapWidth(for: harness.state.size)
            })
    }

    func testALongTextScrollsToKeepTheCursorInView() {
        var harness = Harness(width: 40, height: 12)
        harness.press(.tab, .char("p"))
        for line in 1...20 {
            harness.type("line \(line)")
            harness.press(.enter)
        }
        harness.type("last")
        XCTAssertEqual(harness.screen.trimmedLine(10).trimmingCharacters(in: .whitespaces), "last")
        for _ in 0..<21 { harness.press(.up) }
        XCTAssertEqual(harness.screen.trimmedLine(3).trimmingCharacters(in: .whitespaces), "line 1")
    }

    func testKSetsTheKeyConcernRule() {
        var harness = counts()
        harness.press(.char("K"), .control("u"))
        harness.type("20%")
        let effects = harness.press(.enter)
        XCTAssertEqual(
            effects,
            [
                .record(
                    Edit(
                        summary: "Key concerns: at least 20%",
                        changes: [.setKeyConcernRule(rule: .atLeast(percent: 20))]))
            ])
        XCTAssertTrue(harness.screen.trimmedLine(1).contains("key: at least 20%"))
        harness.press(.char("K"), .control("u"))
        harness.type("lots")
        harness.press(.enter)
        XCTAssertEqual(harness.state.project.keyConcernRule, .atLeast(percent: 20))
        XCTAssertTrue(harness.state.message?.contains("is not a rule") == true)
    }
}
