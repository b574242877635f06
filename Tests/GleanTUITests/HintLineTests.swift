import GleanCore
import XCTest

@testable import GleanTUI

/// The status bar's hints come from the key table: every key they name is bound where they are shown, they fit, and
/// "? help" is always there.
final class HintLineTests: XCTestCase {
    /// The status bar's text after the save indicator.
    private func hints(_ harness: Harness) -> String {
        let line = harness.screen.trimmedLine(harness.state.size.height - 1)
        return line.components(separatedBy: "│ ").last ?? ""
    }

    /// Whether every key `keys` names ("Enter", "1-9", "J/K", "←→") is bound in `context`.
    private func bound(_ keys: String, in context: KeyContext) -> Bool {
        let labels = Set(KeyMap.applying(in: context).flatMap(\.keys).map(KeyBinding.label))
        if labels.contains(keys) { return true }
        let parts =
            keys.contains("/") || keys.contains("-")
            ? keys.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init) : keys.map(String.init)
        return parts.allSatisfy(labels.contains)
    }

    private func assertHints(
        _ harness: Harness, _ context: KeyContext, keeps always: [String], file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let text = hints(harness)
        for entry in text.components(separatedBy: " · ") {
            let keys = String(entry.prefix { $0 != " " })
            XCTAssertTrue(
                bound(keys, in: context), "\"\(entry)\" names keys not bound in \(context)", file: file, line: line)
        }
        for kept in always {
            XCTAssertTrue(text.contains(kept), "\(context) hints \"\(text)\" keep \(kept)", file: file, line: line)
        }
        XCTAssertFalse(text.hasSuffix("…"), "hints are dropped, not cut: \(text)", file: file, line: line)
    }

    func testEveryScreenAndModalHintsOnlyKeysBoundThereAt80And40Columns() {
        for (width, height) in [(80, 24), (40, 12)] {
            var harness = Harness(width: width, height: height)
            assertHints(harness, .logs, keeps: ["? help"])
            harness.press(.char("f"))
            assertHints(harness, .picker, keeps: ["Esc cancel"])
            harness.press(.escape, .char("/"))
            assertHints(harness, .prompt, keeps: ["Esc cancel"])
            harness.press(.escape, .enter)
            assertHints(harness, .reader, keeps: ["? help"])
            harness.press(.char("?"))
            assertHints(harness, .help, keeps: ["Esc close"])
            harness.press(.escape, .tab)
            assertHints(harness, .counts, keeps: ["? help"])
            harness.press(.tab)
            assertHints(harness, .codebook, keeps: ["? help"])
            harness.press(.char("M"))
            assertHints(harness, .messages, keeps: ["Esc close"])
        }
    }

    func testTheLogsHintsAt80ColumnsFollowTheTable() {
        let harness = Harness()
        XCTAssertEqual(hints(harness), "Enter read · ←→ fortnight · d done · ? help", "what fits in 53 columns")
        XCTAssertEqual(
            HintLine.text(for: .logs, width: 200),
            "Enter read · ←→ fortnight · d done · f filter · n note · e export · q back · M messages · ↑↓ move · ? help"
        )
        XCTAssertTrue(harness.screen.style(x: 40, y: 23).reverse, "the hints sit in the reversed status bar")
        XCTAssertEqual(HintLine.text(for: .logs, width: 6), "? help", "the narrowest line keeps ? help")
        XCTAssertEqual(HintLine.text(for: .confirm, width: 80), "y yes · n no")
    }

    func testTheNoteEditorHintsComeFromTheTableAndItsDiscardQuestionToo() {
        var harness = Harness()
        harness.press(.char("n"), .enter)
        XCTAssertEqual(hints(harness), "Enter new line · Ctrl-S save · Esc cancel")
        harness.type("x")
        harness.press(.escape)
        XCTAssertEqual(hints(harness), "Discard your changes? y yes · n no")
        harness.press(.char("y"))
        XCTAssertNil(harness.state.modal)
    }

    func testEveryHintedBindingIsReachableThroughItsKeys() {
        for binding in KeyMap.bindings where binding.hint != nil {
            let key = binding.keys[0]
            let command = KeyMap.command(for: key, in: binding.context)
            XCTAssertTrue(
                command == binding.command
                    || (binding.command == .tag(0) && command == .tag(Int(KeyBinding.label(key)) ?? -1)),
                "\(binding.hintText ?? "") in \(binding.context) does \(String(describing: command))")
        }
    }
}
