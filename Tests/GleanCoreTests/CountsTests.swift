import XCTest

@testable import GleanCore

final class CountsTests: XCTestCase {
    func testCountsQuotesParticipantsLogsAndChange() throws {
        let table = CountsTable(project: Fixtures.small())
        XCTAssertEqual(table.fortnights.map(\.number), [1, 2])
        let first = try XCTUnwrap(table.fortnight(1))
        XCTAssertEqual([first.logs, first.participants, first.quotes], [2, 2, 3])
        XCTAssertEqual(first.count(of: "feedback")?.participants, 2)
        XCTAssertNil(first.count(of: "feedback")?.change)
        let second = try XCTUnwrap(table.fortnight(2))
        XCTAssertEqual([second.logs, second.participants, second.quotes], [3, 3, 3])
        XCTAssertEqual(
            second.count(of: "wellbeing"),
            ConcernCount(
                concern: "wellbeing", quotes: 3, participants: 2, logs: 2, change: 1, quoteChange: 2, windowQuotes: 4,
                windowParticipants: 2))
        XCTAssertEqual(second.count(of: "feedback")?.change, -2)
        XCTAssertEqual(second.count(of: "feedback")?.windowParticipants, 2)
        XCTAssertEqual(second.count(of: "equipment")?.quotes, 1)
        XCTAssertEqual(table.participantSeries(of: "wellbeing"), [1, 2])
    }

    func testWindowOfOneCoversOnlyTheFortnightItself() throws {
        let second = try XCTUnwrap(CountsTable(project: Fixtures.small(), window: 1).fortnight(2))
        XCTAssertEqual(second.count(of: "wellbeing")?.windowQuotes, 3)
        XCTAssertEqual(second.count(of: "feedback")?.windowQuotes, 0)
    }

    func testBreakdownSplitsByAttributeValue() throws {
        let breakdown = AttributeBreakdown(project: Fixtures.small(), attribute: "care setting")
        XCTAssertEqual(breakdown.groups.map(\.value), ["primary", "secondary"])
        let primary = try XCTUnwrap(breakdown.groups[0].table.fortnight(2))
        XCTAssertEqual(primary.count(of: "wellbeing")?.participants, 1)
        XCTAssertEqual(primary.count(of: "wellbeing")?.quotes, 1)
        XCTAssertEqual(primary.participants, 2)
        let secondary = try XCTUnwrap(breakdown.groups[1].table.fortnight(2))
        XCTAssertEqual(secondary.count(of: "wellbeing")?.quotes, 2)
        let roles = AttributeBreakdown(project: Fixtures.small(), attribute: "role")
        XCTAssertEqual(roles.groups.map(\.value), ["Consultant", "GP partner", AttributeBreakdown.missingValue])
    }

    func testCountsJSONHoldsTheDocumentedFields() throws {
        let json = try CountsReport(project: Fixtures.small(), window: 3, attribute: "care setting").json()
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let fortnights = try XCTUnwrap(object["fortnights"] as? [[String: Any]])
        XCTAssertEqual(fortnights[1]["number"] as? Int, 2)
        XCTAssertEqual(fortnights[1]["endDate"] as? String, "2020-05-03")
        XCTAssertEqual(fortnights[1]["logs"] as? Int, 3)
        XCTAssertEqual(fortnights[1]["participants"] as? Int, 3)
        let concerns = try XCTUnwrap(fortnights[1]["concerns"] as? [[String: Any]])
        XCTAssertEqual(concerns[1]["id"] as? String, "wellbeing")
        XCTAssertEqual(concerns[1]["key"] as? Int, 2)
        XCTAssertEqual(concerns[1]["quotes"] as? Int, 3)
        XCTAssertEqual(concerns[1]["participants"] as? Int, 2)
        XCTAssertEqual(concerns[1]["change"] as? Int, 1)
        XCTAssertEqual(concerns[1]["share"] as? Int, 67)
        XCTAssertEqual(concerns[1]["shareChange"] as? Int, 17)
        XCTAssertEqual(
            concerns[1]["raisedBy"] as? String, "raised by 2 of 3 participants who wrote (67%), up from 1 of 2 (50%)")
        XCTAssertEqual(fortnights[1]["logsDone"] as? Int, 3)
        XCTAssertEqual(fortnights[1]["provisional"] as? Bool, false)
        XCTAssertTrue((fortnights[0]["concerns"] as? [[String: Any]])?[0]["change"] is NSNull)
        XCTAssertTrue(concerns[2]["key"] is NSNull)
        let breakdown = try XCTUnwrap(object["breakdown"] as? [String: Any])
        XCTAssertEqual(breakdown["attribute"] as? String, "care setting")
        XCTAssertEqual((breakdown["groups"] as? [[String: Any]])?.count, 2)
    }

    func testCountsTextShowsParticipantsQuotesAndArrows() {
        let text = CountsText.render(Fixtures.small(), window: 3, attribute: nil)
        let wellbeing = text.split(separator: "\n").first { $0.contains("Wellbeing") }
        XCTAssertEqual(
            wellbeing.map(String.init), "  2 Wellbeing           1p 50% 1q          2p 67% 3q ▲17      2p 4q")
    }
}
