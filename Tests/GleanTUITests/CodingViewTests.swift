import GleanCore
import GleanTUI
import XCTest

/// Whose coding is on screen: others' quotes marked with their name (everyone), faint in the text and left out of
/// lists and counts (mine), or hidden without a trace (blind); at 80×24 and 40×12.
final class CodingViewTests: XCTestCase {
    /// The sample's quote in the first log of fortnight 3, made by "facilitator", not by the tester.
    private let othersQuote = "Our patient survey"

    private func reader(width: Int = 80, height: Int = 24, views: Int = 0) -> Harness {
        var harness = Harness(width: width, height: height)
        harness.press(.enter)
        for _ in 0..<views { harness.press(.char("v")) }
        return harness
    }

    private func row(_ buffer: ScreenBuffer, containing text: String, from start: Int = 0) -> Int? {
        buffer.lines.indices.dropFirst(start).first { buffer.lines[$0].contains(text) }
    }

    private func column(_ buffer: ScreenBuffer, of text: String, inRow y: Int) -> Int? {
        var line = ""
        for x in 0..<buffer.width {
            line += buffer[x: x, y: y].grapheme
            if line.hasSuffix(text) { return x - (text.count - 1) }
        }
        return nil
    }

    private func quotePane(_ buffer: ScreenBuffer) -> [String] {
        guard let title = row(buffer, containing: "quotes in this log") ?? row(buffer, containing: "Quotes in this log")
        else { return [] }
        return Array(buffer.lines[(title + 1)..<(buffer.height - 1)])
    }

    func testEveryoneMarksOthersQuotesWithTheirName() throws {
        var harness = reader()
        harness.press(.char("1"))
        let buffer = harness.screen
        let title = try XCTUnwrap(row(buffer, containing: "─ Quotes in this log (5)"))
        let mine = try XCTUnwrap(row(buffer, containing: "Improvement tools", from: title))
        XCTAssertFalse(
            buffer.lines[mine].contains("facilitator"), "my own quote carries no name: \(buffer.lines[mine])")
        let others = try XCTUnwrap(row(buffer, containing: othersQuote, from: title))
        XCTAssertTrue(
            buffer.trimmedLine(others).hasPrefix("  facilitator Patient feedback"), buffer.trimmedLine(others))
        let mark = try XCTUnwrap(column(buffer, of: "facilitator", inRow: others))
        XCTAssertEqual(buffer.style(x: mark, y: others), Style(foreground: .magenta, underline: true))
        let text = try XCTUnwrap(column(buffer, of: othersQuote, inRow: 4))
        XCTAssertEqual(buffer.style(x: text, y: 4).foreground, .cyan, "others' quotes keep their concern's colour")
        XCTAssertFalse(buffer.trimmedLine(23).contains("everyone"), "the everyone view is not announced")
    }

    func testARosterOfNamesNamesOthersQuotes() throws {
        var harness = reader()
        harness.state.coding.names = FacilitatorNames(known: ["facilitator": "Ana Ruiz-Delgado"])
        let buffer = harness.screen
        let others = try XCTUnwrap(row(buffer, containing: othersQuote, from: 17))
        XCTAssertTrue(
            buffer.trimmedLine(others).hasPrefix("  Ana Ruiz-De… Patient feedback"), buffer.trimmedLine(others))
    }

    func testMineListsOnlyMyQuotesAndDrawsOthersFaint() throws {
        var harness = reader()
        harness.press(.char("1"), .char("v"))
        XCTAssertEqual(harness.state.coding.view, .mine)
        let buffer = harness.screen
        XCTAssertTrue(
            buffer.trimmedLine(23).hasPrefix(" F3 w/e 17 May │ mine: tester │ … saving │"), buffer.trimmedLine(23))
        XCTAssertTrue(buffer.style(x: 17, y: 23).bold, "the view stands out in the status bar")
        XCTAssertNotNil(row(buffer, containing: "─ My quotes in this log (1)"))
        XCTAssertFalse(quotePane(buffer).contains { $0.contains("facilitator") || $0.contains(othersQuote) })
        let text = try XCTUnwrap(column(buffer, of: othersQuote, inRow: 4))
        XCTAssertEqual(buffer.style(x: text, y: 4), Style(dim: true), "others' passages are faint, not coloured")
    }

    func testBlindHidesOthersQuotesEverywhere() throws {
        var harness = reader(views: 2)
        XCTAssertEqual(harness.state.coding.view, .blind)
        var buffer = harness.screen
        XCTAssertTrue(
            buffer.trimmedLine(23).hasPrefix(" F3 w/e 17 May │ blind: tester │ ✓ saved │"), buffer.trimmedLine(23))
        let text = try XCTUnwrap(column(buffer, of: othersQuote, inRow: 4))
        XCTAssertEqual(buffer.style(x: text, y: 4), Style(), "others' passages are not highlighted")
        XCTAssertEqual(buffer[x: 0, y: 4].grapheme, " ", "no concern bar beside others' passages")
        XCTAssertNil(row(buffer, containing: "in this log"), "no quote pane when I have no quotes here")
        harness.press(.char("}"))
        XCTAssertEqual(harness.state.reader?.selection.range.lowerBound, 0, "} does not stop at others' quotes")

        harness.press(.char("q"))
        buffer = harness.screen
        XCTAssertTrue(buffer.trimmedLine(2).contains("· 0 quotes ·"), buffer.trimmedLine(2))
        let ee04 = try XCTUnwrap(row(buffer, containing: "EE-04"))
        XCTAssertTrue(buffer.trimmedLine(ee04).hasSuffix("no quotes"), buffer.trimmedLine(ee04))
        harness.press(.char("v"))
        XCTAssertEqual(harness.state.coding.view, .everyone, "v comes back round to everyone")
        XCTAssertTrue(harness.screen.trimmedLine(ee04).hasSuffix("4 quotes"), harness.screen.trimmedLine(ee04))
    }

    func testBlindTaggingOnOthersPassageMakesANewQuoteOfMine() throws {
        var harness = reader()
        harness.press(.char("}"))
        let theirs = try XCTUnwrap(
            harness.state.project.fortnight(3).quotes.first { harness.state.reader?.selection.range == $0.range })
        harness.press(.char("v"), .char("v"))
        harness.press(.char("t"))
        XCTAssertTrue(harness.screen.lines.contains { $0.contains("[ ]") }, "the picker is open")
        XCTAssertFalse(harness.screen.lines.contains { $0.contains("[x]") }, "others' concerns are not ticked")
        harness.press(.escape, .char("1"))
        let quotes = harness.state.project.fortnight(3).quotes.filter {
            $0.range == theirs.range && $0.log == theirs.log
        }
        XCTAssertEqual(quotes.count, 2)
        XCTAssertEqual(quotes.first { $0.id == theirs.id }, theirs, "their quote is never edited")
        let mine = try XCTUnwrap(quotes.first { $0.id != theirs.id })
        XCTAssertEqual(mine.coder, "tester")
        XCTAssertEqual(mine.concerns, ["improvement-tools"])
    }

    private func quoted(_ quote: Quote, _ project: Project) -> String {
        guard let log = project.fortnight(3).logs.first(where: { $0.id == quote.log }) else { return "" }
        let scalars = log.sections[quote.section].text.unicodeScalars.dropFirst(quote.start).prefix(
            quote.end - quote.start)
        return String(String.UnicodeScalarView(scalars))
    }

    func testAutocodingInMineOrBlindMakesQuotesOfMyOwnAndNeverAddsToAnothers() throws {
        for views in [1, 2] {
            var harness = reader(views: views)
            harness.press(.char("q"))
            let before = harness.state.project.fortnight(3).quotes
            let theirs = try XCTUnwrap(
                before.first { $0.coder != "tester" && quoted($0, harness.state.project).hasPrefix(othersQuote) })
            harness.press(.char("A"), .enter)
            harness.type(othersQuote)
            harness.press(.enter)
            XCTAssertEqual(harness.finishAutocoding(), [], "view \(views): the preview opens")
            harness.press(.char("y"))
            let after = harness.state.project.fortnight(3).quotes
            XCTAssertEqual(after.first { $0.id == theirs.id }, theirs, "view \(views): their quote is never edited")
            let mine = after.filter { $0.log == theirs.log && $0.range == theirs.range && $0.id != theirs.id }
            XCTAssertEqual(mine.map(\.coder), ["tester"], "view \(views): a quote of my own on their passage")
            XCTAssertEqual(mine.first?.concerns, [harness.state.project.codebook.concerns[0].id])
        }
    }

    func testEveryoneTaggingStillAddsToTheQuoteThere() throws {
        var harness = reader()
        harness.press(.char("}"), .char("1"))
        let quotes = harness.state.project.fortnight(3).quotes.filter { $0.log == "EE-04-2020-05-16" }
        XCTAssertEqual(quotes.count, 4)
        XCTAssertEqual(quotes.first { $0.start == 85 }?.concerns, ["improvement-tools", "patient-feedback"])
    }

    func testTheCountsScreenCountsOnlyShownQuotes() {
        var harness = Harness()
        harness.press(.char("v"), .char("v"))
        XCTAssertEqual(harness.state.shownProject.fortnights.values.flatMap(\.quotes).count, 0)
        harness.press(.char("v"))
        assertNoDifference(harness.state.shownProject, harness.state.project)
    }

    func testSmallWindowKeepsTheViewNameAndMarks() throws {
        var harness = reader(width: 40, height: 12)
        var buffer = harness.screen
        let others = try XCTUnwrap(row(buffer, containing: "facilitator"))
        let mark = try XCTUnwrap(column(buffer, of: "facilitator", inRow: others))
        XCTAssertTrue(buffer.style(x: mark, y: others).underline)
        harness.press(.char("v"))
        buffer = harness.screen
        XCTAssertTrue(buffer.trimmedLine(11).hasPrefix(" F3 │ mine: tester │ ✓ saved │"), buffer.trimmedLine(11))
        harness.press(.char("v"))
        buffer = harness.screen
        XCTAssertTrue(buffer.trimmedLine(11).hasPrefix(" F3 │ blind: tester │ ✓ saved │"), buffer.trimmedLine(11))
        XCTAssertFalse(buffer.lines.contains { $0.contains("facilitator") })
        for y in 0..<buffer.height { XCTAssertLessThanOrEqual(buffer.trimmedLine(y).count, 40) }
    }

    func testTheMessageSaysWhatAViewShows() {
        var harness = reader()
        harness.press(.char("v"))
        XCTAssertEqual(harness.state.message, "View mine: only my quotes; others' passages are faint in the text")
        harness.press(.char("v"))
        XCTAssertEqual(harness.state.message, "View blind: only my quotes; others' are hidden entirely")
    }
}
