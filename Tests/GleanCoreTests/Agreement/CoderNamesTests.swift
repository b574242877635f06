import GleanCore
import XCTest

/// Naming coders for agreement: distinct facilitators stay distinct even when they share a display name.
final class CoderNamesTests: XCTestCase {
    private func project(coders: [String]) -> Project {
        var project = Project(programme: Programme(name: "Names", start: Day(iso: "2020-05-04")!))
        var fortnight = project.fortnight(1)
        fortnight.quotes = coders.enumerated().map { index, coder in
            Quote(
                id: "q\(index)", log: "L1", participant: "P1", section: 0, start: index, end: index + 1,
                concerns: ["c"], coder: coder, created: "2020-05-05T10:00:00Z")
        }
        project.fortnights[1] = fortnight
        return project
    }

    func testCodersAreRenamedAndTwoSharingANameStayApart() {
        let ada = "aaaaaaaa-1111-0000-0000-000000000000"
        let twin = "bbbbbbbb-2222-0000-0000-000000000000"
        let named = project(coders: [ada, twin, "legacy"]).withCoders { $0 == "legacy" ? $0 : "facilitator" }
        XCTAssertEqual(
            named.fortnight(1).quotes.map(\.coder), ["facilitator (aaaaaaaa)", "facilitator (bbbbbbbb)", "legacy"])
        let distinct = project(coders: [ada, twin]).withCoders { $0 == ada ? "Ada" : "Ben" }
        XCTAssertEqual(distinct.fortnight(1).quotes.map(\.coder), ["Ada", "Ben"])
    }
}
