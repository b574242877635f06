import XCTest

@testable import GleanCore

final class ProjectCheckerTests: XCTestCase {
    func testAConsistentProjectHasNoProblems() {
        XCTAssertEqual(ProjectChecker.problems(in: Fixtures.small()), [])
    }

    func testFindsDanglingAndOutOfRangeQuotes() {
        var project = Fixtures.small()
        project.apply(.putQuote(fortnight: 1, quote: Fixtures.quote("bad-log", "nobody", 0..<3, ["feedback"])))
        project.apply(
            .putQuote(fortnight: 1, quote: Fixtures.quote("too-far", "A-01-2020-04-17", 40..<90, ["feedback"])))
        project.apply(
            .putQuote(
                fortnight: 1, quote: Fixtures.quote("bad-section", "A-01-2020-04-17", section: 4, 0..<3, ["feedback"])))
        project.apply(
            .putQuote(fortnight: 1, quote: Fixtures.quote("bad-concern", "A-01-2020-04-17", 0..<3, ["ghost"])))
        let problems = ProjectChecker.problems(in: project).map(\.description)
        XCTAssertEqual(
            problems,
            [
                "fortnights/001/coding.json: quote \"bad-concern\" is tagged \"ghost\", which is not in the codebook",
                "fortnights/001/coding.json: quote \"too-far\" spans 40..<90, outside section 0 of log \"A-01-2020-04-17\" (52 characters)",
                "fortnights/001/coding.json: quote \"bad-section\" points at section 4 of log \"A-01-2020-04-17\", which has 1 sections",
                "fortnights/001/coding.json: quote \"bad-log\" points at log \"nobody\", which is not in this fortnight",
            ])
    }

    func testFindsDuplicatesAndMisplacedLogs() {
        var project = Fixtures.small()
        project.participants.append(project.participants[0])
        project.codebook.concerns[2].key = 2
        project.fortnights[1]?.logs[0].date = Day(iso: "2020-04-30")!
        let problems = ProjectChecker.problems(in: project).map(\.description)
        XCTAssertTrue(problems.contains("glean.json: participant code \"A-01\" is used more than once"), "\(problems)")
        XCTAssertTrue(problems.contains("glean.json: concern key \"2\" is used more than once"), "\(problems)")
        XCTAssertTrue(
            problems.contains(
                "fortnights/001/logs.json: log \"A-01-2020-04-17\" is dated 2020-04-30, which falls in fortnight 2, not 1"
            ), "\(problems)")
    }
}
