import GleanTestSupport
import XCTest

@testable import GleanCore

/// Reading dates in the formats form tools export.
final class ImportDatePatternTests: XCTestCase {
    private func day(_ text: String, _ format: String) throws -> String? {
        try DatePattern(format).day(from: text)?.iso
    }

    /// ASCII dates are read byte by byte, others character by character: adding text that cannot change the reading
    /// (` é` after the value) sends the same value down the other path, which must agree.
    func testASCIIAndCharacterReadingsAgree() throws {
        let samples = [
            "yyyy-MM-dd": "2020-05-17", "dd/MM/yyyy": "17/05/2020", "d/M/yyyy": "7/5/2020",
            "M/d/yyyy HH:mm": "5/17/2020 10:00",
            "yy-M-d": "20-5-17", "d.M.yyyy,": "17.5.2020,", "d·M·yyyy": "17·5·2020",
        ]
        let pieces = [
            "1", "05", "2020", "-", "/", ".", ",", ":", " ", "T", "x", "\t", "\n", "\r", "\u{0B}", "\u{1C}", "",
        ]
        var generator = SeededGenerator(seed: 11)
        for (format, sample) in samples.sorted(by: { $0.key < $1.key }) {
            let pattern = try DatePattern(format)
            XCTAssertNotNil(pattern.day(from: sample), format)
            for _ in 0..<2_000 {
                var characters = Array(sample)
                if Bool.random(using: &generator) {
                    characters[Int.random(in: characters.indices, using: &generator)] =
                        pieces.randomElement(using: &generator)!.first ?? " "
                }
                let text =
                    (0..<Int.random(in: 0...2, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined()
                    + String(characters)
                    + (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)!
                    }.joined()
                XCTAssertEqual(
                    pattern.day(from: text), pattern.day(from: text + " é"), "\(format): \(text.debugDescription)")
            }
        }
    }

    func testTheDefaultIsISOAndIgnoresATrailingTime() throws {
        XCTAssertEqual(DatePattern.iso.day(from: "2020-05-17")?.iso, "2020-05-17")
        XCTAssertEqual(DatePattern.iso.day(from: "2020-05-17T14:03:00Z")?.iso, "2020-05-17")
        XCTAssertEqual(DatePattern.iso.day(from: " 2020-05-17 14:03 ")?.iso, "2020-05-17")
        XCTAssertNil(DatePattern.iso.day(from: "2020-5-17"))
        XCTAssertNil(DatePattern.iso.day(from: "2020-05-17x"))
        XCTAssertNil(DatePattern.iso.day(from: "17/05/2020"))
        XCTAssertNil(DatePattern.iso.day(from: ""))
    }

    func testBritishDayMonthYear() throws {
        XCTAssertEqual(try day("17/05/2020", "dd/MM/yyyy"), "2020-05-17")
        XCTAssertEqual(try day("17/05/2020 14:03", "dd/MM/yyyy"), "2020-05-17", "a time after the date is ignored")
        XCTAssertEqual(try day("01/02/2020", "dd/MM/yyyy"), "2020-02-01")
        XCTAssertNil(try day("1/2/2020", "dd/MM/yyyy"), "dd and MM want two digits")
        XCTAssertNil(try day("31/02/2020", "dd/MM/yyyy"), "no such day")
        XCTAssertNil(try day("17-05-2020", "dd/MM/yyyy"), "separators must match")
    }

    func testAmericanMonthDayYearWithATime() throws {
        XCTAssertEqual(try day("5/17/2020 14:03", "M/d/yyyy HH:mm"), "2020-05-17")
        XCTAssertEqual(try day("12/1/2020 9:05", "M/d/yyyy HH:mm"), "2020-12-01")
        XCTAssertEqual(
            try day("5/17/2020 14:03:59", "M/d/yyyy HH:mm"), "2020-05-17", "anything after a time is ignored")
        XCTAssertEqual(try day("5/17/2020 2:03 PM", "M/d/yyyy HH:mm"), "2020-05-17")
        XCTAssertNil(try day("5/17/2020 24:00", "M/d/yyyy HH:mm"), "hours run to 23")
        XCTAssertNil(try day("5/17/2020 14:60", "M/d/yyyy HH:mm"))
        XCTAssertNil(try day("5/17/2020", "M/d/yyyy HH:mm"), "the time the pattern asks for is missing")
        XCTAssertNil(try day("17/5/2020 14:03", "M/d/yyyy HH:mm"), "month 17")
    }

    func testTwoDigitYearsAreThisCentury() throws {
        XCTAssertEqual(try day("17.05.20", "dd.MM.yy"), "2020-05-17")
    }

    func testISOWithATAndSeconds() throws {
        XCTAssertEqual(try day("2020-05-17T14:03:09", "yyyy-MM-ddTHH:mm:ss"), "2020-05-17")
        XCTAssertNil(try day("2020-05-17 14:03:09", "yyyy-MM-ddTHH:mm:ss"))
    }

    func testLeapDays() throws {
        XCTAssertEqual(try day("29/02/2020", "dd/MM/yyyy"), "2020-02-29")
        XCTAssertNil(try day("29/02/2021", "dd/MM/yyyy"))
    }

    func testFullwidthDigitsAreNotDigits() throws {
        XCTAssertNil(try day("１７/05/2020", "dd/MM/yyyy"))
    }

    func testFormatsWithUnknownTokensOrMissingPartsAreRefused() {
        for (format, problem) in [
            ("dd MMM yyyy", "\"MMM\" is not a token"),
            ("dd/MM/yyyy a", "\"a\" is not a token"),
            ("MM/yyyy", "it has no day"),
            ("dd/MM", "it has no year"),
            ("dd/yyyy", "it has no month"),
            ("dd/MM/yyyy dd", "it has the day twice"),
        ] {
            XCTAssertThrowsError(try DatePattern(format)) { error in
                XCTAssertTrue(error is DateFormatError, "\(type(of: error))")
                XCTAssertTrue("\(error)".hasPrefix("\"\(format)\" is not a date format: \(problem)"), "\(error)")
            }
        }
    }
}
