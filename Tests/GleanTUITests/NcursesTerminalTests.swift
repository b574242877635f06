import GleanTUI
import XCTest

final class NcursesTerminalTests: XCTestCase {
    func testNoColourWhenNOCOLORIsSetAndNonEmpty() {
        XCTAssertTrue(NcursesTerminal.shouldUseColour(environment: [:]))
        XCTAssertTrue(NcursesTerminal.shouldUseColour(environment: ["NO_COLOR": ""]))
        XCTAssertFalse(NcursesTerminal.shouldUseColour(environment: ["NO_COLOR": "1"]))
    }
}
