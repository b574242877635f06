@testable import glean
import XCTest

/// The line `glean import` draws on standard error from what reading reports.
final class ProgressLineTests: XCTestCase {
    func testTheProgressLineRedrawsItselfWithABarAndAPercentage() {
        XCTAssertEqual(ProgressLine.text(file: "forms.csv", fraction: 0), "\rReading forms.csv [--------------------]   0%")
        XCTAssertEqual(ProgressLine.text(file: "forms.csv", fraction: 0.426), "\rReading forms.csv [########------------]  42%")
        XCTAssertEqual(ProgressLine.text(file: "forms.csv", fraction: 1.2), "\rReading forms.csv [####################] 100%")
        XCTAssertEqual(ProgressLine.text(file: "a\u{1B}b.csv", fraction: 1, width: 4), "\rReading a␛b.csv [####] 100%")
    }
}
