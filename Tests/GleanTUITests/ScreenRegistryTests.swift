import GleanCore
import XCTest

@testable import GleanTUI

/// The screen registry gives every screen a title, keys, a view and an update: the help heads the screen's keys with
/// its title, Tab goes round the screens with tabs, and the key map lists each screen's keys under its title.
final class ScreenRegistryTests: XCTestCase {
    func testEveryScreenHasATitleAndAKeyContextWithBindings() {
        for screen in ScreenID.allCases {
            let entry = screen.entry
            XCTAssertFalse(entry.title.isEmpty, "\(screen)")
            XCTAssertEqual(
                entry.keys.entry.keys, entry.keys, "\(screen) takes the keys of a screen with keys of its own")
            XCTAssertTrue(KeyContext.allCases.contains(.screen(entry.keys)), "\(screen)")
            XCTAssertTrue(KeyMap.bindings.contains { $0.context == .screen(entry.keys) }, "\(screen) has keys")
        }
        XCTAssertEqual(Set(ScreenID.allCases.map(\.entry.title)).count, ScreenID.allCases.count, "titles are distinct")
        XCTAssertEqual(ScreenID.tabs, [.logs, .counts, .codebook])
        XCTAssertEqual(
            KeyContext.allCases.map(\.name),
            [
                "Everywhere", "Logs", "Reader", "Counts", "Codebook", "Quote list", "Agreement", "Disagreements",
                "Import preview", "Pick list", "Concern picker", "Help", "Messages", "Prompt", "Question",
                "Note editor",
            ])
    }

    func testHelpOnEveryScreenHeadsItsKeysWithTheTitleOfTheScreenWhoseKeysApply() {
        for screen in ScreenID.allCases {
            var harness = Harness(height: 40)
            harness.state.screen = screen
            harness.state.modal = .help(scroll: 0)
            let buffer = harness.screen
            let title = screen.entry.keys.entry.title
            guard let row = buffer.lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == title }) else {
                XCTFail("no heading \(title) in the help on \(screen):\n" + buffer.lines.joined(separator: "\n"))
                continue
            }
            XCTAssertEqual(buffer.style(x: 1, y: row), Style(bold: true, underline: true), "\(screen)'s heading")
        }
    }

    func testTabGoesRoundTheTabsUnderliningTheOneOnTop() {
        var harness = Harness()
        for expected in ScreenID.tabs.dropFirst() + [.logs] {
            harness.press(.tab)
            XCTAssertEqual(harness.state.screen, expected)
            let buffer = harness.screen
            let title = " \(expected.entry.title) "
            let x = buffer.line(0).distance(of: title)
            XCTAssertNotNil(x, "tab \(title) on the top row: \(buffer.line(0))")
            XCTAssertEqual(
                buffer.style(x: (x ?? 0) + 1, y: 0), Style(bold: true, underline: true), "\(expected) underlined")
        }
    }
}

extension String {
    /// The column where `other` starts in this line of single-width characters, if it does.
    fileprivate func distance(of other: String) -> Int? {
        range(of: other).map { distance(from: startIndex, to: $0.lowerBound) }
    }
}
