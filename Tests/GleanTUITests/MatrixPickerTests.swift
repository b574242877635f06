import GleanCore
import XCTest

@testable import GleanTUI

/// The export picker (`e` on Logs) offers the rapid-analysis matrix for the current fortnight, with default rows.
final class MatrixPickerTests: XCTestCase {
    func testThePickerListsBothMatrixFormatsAndChoosingOneExportsTheCurrentFortnight() {
        var harness = Harness()
        harness.press(.char("e"))
        let text = harness.screen.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Matrix CSV: participants × concerns, quotes in cells"), text)
        XCTAssertTrue(text.contains("Matrix HTML: participants × concerns, quotes in cells"), text)
        XCTAssertEqual(
            harness.press(.down, .down, .down, .down, .down, .enter), [.export(fortnight: 3, format: .matrixHTML)])
    }

    func testTheInterfaceNamesTheMatrixFileApartFromTheSummary() {
        XCTAssertEqual(SummaryExport.fileName(fortnight: 3, format: .matrixHTML), "matrix-fortnight-003.html")
        XCTAssertEqual(SummaryExport.fileName(fortnight: 3, format: .matrixCSV), "matrix-fortnight-003.csv")
        XCTAssertEqual(SummaryExport.fileName(fortnight: 3, format: .html), "summary-fortnight-003.html")
    }
}
