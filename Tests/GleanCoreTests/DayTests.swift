import XCTest

@testable import GleanCore

final class DayTests: XCTestCase {
    func testParsesAndWritesISODates() {
        XCTAssertEqual(Day(iso: "2020-05-17")?.iso, "2020-05-17")
        XCTAssertEqual(Day(iso: "2020-02-29")?.components.day, 29)
        XCTAssertNil(Day(iso: "2019-02-29"))
        XCTAssertNil(Day(iso: "2020-13-01"))
        XCTAssertNil(Day(iso: "17/05/2020"))
        XCTAssertNil(Day(iso: "2020-5-17"))
    }

    func testKnowsWeekdaysAndWritesLongDates() {
        XCTAssertEqual(Day(iso: "2020-05-17")?.weekdayName, "Sunday")
        XCTAssertEqual(Day(iso: "1970-01-01")?.weekdayName, "Thursday")
        XCTAssertEqual(Day(iso: "1969-12-31")?.weekdayName, "Wednesday")
        XCTAssertEqual(Day(iso: "2020-05-17")?.longText, "Sunday 17 May 2020")
        XCTAssertEqual(Day(iso: "2020-04-06")?.adding(days: 13).iso, "2020-04-19")
    }

    func testFortnightsAreFourteenDaysNumberedFromOne() {
        let programme = Programme(name: "P", start: Day(iso: "2020-04-06")!)
        XCTAssertEqual(programme.fortnight(containing: Day(iso: "2020-04-06")!), 1)
        XCTAssertEqual(programme.fortnight(containing: Day(iso: "2020-04-19")!), 1)
        XCTAssertEqual(programme.fortnight(containing: Day(iso: "2020-04-20")!), 2)
        XCTAssertEqual(programme.fortnight(containing: Day(iso: "2020-05-17")!), 3)
        XCTAssertEqual(programme.fortnight(containing: Day(iso: "2020-04-05")!), 0)
        XCTAssertEqual(programme.title(ofFortnight: 3), "Fortnight 3 — week ending Sunday 17 May 2020")
        XCTAssertEqual(programme.title(ofFortnight: 1), "Fortnight 1 — week ending Sunday 19 April 2020")
    }
}
