import GleanCore
import XCTest

/// The synthetic programmes behind the benchmarks are valid, sized as asked, and the same for the same seed.
final class GenerationTests: XCTestCase {
    private let codebook = Fixtures.small().codebook

    private func make(seed: UInt64, quotesPerLog: Int = 3) -> Project {
        ProgrammeGenerator(
            size: .init(participants: 40, fortnights: 6, quotesPerLog: quotesPerLog), seed: seed, codebook: codebook
        ).make()
    }

    func testTheSameSeedGivesTheSameProgramme() {
        XCTAssertEqual(make(seed: 7), make(seed: 7))
        XCTAssertNotEqual(make(seed: 7), make(seed: 8))
    }

    func testTheProgrammeIsValidAndSizedAsAsked() {
        let project = make(seed: 3)
        XCTAssertEqual(ProjectChecker.problems(in: project), [])
        XCTAssertEqual(project.participants.count, 40)
        XCTAssertEqual(project.fortnightNumbers, Array(1...6))
        for number in 1...6 {
            XCTAssertEqual(project.fortnight(number).logs.count, 38, "95% of 40 write each fortnight")
        }
        let quotes = project.fortnights.values.reduce(0) { $0 + $1.quotes.count }
        XCTAssertGreaterThan(quotes, 6 * 38 * 2)
        XCTAssertLessThan(quotes, 6 * 38 * 4)
        let textLength = project.fortnight(1).logs.map { $0.sections.reduce(0) { $0 + $1.text.count } }
        XCTAssertGreaterThan(textLength.reduce(0, +) / textLength.count, 800, "logs of realistic length")
    }

    func testNoQuotesWhenAskedForNone() {
        XCTAssertTrue(make(seed: 1, quotesPerLog: 0).fortnights.values.allSatisfy { $0.quotes.isEmpty })
    }
}
