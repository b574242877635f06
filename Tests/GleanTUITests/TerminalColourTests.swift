import GleanTUI
import XCTest

final class TerminalColourTests: XCTestCase {
    func testPrimariesAndSecondaries() {
        let expected: [String: TerminalColour] = [
            "#FF0000": .red, "#00FF00": .green, "#0000FF": .blue,
            "#FFFF00": .yellow, "#00FFFF": .cyan, "#FF00FF": .magenta,
            "#000000": .black, "#FFFFFF": .white,
        ]
        for (hex, colour) in expected {
            XCTAssertEqual(TerminalColour.nearest(toHex: hex), colour, hex)
        }
    }

    func testNamedColoursMapToTheirHue() {
        XCTAssertEqual(TerminalColour.nearest(toHex: "#FFA500"), .yellow, "orange")
        XCTAssertEqual(TerminalColour.nearest(toHex: "#800080"), .magenta, "purple")
        XCTAssertEqual(TerminalColour.nearest(toHex: "#000080"), .blue, "navy")
        XCTAssertEqual(TerminalColour.nearest(toHex: "#A52A2A"), .red, "brown")
        XCTAssertEqual(TerminalColour.nearest(toHex: "#008080"), .cyan, "teal")
        XCTAssertEqual(TerminalColour.nearest(toHex: "#228B22"), .green, "forest green")
    }

    func testGreysMapByLightness() {
        XCTAssertEqual(TerminalColour.nearest(toHex: "#C0C0C0"), .white)
        XCTAssertEqual(TerminalColour.nearest(toHex: "#808080"), .white)
        XCTAssertEqual(TerminalColour.nearest(toHex: "#404040"), .black)
        XCTAssertEqual(TerminalColour.nearest(toHex: "#E6E6FA"), .white, "lavender is nearly grey")
        XCTAssertEqual(TerminalColour.nearest(toHex: "#101020"), .black, "too dark to show a hue")
    }

    func testParsing() {
        XCTAssertEqual(TerminalColour.nearest(toHex: "ff0000"), .red, "hash is optional, case ignored")
        for bad in ["", "#", "#FFF", "#GG0000", "#FF00000", "#+F0000", "red"] {
            XCTAssertEqual(TerminalColour.nearest(toHex: bad), .default, bad)
        }
    }
}
