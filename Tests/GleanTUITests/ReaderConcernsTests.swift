import GleanTUI
import XCTest

@testable import GleanCore

/// Concerns visible while coding: names in the quote pane, the number keys in help, the `t` picker, and the message
/// when a selection reaches the end of its section.
final class ReaderConcernsTests: XCTestCase {
    private func row(_ buffer: ScreenBuffer, containing text: String) -> Int? {
        buffer.lines.firstIndex { $0.contains(text) }
    }

    /// The column where `text` starts in row `y` (one cell per character, as in these ASCII-only rows).
    private func column(_ buffer: ScreenBuffer, of text: String, inRow y: Int) -> Int? {
        guard let range = buffer.lines[y].range(of: text) else { return nil }
        return buffer.lines[y].distance(from: buffer.lines[y].startIndex, to: range.lowerBound)
    }

    /// The Reader on EE-09's untagged fortnight-3 log, its first sentence selected.
    private func readerOnUntaggedLog(width: Int = 80, height: Int = 24) -> Harness {
        var harness = Harness(width: width, height: height)
        harness.press(.char("f"), .down, .enter, .enter)
        return harness
    }

    private func look(_ harness: Harness, _ id: String) -> Style {
        ConcernLooks(harness.state.project.codebook, depth: harness.state.colourDepth).style(of: id)
    }

    func testQuotePaneNamesConcernsInTheirColoursAt80x24() throws {
        var harness = readerOnUntaggedLog()
        harness.state.colourDepth = .palette256
        harness.press(.char("9"), .char("2"))
        let buffer = harness.screen
        let pane = try XCTUnwrap(row(buffer, containing: "─ Quotes in this log (1)"))
        XCTAssertTrue(
            buffer.trimmedLine(pane + 1).hasPrefix("▸ Patient feedback, Staff wellbeing “Video now"),
            buffer.trimmedLine(pane + 1))
        let patient = try XCTUnwrap(column(buffer, of: "Patient", inRow: pane + 1))
        let staff = try XCTUnwrap(column(buffer, of: "Staff", inRow: pane + 1))
        XCTAssertEqual(buffer.style(x: patient, y: pane + 1), look(harness, "patient-feedback"))
        XCTAssertEqual(buffer.style(x: staff, y: pane + 1), look(harness, "staff-wellbeing"))
        XCTAssertEqual(buffer.style(x: staff, y: pane + 1).foreground, .indexed(220), "gold on 256 colours")
        XCTAssertNotEqual(
            buffer.style(x: patient, y: pane + 1).foreground, buffer.style(x: staff, y: pane + 1).foreground)
        XCTAssertEqual(buffer.style(x: staff - 2, y: pane + 1).foreground, .default, "the separator is not a concern's")
    }

    func testQuotePaneCutsNamesEvenlyAt40x12() throws {
        var harness = readerOnUntaggedLog(width: 40, height: 12)
        harness.press(.char("9"), .char("5"))
        harness.state.message = nil  // at 40 columns the wrapped "Tagged …" message covers the pane until the next key
        let buffer = harness.screen
        let pane = try XCTUnwrap(
            row(buffer, containing: "─ Quotes in this log (1)"), buffer.lines.joined(separator: "\n"))
        XCTAssertTrue(
            buffer.trimmedLine(pane + 1).hasPrefix("▸ Digital a…, Staff wel… “Video"), buffer.trimmedLine(pane + 1))
        XCTAssertEqual(buffer.style(x: 2, y: pane + 1), Style(foreground: .red), "Digital and health inequalities")
        XCTAssertEqual(buffer.style(x: 14, y: pane + 1), Style(foreground: .yellow, underline: true), "Staff wellbeing")
        XCTAssertLessThan(pane + 1, 11, "the pane sits above the status bar")
    }

    func testCodebookAndCountsSwatchesMatchTheReadersLooks() throws {
        var harness = Harness()
        harness.state.colourDepth = .palette256
        harness.press(.tab)
        var buffer = harness.screen
        let counts = try XCTUnwrap(row(buffer, containing: "Staff wellbeing"))
        XCTAssertEqual(buffer.style(x: 1, y: counts), Style(foreground: .indexed(220)))
        harness.press(.tab)
        buffer = harness.screen
        let codebook = try XCTUnwrap(row(buffer, containing: "Staff wellbeing"))
        XCTAssertEqual(buffer[x: 4, y: codebook].grapheme, "■")
        XCTAssertEqual(buffer.style(x: 4, y: codebook).foreground, .indexed(220))
    }

    func testHelpInTheReaderListsTheNumberKeysFirst() throws {
        var harness = Harness()
        harness.press(.enter, .char("?"))
        let buffer = harness.screen
        XCTAssertEqual(buffer.trimmedLine(2), " Concern keys")
        XCTAssertTrue(buffer.style(x: 1, y: 2).underline)
        XCTAssertTrue(
            buffer.trimmedLine(3).hasPrefix("  1") && buffer.trimmedLine(3).hasSuffix("Improvement tools"),
            buffer.trimmedLine(3))
        let name = try XCTUnwrap(column(buffer, of: "Improvement tools", inRow: 3))
        XCTAssertEqual(buffer.style(x: name, y: 3), Style(foreground: .green))
        let nine = try XCTUnwrap(row(buffer, containing: "Staff wellbeing"))
        XCTAssertEqual(nine, 11)
        XCTAssertEqual(buffer.trimmedLine(13), " Reader", "then the key table")
        harness.press(.escape, .char("q"))
        harness.press(.char("?"))
        XCTAssertNil(row(harness.screen, containing: "Concern keys"), "only the Reader lists them")
    }

    func testPickerTicksFiltersAndToggles() throws {
        var harness = Harness()
        harness.press(.enter, .char("}"), .char("t"))
        var buffer = harness.screen
        XCTAssertTrue(
            buffer.lines.contains { $0.contains("[x] 2 Patient feedback") }, buffer.lines.joined(separator: "\n"))
        XCTAssertTrue(buffer.lines.contains { $0.contains("[ ] 1 Improvement tools") })
        let ticked = try XCTUnwrap(row(buffer, containing: "[x] 2 Patient feedback"))
        let name = try XCTUnwrap(column(buffer, of: "Patient feedback", inRow: ticked))
        XCTAssertEqual(buffer.style(x: name, y: ticked).foreground, .cyan)

        harness.type("wellq")
        buffer = harness.screen
        XCTAssertTrue(buffer.lines.contains { $0.contains("Filter: wellq") })
        XCTAssertNotNil(
            row(buffer, containing: "+ Create “wellq”"), "q goes to the filter, it does not close the picker")
        harness.press(.backspace)
        buffer = harness.screen
        XCTAssertNotNil(row(buffer, containing: "[ ] 9 Staff wellbeing"))
        XCTAssertNil(row(buffer, containing: "Improvement tools"), "the filter hides other concerns")
        XCTAssertEqual(
            row(buffer, containing: "+ Create “well”"), row(buffer, containing: "Staff wellbeing")! + 1,
            "create comes last")
        harness.press(.enter)
        let quote = Tagging(harness).quote
        XCTAssertEqual(quote?.concerns, ["patient-feedback", "staff-wellbeing"])
        buffer = harness.screen
        XCTAssertNotNil(row(buffer, containing: "[x] 9 Staff wellbeing"), "the picker stays open, its filter cleared")
        XCTAssertNotNil(row(buffer, containing: "[ ] 1 Improvement tools"))

        harness.press(.escape)
        XCTAssertNil(harness.state.modal)
    }

    func testPickerOnAnEmptyCodebookSaysHowToStart() throws {
        var project = Harness.sample
        for concern in project.codebook.concerns { project.apply(.removeConcern(id: concern.id)) }
        var harness = Harness(project: project)
        harness.press(.enter, .char("t"))
        XCTAssertNotNil(
            row(harness.screen, containing: "Type a name to create a concern"),
            harness.screen.lines.joined(separator: "\n"))
        harness.type("Access")
        harness.press(.enter)
        XCTAssertEqual(harness.state.project.codebook.concerns.map(\.name), ["Access"])
        XCTAssertEqual(harness.state.project.codebook.concerns.first?.theme, "Concerns")
        XCTAssertEqual(harness.state.project.codebook.concerns.first?.key, 1)
    }

    func testPickerNavigatesByRowPageAndEnds() throws {
        var harness = Harness(width: 40, height: 12)
        harness.press(.enter, .char("t"))
        let rows = harness.screen.lines.filter { $0.contains("[ ] ") || $0.contains("[x] ") }
        XCTAssertEqual(rows.count, 5, "five rows show at 40×12")
        harness.press(.pageDown)
        XCTAssertEqual(harness.state.modal, .concernPicker(picker(selected: 5)), "a page is the rows shown")
        harness.press(.pageDown)
        XCTAssertEqual(harness.state.modal, .concernPicker(picker(selected: 8)))
        harness.press(.pageUp, .down)
        XCTAssertEqual(harness.state.modal, .concernPicker(picker(selected: 4)))
        harness.press(.end)
        XCTAssertEqual(harness.state.modal, .concernPicker(picker(selected: 8)))
        XCTAssertNotNil(row(harness.screen, containing: "Staff wellbeing"), "the highlighted row scrolls into view")
        harness.press(.home)
        XCTAssertEqual(harness.state.modal, .concernPicker(picker(selected: 0)))
    }

    func testPickerCreatesAConcernAndTagsItInOneEdit() throws {
        var harness = Harness()
        harness.press(.enter, .char("}"))
        let before = harness.state.project
        harness.press(.char("t"))
        harness.type("Remote consent")
        XCTAssertNotNil(row(harness.screen, containing: "+ Create “Remote consent” in Continued progress"))
        harness.press(.enter)
        let created = try XCTUnwrap(harness.state.project.codebook.concerns.first { $0.name == "Remote consent" })
        XCTAssertEqual(created.theme, "Continued progress", "the theme of the quote's first concern")
        XCTAssertEqual(Tagging(harness).quote?.concerns.contains(created.id), true)
        XCTAssertEqual(harness.state.message, "Created Remote consent in Continued progress and tagged it")
        XCTAssertNotNil(row(harness.screen, containing: "[x]   Remote consent"), "every key is taken in the sample")
        harness.press(.escape, .char("u"))
        assertNoDifference(harness.state.project, before, "one undo removes the concern and the tag together")
    }

    func testExtendingPastTheEndOfASectionSaysWhy() throws {
        var harness = readerOnUntaggedLog()
        let section = harness.state.reader!.selection.section
        for _ in 0..<40 { harness.press(.char("J")) }
        XCTAssertEqual(harness.state.reader?.selection.section, section)
        XCTAssertEqual(harness.state.message, "“Progress” ends here: a quote stays in one section")
        XCTAssertTrue(harness.screen.trimmedLine(23).contains("“Progress” ends here: a quote stays in one section"))
        harness.press(.char("K"))
        harness.state.message = nil
        harness.press(.char(">"))
        XCTAssertNil(harness.state.message, "no message while the selection still grows")
        harness.press(.escape, .char("g"))
        harness.state.message = nil
        harness.press(.char("b"))
        XCTAssertEqual(harness.state.message, "“Progress” starts here: a quote stays in one section")
    }

    private func picker(selected: Int) -> ConcernPicker {
        var picker = ConcernPicker()
        picker.selected = selected
        return picker
    }
}

/// The quote under the Reader's selection, with exactly its range.
private struct Tagging {
    let quote: Quote?

    init(_ harness: Harness) {
        let reader = harness.state.reader!
        quote = harness.state.project.fortnight(reader.fortnight).quotes(inLog: reader.logID).first {
            $0.section == reader.selection.section && $0.range == reader.selection.range
        }
    }
}
