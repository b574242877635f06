import Foundation
import XCTest

@testable import GleanCore

/// Which concerns are key: the top N with ties, or at least P% of the participants who wrote.
final class KeyConcernRuleTests: XCTestCase {
    private let counts: [(id: String, participants: Int)] = [
        ("a", 9), ("b", 0), ("c", 5), ("d", 7), ("e", 5), ("f", 2),
    ]

    func testTopKeepsTheMostRaisedInTheOrderGivenWithTiesAtTheCutOff() {
        XCTAssertEqual(KeyConcernRule.top(2).keyConcerns(counts, writers: 20), ["a", "d"])
        XCTAssertEqual(
            KeyConcernRule.top(3).keyConcerns(counts, writers: 20), ["a", "c", "d", "e"], "c and e tie for third")
        XCTAssertEqual(
            KeyConcernRule.top(99).keyConcerns(counts, writers: 20), ["a", "c", "d", "e", "f"],
            "never b, raised by no one")
    }

    func testAtLeastComparesTheShareOfTheParticipantsWhoWroteAsItIsShown() {
        XCTAssertEqual(
            KeyConcernRule.atLeast(percent: 25).keyConcerns(counts, writers: 20), ["a", "c", "d", "e"], "5 of 20 is 25%"
        )
        XCTAssertEqual(KeyConcernRule.atLeast(percent: 26).keyConcerns(counts, writers: 20), ["a", "d"])
        XCTAssertEqual(
            KeyConcernRule.atLeast(percent: 15).keyConcerns([(id: "x", participants: 29)], writers: 200), ["x"],
            "29 of 200 is shown as 15%, so it meets a 15% rule")
    }

    func testParsingTheInterfacesAnswer() {
        XCTAssertEqual(KeyConcernRule(parsing: " 5 "), .top(5))
        XCTAssertEqual(KeyConcernRule(parsing: "20 %"), .atLeast(percent: 20))
        XCTAssertNil(KeyConcernRule(parsing: "0"))
        XCTAssertNil(KeyConcernRule(parsing: "101%"))
        XCTAssertNil(KeyConcernRule(parsing: "five"))
        XCTAssertEqual(KeyConcernRule(parsing: KeyConcernRule.atLeast(percent: 15).text), .atLeast(percent: 15))
    }

    func testStoredAsASmallObjectAndRefusedOutOfRange() throws {
        let encoded = try JSONEncoder().encode(KeyConcernRule.atLeast(percent: 20))
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), #"{"atLeastPercent":20}"#)
        XCTAssertEqual(try JSONDecoder().decode(KeyConcernRule.self, from: Data(#"{"top":3}"#.utf8)), .top(3))
        XCTAssertThrowsError(try JSONDecoder().decode(KeyConcernRule.self, from: Data(#"{"top":0}"#.utf8)))
        XCTAssertThrowsError(try JSONDecoder().decode(KeyConcernRule.self, from: Data("{}".utf8)))
    }

    func testTheFootnoteSaysWhatTheRuleIs() {
        XCTAssertEqual(
            KeyConcernRule.standard.footnote,
            "Key concerns are the five raised by most participants (with any tied at the cut-off); "
                + "every concern is in the table of all concerns.")
        XCTAssertEqual(
            KeyConcernRule.atLeast(percent: 20).footnote,
            "Key concerns are those raised by at least 20% of the participants who wrote; "
                + "every concern is in the table of all concerns.")
    }

    func testTheRuleIsAJournalledUndoableChange() {
        var project = Fixtures.small()
        let inverse = project.apply(.setKeyConcernRule(rule: .top(1)))
        XCTAssertEqual(project.keyConcernRule, .top(1))
        project.apply(inverse)
        XCTAssertEqual(project.keyConcernRule, .standard)
    }
}

/// Every concern drawn in a colour of its own.
final class ConcernPaletteTests: XCTestCase {
    static func isHex(_ colour: String) -> Bool {
        colour.count == 7 && colour.hasPrefix("#") && colour.dropFirst().allSatisfy(\.isHexDigit)
    }

    func testDistinctColoursAreKept() {
        XCTAssertEqual(ConcernPalette.distinct(["#2e8b57", "#DC143C"]), ["#2E8B57", "#DC143C"])
    }

    func testARepeatedOrDamagedColourTakesTheFirstUnusedPaletteColour() {
        let colours = ConcernPalette.distinct(["#2E8B57", "#2E8B57", "red", "#20B2AA"])
        XCTAssertEqual(
            colours, ["#2E8B57", "#4169E1", "#9ACD32", "#20B2AA"], "#20B2AA is a later concern's own colour")
    }

    func testOnceThePaletteRunsOutColoursAreDerivedAndStillDistinct() {
        let colours = ConcernPalette.distinct(Array(repeating: "#FFD700", count: 40))
        XCTAssertEqual(Set(colours).count, 40)
        XCTAssertTrue(colours.allSatisfy(Self.isHex), "\(colours)")
        XCTAssertEqual(colours, ConcernPalette.distinct(Array(repeating: "#FFD700", count: 40)), "the same every time")
    }

    func testTheSummaryAndItsChartUseThem() throws {
        var project = Fixtures.small()
        for index in project.codebook.concerns.indices { project.codebook.concerns[index].colour = "#123456" }
        let summary = FortnightSummary(project: project, fortnight: 2)
        XCTAssertEqual(Set(summary.allConcerns.map(\.colour)).count, project.codebook.concerns.count)
        let page = try SummaryRenderer(.html).render(summary)
        for theme in summary.allConcerns { XCTAssertTrue(page.contains("fill=\"\(theme.colour)\""), theme.colour) }
    }
}
