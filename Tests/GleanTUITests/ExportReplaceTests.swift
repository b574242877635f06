import GleanCore
import XCTest

@testable import GleanTUI

/// An export that would replace a file asks first; read-only mode refuses to export at all.
final class ExportReplaceTests: XCTestCase {
    func testAnExistingExportAsksBeforeItIsReplaced() {
        for (width, height) in [(80, 24), (40, 12)] {
            var harness = Harness(width: width, height: height)
            let path = "/home/facilitator/newcome/exports/summary-fortnight-003.md"
            let effects = Update.reduce(
                &harness.state, .exportWouldReplace(path: path, fortnight: 3, format: .markdown), harness.environment)
            XCTAssertEqual(effects, [])
            let screen = harness.screen
            let text = (0..<screen.height).map { screen.trimmedLine($0) }.joined(separator: "\n")
            let question = "…/summary-fortnight-003.md exists. Replace it? y/n"
            let words = question.split(separator: " ")
            XCTAssertTrue(words.allSatisfy { text.contains($0) }, "at \(width)×\(height):\n\(text)")
            let row = (0..<screen.height).first { screen.line($0).contains("Replace it?") }!
            let column = screen.line(row).distance(
                from: screen.line(row).startIndex, to: screen.line(row).range(of: "Replace")!.lowerBound)
            XCTAssertEqual(screen.style(x: column, y: row).foreground, .red, "the question is in the warning colour")
            XCTAssertTrue(screen.trimmedLine(height - 1).hasSuffix("y yes · n no"))

            XCTAssertEqual(harness.press(.char("n")), [])
            XCTAssertEqual(harness.state.message, "Nothing was exported")
            _ = Update.reduce(
                &harness.state, .exportWouldReplace(path: path, fortnight: 3, format: .markdown), harness.environment)
            XCTAssertEqual(harness.press(.char("y")), [.export(fortnight: 3, format: .markdown, replacing: true)])
        }
    }

    func testReadOnlyRefusesToExportImportOrAutocode() {
        var harness = Harness()
        harness.state.readOnly = true
        XCTAssertEqual(harness.press(.char("e")), [])
        XCTAssertNil(harness.state.modal, "no export picker opens")
        XCTAssertEqual(
            harness.state.message, "Exports are off in read-only mode (reopen without --read-only to export)")
        XCTAssertEqual(harness.press(.char("i")), [])
        XCTAssertNil(harness.state.modal)
        XCTAssertEqual(harness.press(.char("A")), [])
        XCTAssertNil(harness.state.modal)
    }
}
