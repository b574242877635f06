import XCTest

@testable import GleanCore

/// The parts behind the exports: the chart's scale and layout, and the scrubbing of codes from text.
final class ExportPartsTests: XCTestCase {
    func testChartScaleStepsByOneTwoOrFiveTimesAPowerOfTen() {
        XCTAssertEqual(ParticipantChart.scale(maximum: 0).ticks, [0, 1])
        XCTAssertEqual(ParticipantChart.scale(maximum: 3).ticks, [0, 1, 2, 3])
        XCTAssertEqual(ParticipantChart.scale(maximum: 7).ticks, [0, 2, 4, 6, 8])
        XCTAssertEqual(ParticipantChart.scale(maximum: 18).ticks, [0, 5, 10, 15, 20])
        XCTAssertEqual(ParticipantChart.scale(maximum: 120).ticks, [0, 50, 100, 150])
        XCTAssertEqual(ParticipantChart.scale(maximum: 20).top, 20)
    }

    func testChartNumbersAreWrittenTheSameEverywhere() {
        XCTAssertEqual(ParticipantChart.text(12), "12")
        XCTAssertEqual(ParticipantChart.text(48.84), "48.8")
        XCTAssertEqual(ParticipantChart.text(0.05), "0.1")
        XCTAssertEqual(ParticipantChart.text(-3.25), "-3.3")
    }

    func testManyFortnightsLabelEveryFewBarsAndAlwaysTheCurrentOne() throws {
        var project = Fixtures.small()
        project.fortnights[30] = Fortnight(number: 30)
        let summary = FortnightSummary(project: project, fortnight: 14)
        let chart = ParticipantChart(themes: summary.allConcerns, fortnight: 14, budget: RenderBudget(items: 0))
        let bars = try XCTUnwrap(chart.panels.items.first?.bars.items)
        XCTAssertEqual(bars.count, 30)
        XCTAssertEqual(bars.filter(\.labelled).map(\.fortnight), [1, 4, 7, 10, 13, 14, 16, 19, 22, 25, 28])
        XCTAssertEqual(bars.filter(\.current).map(\.fortnight), [14])
    }

    func testScrubberReplacesWholeCodesOnlyAndMovesOffsets() {
        let scrubber = CodeScrubber(aliases: ["AB-1": "P1", "AB-12": "P002"])
        let result = scrubber.scrub("AB-12, AB-1x and AB-1.")
        XCTAssertEqual(result.text, "P002, AB-1x and P1.")
        XCTAssertEqual(result.offset(0), 0)
        XCTAssertEqual(result.offset(5), 4, "just after the first code")
        XCTAssertEqual(result.offset(3), 3, "inside a code, the same place in its alias")
        XCTAssertEqual(result.offset(4), 4, "inside a code, clamped to a shorter alias")
        XCTAssertEqual(result.offset(17), 16, "the start of the last code")
        XCTAssertEqual(result.offset(22), 19, "the end of the text")
    }
}
