import XCTest

@testable import GleanCore

/// Naming a passage on the command line by section, sentences or snippet.
final class QuoteLocatorTests: XCTestCase {
    private let log = Log(
        id: "A-01-2020-04-17", participant: "A-01", date: Day(iso: "2020-04-17")!,
        sections: [
            LogSection(prompt: "Progress", text: "We started clinics. Staff are tired! Headsets broke?"),
            LogSection(prompt: "Concerns", text: "Staff are tired. Rooms are cold.\nStaff are tired again."),
        ])

    private func locate(_ passage: PassageChoice, _ section: String? = nil) throws -> QuoteLocation {
        try QuoteLocator.locate(passage, section: section.map(SectionChoice.init), in: log)
    }

    private func problem(_ passage: PassageChoice, _ section: String? = nil) -> String {
        do {
            return "no error: \(try locate(passage, section))"
        } catch {
            return "\(error)"
        }
    }

    func testSentencesAreCountedFromOneWithTheReadersRule() throws {
        XCTAssertEqual(try locate(.sentences(first: 2, last: 2)), QuoteLocation(section: 0, range: 20..<36))
        XCTAssertEqual(try locate(.sentences(first: 2, last: 3)), QuoteLocation(section: 0, range: 20..<52))
        XCTAssertEqual(try locate(.sentences(first: 3, last: 3), "1"), QuoteLocation(section: 1, range: 33..<55))
        let sentences = TextSegments.sentences(in: log.sections[1].text)
        XCTAssertEqual(
            try locate(.sentences(first: 1, last: 3), "Concerns").range,
            sentences[0].lowerBound..<sentences[2].upperBound)
    }

    func testASentenceOutOfRangeNamesTheSentencesTheSectionHas() {
        XCTAssertEqual(
            problem(.sentences(first: 4, last: 4)),
            "section 0 of log \"A-01-2020-04-17\" has sentences 1 to 3, not sentence 4")
        XCTAssertEqual(
            problem(.sentences(first: 3, last: 2)),
            "section 0 of log \"A-01-2020-04-17\" has sentences 1 to 3, not sentences 3-2")
        XCTAssertEqual(
            problem(.sentences(first: 0, last: 1)),
            "section 0 of log \"A-01-2020-04-17\" has sentences 1 to 3, not sentences 0-1")
    }

    func testASectionIsNamedByIndexOrPromptIgnoringCase() throws {
        XCTAssertEqual(try locate(.snippet("Rooms"), "concerns"), QuoteLocation(section: 1, range: 17..<22))
        XCTAssertEqual(
            problem(.snippet("Rooms"), "Worries"),
            "log \"A-01-2020-04-17\" has sections 0 \"Progress\", 1 \"Concerns\"")
        XCTAssertEqual(
            problem(.sentences(first: 1, last: 1), "2"),
            "log \"A-01-2020-04-17\" has sections 0 \"Progress\", 1 \"Concerns\"")
    }

    func testASnippetMustOccurExactlyOnce() throws {
        XCTAssertEqual(try locate(.snippet("Headsets broke")), QuoteLocation(section: 0, range: 37..<51))
        XCTAssertEqual(
            problem(.snippet("Staff are tired")),
            "\"Staff are tired\" occurs 3 times in log \"A-01-2020-04-17\": section 0 sentence 2 (offset 20); "
                + "section 1 sentence 1 (offset 0); section 1 sentence 3 (offset 33)")
        XCTAssertEqual(try locate(.snippet("Staff are tired"), "0"), QuoteLocation(section: 0, range: 20..<35))
        XCTAssertEqual(
            problem(.snippet("staff are tired")),
            "\"staff are tired\" is not in log \"A-01-2020-04-17\" (it must match exactly)")
        XCTAssertEqual(
            problem(.snippet("Rooms"), "0"),
            "\"Rooms\" is not in section 0 of log \"A-01-2020-04-17\" (it must match exactly)")
    }

    func testOverlappingOccurrencesCountAsSeveral() {
        let repeated = Log(
            id: "r", participant: "A-01", date: Day(iso: "2020-04-17")!,
            sections: [LogSection(prompt: "P", text: "ababab")])
        XCTAssertThrowsError(try QuoteLocator.locate(.snippet("abab"), section: nil, in: repeated)) { error in
            XCTAssertTrue("\(error)".contains("occurs 2 times"), "\(error)")
        }
    }

    func testOffsetsMustFitTheSection() {
        XCTAssertEqual(
            problem(.offsets(start: 10, end: 99)),
            "10..<99 is not a passage of section 0, which has 52 characters")
    }
}
