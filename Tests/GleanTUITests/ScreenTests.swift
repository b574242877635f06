import GleanCore
import GleanTUI
import XCTest

/// Renders chosen states into the cell buffer at fixed sizes and checks lines and attributes.
final class ScreenTests: XCTestCase {
    private func row(_ buffer: ScreenBuffer, containing text: String) -> Int? {
        buffer.lines.firstIndex { $0.contains(text) }
    }

    private func column(_ buffer: ScreenBuffer, of text: String, inRow y: Int) -> Int? {
        var x = 0
        var line = ""
        while x < buffer.width {
            line += buffer[x: x, y: y].grapheme
            if line.hasSuffix(text) { return x - (text.count - 1) }
            x += 1
        }
        return nil
    }

    func testAFortnightRailOfThreeDigitFortnightsKeepsItsFiguresApart() {
        var project = Harness.sample
        project.fortnights = Dictionary(uniqueKeysWithValues: project.fortnights.map { ($0.key + 100, $0.value) })
        let buffer = Harness(project: project).screen
        let end = project.programme.lastDay(ofFortnight: 101).shortText
        XCTAssertEqual(end.count, 6, "a date as wide as the rail allows: \(end)")
        let rows = (0..<buffer.height).map { buffer.trimmedLine($0) }
        XCTAssertTrue(rows.contains { $0.hasPrefix(" F101 \(end) 27/27 ") }, rows.joined(separator: "\n"))
        XCTAssertTrue(
            rows.contains { $0.hasPrefix(" F99 ") && $0.contains(" 0/0 done ") }, rows.joined(separator: "\n"))
    }

    func testLogsScreenAt80x24() {
        let buffer = Harness().screen
        XCTAssertEqual(
            buffer.trimmedLine(0), " Glean  Logs  Counts  Codebook                Video consultations learning logs")
        XCTAssertEqual(buffer.trimmedLine(1), " Fortnight 3 — week ending Sunday 17 May 2020")
        XCTAssertEqual(buffer.trimmedLine(2), " 26 logs · 11/26 done (provisional) · 48 quotes · all logs")
        XCTAssertEqual(
            buffer.trimmedLine(3), " F1 19 Apr  27/27 done ● EE-04   primary        GP partner             4 quotes")
        XCTAssertEqual(
            buffer.trimmedLine(4), " F2 3 May   28/28 done ○ EE-09   secondary      Consultant rheumatol… no quotes")
        XCTAssertEqual(
            buffer.trimmedLine(5), " F3 17 May  11/26 done ◐ EE-11   community      Children's therapies…  3 quotes")
        XCTAssertEqual(buffer.style(x: 23, y: 4).dim, true, "not started is dim")
        XCTAssertEqual(buffer.style(x: 23, y: 5).foreground, .yellow, "in progress is yellow")
        XCTAssertTrue(buffer.style(x: 30, y: 3).reverse, "the selected log is reversed")
        XCTAssertFalse(buffer.style(x: 30, y: 4).reverse)
        XCTAssertTrue(buffer.style(x: 3, y: 5).reverse, "the current fortnight is highlighted")
        XCTAssertTrue(buffer.trimmedLine(23).hasPrefix(" F3 w/e 17 May │ ✓ saved │ Enter read"))
        XCTAssertTrue(buffer.style(x: 1, y: 23).reverse, "the status bar is reversed")
    }

    func testReaderShowsSectionsQuotesAndSelection() {
        var harness = Harness()
        harness.press(.enter)
        let buffer = harness.screen
        XCTAssertEqual(
            buffer.trimmedLine(1), " EE-04 · primary · GP partner · Saturday 16 May 2020              ● done · 1/26")
        XCTAssertEqual(buffer.trimmedLine(2), "  Progress")
        XCTAssertTrue(buffer.style(x: 2, y: 2).bold)
        XCTAssertTrue(buffer.trimmedLine(3).hasPrefix(" ▸We're still doing plenty of video"))
        XCTAssertTrue(buffer.style(x: 2, y: 3).reverse, "the first sentence is selected")
        let quoted = try! XCTUnwrap(column(buffer, of: "Our patient survey", inRow: 4))
        XCTAssertEqual(
            buffer.style(x: quoted, y: 4).foreground, .cyan, "patient feedback quotes are drawn in its colour")
        XCTAssertEqual(buffer[x: 0, y: 4].grapheme, "▌")
        let pane = try! XCTUnwrap(row(buffer, containing: "─ Quotes in this log (4)"))
        XCTAssertTrue(
            buffer.trimmedLine(pane + 1).hasPrefix("  facilitator Patient feedback “Our patient survey"),
            buffer.trimmedLine(pane + 1))
    }

    func testReaderWithoutColourUnderlinesQuotes() {
        var harness = Harness(colour: false)
        harness.press(.enter)
        let buffer = harness.screen
        let quoted = try! XCTUnwrap(column(buffer, of: "Our patient survey", inRow: 4))
        XCTAssertEqual(buffer.style(x: quoted, y: 4), Style(underline: true))
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                XCTAssertEqual(buffer.style(x: x, y: y).foreground, .default, "no colour at (\(x), \(y))")
            }
        }
    }

    func testTaggingShowsInTheQuotePaneAndMargin() {
        var harness = Harness()
        harness.press(.char("f"), .down, .enter, .enter)
        XCTAssertNil(row(harness.screen, containing: "Quotes in this log"))
        harness.press(.char("9"), .char("*"))
        let buffer = harness.screen
        let pane = try! XCTUnwrap(row(buffer, containing: "─ Quotes in this log (1)"))
        XCTAssertTrue(
            buffer.trimmedLine(pane + 1).hasPrefix("▸★Staff wellbeing “Video now accounts"),
            buffer.trimmedLine(pane + 1))
        XCTAssertEqual(buffer.style(x: 0, y: 3).foreground, .yellow)
        XCTAssertTrue(buffer.trimmedLine(23).contains("Featured the quote"))
        XCTAssertTrue(buffer.trimmedLine(23).contains("… saving"))
    }

    func testCountsScreenShowsChangeSparklineAndWindow() {
        var harness = Harness()
        harness.press(.tab)
        let buffer = harness.screen
        XCTAssertEqual(
            buffer.trimmedLine(1), " Counts · participants (% of writers), ▲▼ points · window 3 · key: top 5")
        let wellbeing = try! XCTUnwrap(row(buffer, containing: "Staff wellbeing"))
        XCTAssertEqual(
            buffer.trimmedLine(wellbeing), " 9 Staff wellbeing        3 11%      7 25% ▲14  9 35% *    ▃▆█   10 (19)")
        XCTAssertTrue(
            buffer.trimmedLine(row(buffer, containing: "Participants/logs")!).contains(
                "27/27 logs 28/28 logs 26/26 logs"))
        let cell = try! XCTUnwrap(column(buffer, of: "14 52%", inRow: row(buffer, containing: "Improvement tools")!))
        XCTAssertFalse(buffer.style(x: cell, y: row(buffer, containing: "Improvement tools")!).reverse)
        let cursor = try! XCTUnwrap(column(buffer, of: "2 8% *", inRow: row(buffer, containing: "Improvement tools")!))
        XCTAssertTrue(
            buffer.style(x: cursor, y: row(buffer, containing: "Improvement tools")!).reverse,
            "the cursor cell is reversed")
    }

    func testCountsBreakdownByCareSetting() {
        var harness = Harness()
        harness.press(.tab, .char("b"))
        let buffer = harness.screen
        XCTAssertEqual(
            buffer.trimmedLine(1), " Counts · participants (quotes) · window 3 · key: top 5 · F3 by care setting")
        XCTAssertTrue(
            buffer.trimmedLine(2).contains("community   mental hea… primary     secondary"), buffer.trimmedLine(2))
    }

    func testCodebookScreenListsConcernsWithSwatches() {
        var harness = Harness()
        harness.press(.tab, .tab)
        let buffer = harness.screen
        XCTAssertEqual(buffer.trimmedLine(1), " Codebook · 9 concerns in 2 themes")
        XCTAssertEqual(buffer.trimmedLine(2), " Continued progress")
        XCTAssertTrue(buffer.trimmedLine(3).hasPrefix("  1 ■ Improvement tools"))
        XCTAssertEqual(buffer.style(x: 4, y: 3).foreground, .green)
        XCTAssertTrue(buffer.style(x: 10, y: 3).reverse)
    }

    func testHelpIsGeneratedFromTheKeyTable() {
        var harness = Harness(height: 60)
        harness.press(.char("?"))
        let text = harness.screen.lines.joined(separator: "\n")
        for binding in KeyMap.help(for: .logs) {
            XCTAssertTrue(text.contains(binding.help), "help lacks “\(binding.help)”")
        }
        harness.press(.char("x"))
        XCTAssertNil(harness.state.modal)
    }

    func testPromptShowsTheTypedTextAndCursor() {
        var harness = Harness()
        harness.press(.char("/"))
        harness.type("video")
        let buffer = harness.screen
        XCTAssertEqual(buffer.trimmedLine(22), " Search: video")
        XCTAssertTrue(buffer.style(x: 14, y: 22).reverse, "the cursor cell after the text")
    }

    func testEveryScreenDrawsAt40x12() {
        var harness = Harness(width: 40, height: 12)
        let keys: [[KeyPress]] = [
            [], [.enter], [.char("?")], [.escape, .char("q"), .tab], [.enter], [.char("q"), .char("q"), .tab, .tab],
            [.char("b")],
        ]
        for step in keys {
            for key in step { harness.press(key) }
            let buffer = harness.screen
            XCTAssertEqual(buffer.lines.count, 12)
            XCTAssertTrue(buffer.trimmedLine(0).hasPrefix(" Glean"), "\(harness.state.screen)")
            XCTAssertTrue(
                buffer.trimmedLine(11).hasPrefix(" F3 w/e 17 May"), "\(harness.state.screen): \(buffer.trimmedLine(11))"
            )
            for line in buffer.lines { XCTAssertEqual(DisplayWidth.of(line), 40) }
        }
    }

    func testBelowTheMinimumSaysTheWindowIsTooSmall() {
        let buffer = Harness(width: 30, height: 10).screen
        XCTAssertNotNil(row(buffer, containing: "Window too small"))
        XCTAssertNotNil(row(buffer, containing: "30×10, needs 40×12"))
    }

    func testWideAndCombiningTextKeepsColumnsAligned() {
        var project = Harness.sample
        var fortnight = project.fortnight(3)
        fortnight.logs[0].sections[0].text =
            "漢字とかなの文章です。 Zoe\u{301} said 👩‍👩‍👧 and 🇬🇧 flags are fine. " + String(repeating: "終わり ", count: 20)
        project.fortnights[3] = fortnight
        project.fortnights[3]?.quotes.removeAll { $0.log == fortnight.logs[0].id }
        for width in [40, 57, 80, 120] {
            var harness = Harness(project: project, width: width, height: 24)
            harness.press(.enter)
            let buffer = harness.screen
            for (y, line) in buffer.lines.enumerated() {
                XCTAssertEqual(DisplayWidth.of(line), width, "row \(y) at width \(width): \(line)")
            }
            XCTAssertNotNil(row(buffer, containing: "漢字とかなの文章です。"))
        }
    }

    func testHostileTextIsShownAsPlaceholders() {
        var project = Harness.sample
        project.fortnights[3]?.logs[0].sections[0].text =
            "Hello \u{1b}]0;PWNED\u{07} and \u{1b}[2J and \u{202E}reversed."
        var harness = Harness(project: project)
        harness.press(.enter)
        let text = harness.screen.lines.joined()
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" })
        XCTAssertTrue(text.contains("␛]0;PWNED␇ and ␛[2J and �reversed."))
    }
}
