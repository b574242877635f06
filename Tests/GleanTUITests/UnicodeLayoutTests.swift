import GleanCore
import GleanTUI
import XCTest

/// Combining marks, CJK, emoji, ZWJ sequences, flags and right-to-left text keep every column and border in place.
final class UnicodeLayoutTests: XCTestCase {
    private static let hostileNames = [
        "Zoe\u{301} e\u{301}tude", "漢字の懸念", "Wellbeing 👩‍👩‍👧", "Flags 🇬🇧🇫🇷", "שלום עולם", "مرحبا بالعالم", "Ｆｕｌｌｗｉｄｔｈ",
    ]

    /// The sample with a log and concern names written in every tricky script.
    private static func project() -> Project {
        var project = Harness.sample
        var fortnight = project.fortnight(3)
        let log = fortnight.logs[0]
        fortnight.logs[0].sections[0].text = hostileNames.joined(separator: " said this. ") + ". The end."
        fortnight.quotes.removeAll { $0.log == log.id }
        project.fortnights[3] = fortnight
        for (index, name) in hostileNames.enumerated() where index < project.codebook.concerns.count {
            project.codebook.concerns[index].name = name
        }
        return project
    }

    private func assertEveryRowFills(
        _ buffer: ScreenBuffer, _ context: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        for (y, text) in buffer.lines.enumerated() {
            XCTAssertEqual(DisplayWidth.of(text), buffer.width, "\(context) row \(y): \(text)", file: file, line: line)
        }
    }

    func testEveryScreenKeepsItsColumnsAtSeveralWidths() {
        for (width, height) in [(40, 12), (57, 20), (80, 24), (133, 40)] {
            var harness = Harness(project: Self.project(), width: width, height: height)
            assertEveryRowFills(harness.screen, "logs \(width)")
            harness.press(.enter)
            assertEveryRowFills(harness.screen, "reader \(width)")
            harness.press(.char("J"), .char("1"), .char("2"))
            assertEveryRowFills(harness.screen, "reader with quote \(width)")
            harness.press(.tab)
            assertEveryRowFills(harness.screen, "counts \(width)")
            harness.press(.tab)
            assertEveryRowFills(harness.screen, "codebook \(width)")
        }
    }

    func testThePickerBoxBordersLineUp() {
        for width in [40, 61, 80] {
            var harness = Harness(project: Self.project(), width: width, height: 24)
            harness.press(.enter, .char("t"))
            let buffer = harness.screen
            let top = try! XCTUnwrap(buffer.lines.firstIndex { $0.contains("┌") })
            let bottom = try! XCTUnwrap(buffer.lines.firstIndex { $0.contains("└") })
            XCTAssertGreaterThan(bottom - top, 5)
            let corner = (0..<buffer.width).last { buffer[x: $0, y: top].grapheme == "┐" }
            for y in (top + 1)..<bottom {
                let edge = (0..<buffer.width).last { buffer[x: $0, y: y].grapheme == "│" }
                XCTAssertEqual(edge, corner, "right border of row \(y) at width \(width): \(buffer.line(y))")
            }
        }
    }

    func testRightToLeftTextIsKeptInLogicalOrder() {
        var harness = Harness(project: Self.project(), width: 80, height: 24)
        harness.press(.enter)
        let text = harness.screen.lines.joined()
        XCTAssertTrue(text.contains("שלום עולם said this."))
        XCTAssertTrue(text.contains("مرحبا بالعالم said this."))
    }
}
