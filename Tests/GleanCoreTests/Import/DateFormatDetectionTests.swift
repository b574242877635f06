import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// Detecting how a date column is written: ISO, day-first, month-first; asking when the dates read two ways, and
/// never guessing silently.
final class DateFormatDetectionTests: XCTestCase {
    private func pattern(_ text: String) throws -> DatePattern { try DatePattern(text) }

    func testISODatesWithAndWithoutATimeAreISO() throws {
        XCTAssertEqual(
            DateFormatDetection.detect(["2020-06-02", "2020-06-13T09:31:00Z", " 2020-07-01 10:00 "]),
            .detected(.iso, .iso, read: 3, total: 3))
    }

    func testMicrosoftFormsDatesWithADayAfterTheTwelfthAreDayFirst() throws {
        XCTAssertEqual(
            DateFormatDetection.detect(["02/06/2020 09:31", "13/06/2020 08:55", ""]),
            .detected(.dayFirst, try pattern("dd/MM/yyyy"), read: 2, total: 2))
    }

    func testUnpaddedDatesWithAMonthFirstAfterTheTwelfthAreMonthFirst() throws {
        XCTAssertEqual(
            DateFormatDetection.detect(["6/2/2020 9:31:00", "6/13/2020"]),
            .detected(.monthFirst, try pattern("M/d/yyyy"), read: 2, total: 2))
    }

    func testDatesWhoseDaysAreAllTwelveOrLessAreAmbiguousWithATellingSample() throws {
        XCTAssertEqual(
            DateFormatDetection.detect(["01/01/2020", "02/06/2020 09:31", "03/06/2020"]),
            .ambiguous(choices: [try pattern("dd/MM/yyyy"), try pattern("MM/dd/yyyy")], sample: "02/06/2020 09:31"))
    }

    func testMixedDatesTakeTheFormatMostOfThemFitAndSaySoWhenThatIsClear() throws {
        XCTAssertEqual(
            DateFormatDetection.detect(["2020-06-02", "2020-06-03", "13/06/2020"]),
            .detected(.iso, .iso, read: 2, total: 3))
        XCTAssertEqual(
            DateFormatDetection.detect(["2020-06-02", "13/06/2020"]),
            .ambiguous(choices: [.iso, try pattern("dd/MM/yyyy")], sample: "2020-06-02"),
            "as many ISO as day-first: no guess")
    }

    func testGarbageAndEmptyColumnsAreSaidSo() {
        XCTAssertEqual(DateFormatDetection.detect(["soon", "31/31/2020"]), .unreadable(sample: "soon"))
        XCTAssertEqual(DateFormatDetection.detect(["", "  "]), .noDates)
    }

    func testTheRefusalNamesBothFormatsAndWhatTheSampleWouldBe() throws {
        let refusal = AmbiguousDateFormat(
            file: "form.csv", sample: "02/06/2020 09:31",
            choices: [try pattern("dd/MM/yyyy"), try pattern("MM/dd/yyyy")])
        XCTAssertEqual(
            refusal.description,
            "dates such as \"02/06/2020 09:31\" read as day-first and as month-first, so Glean will not guess; "
                + "say which with the format \"dd/MM/yyyy\" (Tuesday 2 June 2020) or the format \"MM/dd/yyyy\" "
                + "(Thursday 6 February 2020)")
    }

    /// Dates generated in each format, from a fixed seed: a column with at least one day after the twelfth is detected
    /// as its own format and reads every value as the day written; one with none is ISO or ambiguous, never guessed.
    func testGeneratedColumnsAreDetectedAsWrittenOrAskedAbout() throws {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<300 {
            let family = DateFormatDetection.Family.allCases.randomElement(using: &random)!
            let padded = Bool.random(using: &random)
            let days = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                Day(
                    year: Int.random(in: 1990...2030, using: &random), month: Int.random(in: 1...12, using: &random),
                    day: Int.random(in: 1...28, using: &random))!
            }
            let values = days.map { write($0, family, padded: padded, time: Bool.random(using: &random)) }
            let outcome = DateFormatDetection.detect(values)
            let telling = days.contains { $0.components.day > 12 }
            switch outcome {
            case .detected(let found, let pattern, let read, let total):
                XCTAssertEqual(found, family, "\(values)")
                XCTAssertEqual(read, total)
                XCTAssertEqual(values.map { pattern.day(from: $0) }, days, "\(values)")
            case .ambiguous(let choices, _):
                XCTAssertNotEqual(family, .iso, "\(values)")
                XCTAssertFalse(telling, "\(values) has a day after the twelfth")
                XCTAssertEqual(choices.compactMap(DateFormatDetection.Family.of), [.dayFirst, .monthFirst])
            default:
                XCTFail("\(values): \(outcome)")
            }
            if family == .iso || telling {
                guard case .detected = outcome else { return XCTFail("\(values) is not ambiguous: \(outcome)") }
            }
        }
    }

    private func write(_ day: Day, _ family: DateFormatDetection.Family, padded: Bool, time: Bool) -> String {
        let two = { (number: Int) in padded || family == .iso ? String(format: "%02d", number) : String(number) }
        let (year, month, dayOfMonth) = day.components
        let date: String
        switch family {
        case .iso: date = "\(year)-\(two(month))-\(two(dayOfMonth))"
        case .dayFirst: date = "\(two(dayOfMonth))/\(two(month))/\(year)"
        case .monthFirst: date = "\(two(month))/\(two(dayOfMonth))/\(year)"
        }
        return time ? date + " 09:31" : date
    }
}
