import GleanCore
import XCTest

@testable import GleanTUI

/// Every list, pick list and scrolled view answers every navigation key of the key table the same way.
final class ListNavigationTests: XCTestCase {
    /// One list: how to open it, and where its highlighted row (or scroll position) and row count are.
    private struct List {
        var name: String
        var open: (inout Harness) -> Void
        var position: (AppState) -> Int?
        var count: (AppState) -> Int
        var page: Int
        var start: Int
    }

    /// The keys and where each must move from `current` in a list of `count` rows showing `page` at a time.
    private static var keys: [(KeyPress, String, (Int, Int, Int) -> Int)] {
        [
            (.char("j"), "j", { current, count, _ in min(count - 1, current + 1) }),
            (.down, "↓", { current, count, _ in min(count - 1, current + 1) }),
            (.char("k"), "k", { current, _, _ in max(0, current - 1) }),
            (.up, "↑", { current, _, _ in max(0, current - 1) }),
            (.char("g"), "g", { _, _, _ in 0 }),
            (.home, "Home", { _, _, _ in 0 }),
            (.char("G"), "G", { _, count, _ in count - 1 }),
            (.end, "End", { _, count, _ in count - 1 }),
            (.pageDown, "PgDn", { current, count, page in min(count - 1, current + page) }),
            (.char(" "), "Space", { current, count, page in min(count - 1, current + page) }),
            (.pageUp, "PgUp", { current, _, page in max(0, current - page) }),
        ]
    }

    private static func pickerSelection(_ state: AppState) -> Int? {
        if case .picker(let picker) = state.modal { return picker.selected }
        return nil
    }

    private static func pickerCount(_ state: AppState) -> Int {
        if case .picker(let picker) = state.modal { return picker.options.count }
        return 0
    }

    /// The lists at 80×24: lists page by 18 rows, scrolled views by 21 (the body less their heading).
    private static var lists: [List] {
        [
            List(
                name: "Logs", open: { _ in }, position: { $0.logs.selected }, count: { $0.visibleLogs.count }, page: 18,
                start: 4),
            List(
                name: "Counts", open: { $0.press(.tab) }, position: { $0.counts.row },
                count: { $0.project.codebook.concerns.count }, page: 18, start: 3),
            List(
                name: "Codebook", open: { $0.press(.tab, .tab) }, position: { $0.codebook.row },
                count: { $0.project.codebook.concerns.count }, page: 18, start: 3),
            List(
                name: "Quote list",
                open: { harness in
                    harness.press(.tab)
                    for row in harness.state.project.codebook.concerns.indices {
                        harness.state.counts.row = row
                        harness.press(.enter)
                        if harness.state.listedQuotes.count > 3 { return }
                        harness.press(.char("q"))
                    }
                },
                position: { $0.quoteList?.selected },
                count: { $0.listedQuotes.count }, page: 18, start: 1),
            List(
                name: "Filter picker", open: { $0.press(.char("f")) }, position: pickerSelection, count: pickerCount,
                page: 18, start: 1),
            List(
                name: "Export picker", open: { $0.press(.char("e")) }, position: pickerSelection, count: pickerCount,
                page: 18, start: 2),
            List(
                name: "Help", open: { $0.press(.char("?")) },
                position: { if case .help(let scroll) = $0.modal { return scroll } else { return nil } },
                count: { HelpView.lineCount($0) - 21 + 1 }, page: 21, start: 2),
            List(
                name: "Messages",
                open: { harness in
                    for number in 1...40 { harness.state.message = "Message \(number)" }
                    harness.press(.char("M"))
                },
                position: { if case .messages(let scroll) = $0.modal { return scroll } else { return nil } },
                count: { _ in 40 - 21 + 1 }, page: 21, start: 2),
        ]
    }

    func testEveryListAnswersEveryNavigationKey() {
        for list in Self.lists {
            for (key, name, expected) in Self.keys {
                var harness = Harness()
                list.open(&harness)
                let count = list.count(harness.state)
                XCTAssertGreaterThan(count, 2, "\(list.name) needs a few rows to test with")
                for _ in 0..<list.start { harness.press(.down) }
                let before = list.position(harness.state) ?? -1
                XCTAssertEqual(before, min(list.start, count - 1), "\(list.name): ↓ moves one row at a time")
                harness.press(key)
                XCTAssertEqual(
                    list.position(harness.state), expected(before, count, list.page),
                    "\(list.name): \(name) from row \(before) of \(count)")
            }
        }
    }

    func testAPickerStaysOpenOnGAndEndAndHighlightsTheLastOption() {
        var harness = Harness()
        harness.press(.char("e"))
        guard case .picker(let picker) = harness.state.modal else { return XCTFail("no export picker") }
        harness.press(.end)
        XCTAssertEqual(
            harness.state.modal,
            .picker(
                Picker(
                    title: picker.title, options: picker.options, selected: picker.options.count - 1,
                    purpose: picker.purpose)))
        let screen = harness.screen
        let last = try? XCTUnwrap(picker.options.last)
        let row = (0..<screen.height).first { screen.line($0).contains(last ?? "?") }
        let column = row.map {
            screen.line($0).distance(
                from: screen.line($0).startIndex, to: screen.line($0).range(of: last ?? "")!.lowerBound)
        }
        XCTAssertNotNil(row, "the last option is shown")
        if let row, let column {
            XCTAssertTrue(screen.style(x: column, y: row).reverse, "the last option is highlighted")
        }
        harness.press(.char("g"))
        if case .picker(let moved) = harness.state.modal {
            XCTAssertEqual(moved.selected, 0)
        } else {
            XCTFail("g closed the picker")
        }
        harness.press(.char("?"))
        XCTAssertNotNil(harness.state.modal, "a key the pick list does not bind does nothing")
        harness.press(.escape)
        XCTAssertNil(harness.state.modal)
    }
}
