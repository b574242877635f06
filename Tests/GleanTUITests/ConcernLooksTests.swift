import GleanCore
import XCTest

@testable import GleanTUI

/// Every concern of a codebook gets its own look at every colour depth; 8 colours follow the stated rule.
final class ConcernLooksTests: XCTestCase {
    private let sample = Harness.sample.codebook

    /// A codebook of `count` concerns, all given the same colour, so every distinct look comes from the rule.
    private func generated(_ count: Int, colour: String = "#FFD700") -> Codebook {
        Codebook(
            concerns: (1...count).map {
                Concern(id: "c\($0)", name: "Concern \($0)", colour: colour, key: $0 <= 9 ? $0 : nil, theme: "T")
            })
    }

    private func assertDistinct(
        _ codebook: Codebook, _ depth: ColourDepth, file: StaticString = #filePath, line: UInt = #line
    ) {
        let looks = ConcernLooks(codebook, depth: depth)
        let styles = codebook.concerns.map { looks.style(of: $0.id) }
        XCTAssertEqual(Set(styles).count, styles.count, "\(depth): \(styles)", file: file, line: line)
        XCTAssertFalse(
            styles.contains { $0.foreground == .default }, "\(depth) colours every concern", file: file, line: line)
    }

    func testEveryConcernOfTheSampleLooksDifferentAtEveryDepth() {
        for depth in [ColourDepth.eight, .palette256, .direct] { assertDistinct(sample, depth) }
    }

    func testTwentyConcernsOfOneColourStillLookDifferent() {
        for depth in [ColourDepth.eight, .palette256, .direct] { assertDistinct(generated(20), depth) }
        assertDistinct(generated(36), .eight)
    }

    func testEightColoursKeepTheNearestHueAndTellSharersApartByAttribute() {
        let looks = ConcernLooks(sample, depth: .eight)
        func look(_ id: String) -> Style { looks.style(of: id) }
        XCTAssertEqual(look("improvement-tools"), Style(foreground: .green))
        XCTAssertEqual(look("patient-feedback"), Style(foreground: .cyan))
        XCTAssertEqual(look("integrated-pathways"), Style(foreground: .blue))
        XCTAssertEqual(look("resuming-elective-care"), Style(foreground: .yellow))
        XCTAssertEqual(look("inequalities"), Style(foreground: .red))
        XCTAssertEqual(look("quality-safety"), Style(foreground: .yellow, bold: true), "orange shares yellow, in bold")
        XCTAssertEqual(look("unprepared-resuming"), Style(foreground: .magenta))
        XCTAssertEqual(
            look("technology-equipment"), Style(foreground: .cyan, bold: true), "2 and 8 no longer look alike")
        XCTAssertEqual(
            look("staff-wellbeing"), Style(foreground: .yellow, underline: true), "4, 6 and 9 no longer look alike")
    }

    func testTwoHundredFiftySixColoursUseTheFixedPaletteAndDirectColourTheExactOnes() {
        let palette = ConcernLooks(sample, depth: .palette256)
        guard case .indexed(let index) = palette.style(of: "staff-wellbeing").foreground else {
            return XCTFail("an index of the 256-colour palette")
        }
        XCTAssertTrue((16...255).contains(index))
        XCTAssertEqual(index, 220, "gold #FFD700 is cube index 220 (#FFD700)")
        XCTAssertEqual(ConcernLooks(sample, depth: .direct).style(of: "staff-wellbeing").foreground, .rgb(0xFFD700))
    }

    func testWithoutColourEveryConcernIsUnderlined() {
        let looks = ConcernLooks(sample, depth: .none)
        XCTAssertEqual(looks.style(of: "staff-wellbeing"), Style(underline: true))
    }

    func testDepthFromTheTerminalsColourCount() {
        XCTAssertEqual(ColourDepth(colours: 8), .eight)
        XCTAssertEqual(ColourDepth(colours: 88), .eight)
        XCTAssertEqual(ColourDepth(colours: 256), .palette256)
        XCTAssertEqual(ColourDepth(colours: 1 << 24), .direct)
        XCTAssertEqual(ColourDepth(colours: 0), .none)
    }

    func testConcernNamesFitWithoutRunningTogether() {
        XCTAssertEqual(
            ConcernLabels.fit(["Staff wellbeing", "Patient feedback"], width: 40).labels,
            ["Staff wellbeing", "Patient feedback"])
        XCTAssertEqual(
            ConcernLabels.fit(["Staff wellbeing", "Digital and health inequalities"], width: 22),
            ConcernLabels.Fitted(labels: ["Staff wel…", "Digital a…"], hidden: 0))
        XCTAssertEqual(
            ConcernLabels.fit(["Alpha one", "Beta two", "Gamma three", "Delta four"], width: 14),
            ConcernLabels.Fitted(labels: ["Alp…", "Bet…"], hidden: 2))
    }
}
