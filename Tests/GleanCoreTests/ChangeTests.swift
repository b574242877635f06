import XCTest

@testable import GleanCore

final class ChangeTests: XCTestCase {
    func testEveryChangeIsUndoneExactlyByItsInverse() {
        let original = Fixtures.small()
        let newQuote = Fixtures.quote("q9", "C-03-2020-05-03", 0..<19, ["feedback"])
        var edited = original.fortnight(2).quotes[0]
        edited.memo = "Echoes A-01"
        var renamed = original.codebook.concerns[1]
        renamed.name = "Staff wellbeing"
        let changes: [Change] = [
            .putQuote(fortnight: 2, quote: newQuote),
            .putQuote(fortnight: 2, quote: edited),
            .removeQuote(fortnight: 1, id: "q2"),
            .putConcern(concern: renamed, position: nil),
            .putConcern(concern: Fixtures.concern("isolation", key: 3), position: 1),
            .removeConcern(id: "equipment"),
            .setNote(fortnight: 2, note: FortnightNote(opening: "Tired teams.", next: ["Who helps?"])),
        ]
        for change in changes {
            var project = original
            let inverse = project.apply(change)
            XCTAssertNotEqual(project, original, "\(change) changed nothing")
            project.apply(inverse)
            XCTAssertEqual(project, original, "undoing \(change) did not restore the project")
        }
    }

    func testRemovingAMissingQuoteChangesNothing() {
        var project = Fixtures.small()
        project.apply(.removeQuote(fortnight: 1, id: "missing"))
        XCTAssertEqual(project, Fixtures.small())
    }

    func testPutQuoteKeepsQuotesInDiskOrderAndReplacesById() {
        var project = Fixtures.small()
        project.apply(.putQuote(fortnight: 1, quote: Fixtures.quote("q0", "A-01-2020-04-17", 37..<52, ["equipment"])))
        XCTAssertEqual(project.fortnight(1).quotes.map(\.id), ["q1", "q2", "q0", "q3"])
        var moved = project.fortnight(1).quotes[0]
        moved.concerns = ["wellbeing"]
        project.apply(.putQuote(fortnight: 1, quote: moved))
        XCTAssertEqual(project.fortnight(1).quotes.map(\.id), ["q1", "q2", "q0", "q3"])
        XCTAssertEqual(project.fortnight(1).quotes[0].concerns, ["wellbeing"])
    }

    func testReplayingAChangeTwiceGivesTheSameProject() {
        var once = Fixtures.small()
        var twice = Fixtures.small()
        let change = Change.putQuote(
            fortnight: 1, quote: Fixtures.quote("q7", "B-02-2020-04-18", 20..<36, ["wellbeing"]))
        once.apply(change)
        twice.apply(change)
        twice.apply(change)
        XCTAssertEqual(once, twice)
    }

    func testAnEditIsUndoneAsAWhole() {
        var project = Fixtures.small()
        var first = project.codebook.concerns[0]
        var second = project.codebook.concerns[1]
        (first.key, second.key) = (second.key, first.key)
        let undo = project.apply(
            Edit(
                summary: "Swapped keys",
                changes: [.putConcern(concern: first, position: nil), .putConcern(concern: second, position: nil)]))
        XCTAssertEqual(project.codebook.concern(forKey: 1)?.id, "wellbeing")
        project.apply(undo)
        XCTAssertEqual(project, Fixtures.small())
    }
}
