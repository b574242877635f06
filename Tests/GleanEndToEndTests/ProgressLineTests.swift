import GleanTUI
import XCTest

@testable import glean

/// The line `glean import` and `glean generate` draw on standard error from what their work reports, fitted to the
/// terminal so a redraw never wraps.
final class ProgressLineTests: XCTestCase {
    func testTheProgressLineRedrawsItselfWithABarAndAPercentage() {
        XCTAssertEqual(
            ProgressLine.text(file: "forms.csv", fraction: 0, columns: 80),
            "\rReading forms.csv [--------------------]   0%")
        XCTAssertEqual(
            ProgressLine.text(file: "forms.csv", fraction: 0.426, columns: 80),
            "\rReading forms.csv [########------------]  42%")
        XCTAssertEqual(
            ProgressLine.text(file: "forms.csv", fraction: 1.2, columns: 80),
            "\rReading forms.csv [####################] 100%")
        XCTAssertEqual(
            ProgressLine.text(file: "a\u{1B}b.csv", fraction: 1, columns: 80),
            "\rReading a␛b.csv [####################] 100%")
    }

    func testANarrowTerminalNarrowsTheBarThenCutsTheLabel() {
        XCTAssertEqual(
            ProgressLine.text(file: "forms.csv", fraction: 0.5, columns: 40),
            "\rReading forms.csv [#######-------]  50%")
        XCTAssertEqual(
            ProgressLine.text(file: "/home/asha/exports/fortnight-three-forms.csv", fraction: 0.5, columns: 40),
            "\rReading /home/asha/export… [##---]  50%")
        XCTAssertEqual(ProgressLine.text(file: "forms.csv", fraction: 0.5, columns: 12), "\r 50%")
    }

    func testNoLineIsWiderThanTheTerminalLeavesFree() {
        let names = ["forms.csv", "報告書のフォーム一覧表ファイル名.csv", String(repeating: "x", count: 300), "e\u{301}\u{301}.csv"]
        for columns in [1, 5, 12, 13, 14, 20, 40, 80, 200] {
            for name in names {
                for fraction in [0, 0.07, 0.5, 1] {
                    let line = ProgressLine.text(file: name, fraction: fraction, columns: columns)
                    XCTAssertLessThanOrEqual(
                        DisplayWidth.of(line.dropFirst()), max(columns - 1, 4),
                        "\(columns) columns, \(name), \(fraction): \(line)")
                }
            }
        }
    }
}
