import GleanTestSupport
import XCTest

@testable import GleanCore

/// The fold that merges a team's edits: the same result in any arrival order, field-level merges of concerns,
/// concurrent clashes listed, a concern deleted while in use kept and listed, two facilitators' tags both kept.
final class TeamFoldTests: XCTestCase {
    private let ada = "aaaaaaaa-0000-0000-0000-000000000001"
    private let ben = "bbbbbbbb-0000-0000-0000-000000000002"

    var base: Project {
        var project = Project(programme: Programme(name: "Team", start: Day(iso: "2020-05-04")!))
        project.codebook.concerns = [
            Concern(id: "wellbeing", name: "Staff wellbeing", colour: "#FFD700", key: 1, theme: "Growing concerns"),
            Concern(id: "equipment", name: "Equipment", colour: "#20B2AA", key: 2, theme: "Growing concerns"),
        ]
        project.participants = [Participant(code: "P1", alias: "Participant 001")]
        project.fortnights[1] = Fortnight(number: 1)
        project.fortnights[1]?.logs = [
            Log(
                id: "L1", participant: "P1", date: Day(iso: "2020-05-05")!,
                sections: [LogSection(prompt: "How", text: "A log of some forty characters, or so.")])
        ]
        return project
    }

    private func op(
        _ who: String, _ sequence: Int, lamport: Int, seen: [String: Int] = [:], _ summary: String,
        _ changes: [TeamChange]
    ) -> TeamOp {
        TeamOp(facilitator: who, sequence: sequence, lamport: lamport, seen: seen, summary: summary, changes: changes)
    }

    private func renamed(_ name: String) -> TeamChange {
        var concern = base.codebook.concerns[0]
        concern.name = name
        return TeamChange(change: .putConcern(concern: concern, position: nil), fields: ["name"])
    }

    private func recoloured(_ colour: String) -> TeamChange {
        var concern = base.codebook.concerns[0]
        concern.colour = colour
        return TeamChange(change: .putConcern(concern: concern, position: nil), fields: ["colour"])
    }

    private func quote(_ id: String, by coder: String, _ concerns: [String]) -> TeamChange {
        TeamChange(
            change: .putQuote(
                fortnight: 1,
                quote: Quote(
                    id: id, log: "L1", participant: "P1", section: 0, start: 0, end: 10, concerns: concerns,
                    coder: coder,
                    created: "2020-05-05T10:00:00Z")))
    }

    func testARenameAndAConcurrentRecolourBothSurviveInEitherArrivalOrder() {
        let ops = [
            op(ada, 1, lamport: 1, "Renamed", [renamed("Wellbeing")]),
            op(ben, 1, lamport: 1, "Recoloured", [recoloured("#112233")]),
        ]
        let forward = TeamFold.fold(base: base, ops: ops)
        let backward = TeamFold.fold(base: base, ops: ops.reversed())
        XCTAssertEqual(forward.project, backward.project)
        XCTAssertEqual(forward.project.codebook.concern(id: "wellbeing")?.name, "Wellbeing")
        XCTAssertEqual(forward.project.codebook.concern(id: "wellbeing")?.colour, "#112233")
        XCTAssertEqual(forward.reviews, [], "different fields do not clash")
    }

    func testConcurrentRenamesResolveByTheAgreedOrderAndAreListed() {
        let ops = [
            op(ada, 1, lamport: 1, "Renamed to Wellbeing", [renamed("Wellbeing")]),
            op(ben, 1, lamport: 1, "Renamed to Morale", [renamed("Morale")]),
        ]
        let result = TeamFold.fold(base: base, ops: ops, names: [ada: "Ada", ben: "Ben"])
        XCTAssertEqual(TeamFold.fold(base: base, ops: ops.reversed()).project, result.project)
        XCTAssertEqual(
            result.project.codebook.concern(id: "wellbeing")?.name, "Morale", "b… sorts after a… at the same clock")
        XCTAssertEqual(result.reviews.count, 1)
        XCTAssertTrue(
            result.reviews[0].message.contains("Ada (“Renamed to Wellbeing”) and Ben (“Renamed to Morale”)"),
            result.reviews[0].message)
        XCTAssertTrue(result.reviews[0].message.contains("kept \"Morale\""), result.reviews[0].message)
    }

    func testARenameMadeAfterSeeingAnotherIsNotAClash() {
        let ops = [
            op(ada, 1, lamport: 1, "Renamed to Wellbeing", [renamed("Wellbeing")]),
            op(ben, 1, lamport: 2, seen: [ada: 1], "Renamed to Morale", [renamed("Morale")]),
        ]
        let result = TeamFold.fold(base: base, ops: ops)
        XCTAssertEqual(result.project.codebook.concern(id: "wellbeing")?.name, "Morale")
        XCTAssertEqual(result.reviews, [])
    }

    func testTwoFacilitatorsTaggingTheSamePassageBothKeepTheirQuotes() {
        let ops = [
            op(ada, 1, lamport: 1, "Tagged", [quote("q-ada", by: ada, ["wellbeing"])]),
            op(ben, 1, lamport: 1, "Tagged", [quote("q-ben", by: ben, ["equipment"])]),
        ]
        let quotes = TeamFold.fold(base: base, ops: ops).project.fortnight(1).quotes
        XCTAssertEqual(quotes.map(\.id).sorted(), ["q-ada", "q-ben"])
        XCTAssertEqual(Set(quotes.map(\.coder)), [ada, ben])
    }

    func testAConcernDeletedWhileAnotherTaggedWithItIsKeptAndListed() {
        let ops = [
            op(ada, 1, lamport: 2, "Deleted Equipment", [TeamChange(change: .removeConcern(id: "equipment"))]),
            op(ben, 1, lamport: 1, "Tagged Equipment", [quote("q-ben", by: ben, ["equipment"])]),
        ]
        let result = TeamFold.fold(base: base, ops: ops)
        XCTAssertEqual(result.project.codebook.concern(id: "equipment")?.name, "Equipment", "kept, never silently lost")
        XCTAssertEqual(result.project.fortnight(1).quotes.first?.concerns, ["equipment"])
        XCTAssertTrue(
            result.reviews.contains {
                $0.message.contains("Concern “Equipment” was deleted while 1 quote was tagged with it")
            }, "\(result.reviews)")
    }

    func testRemovingWhatAnotherChangedAtTheSameTimeIsListed() {
        var featured = quote("q1", by: ada, ["wellbeing"])
        if case .putQuote(let number, var quote) = featured.change {
            quote.featured = true
            featured = TeamChange(change: .putQuote(fortnight: number, quote: quote), fields: ["featured"])
        }
        let ops = [
            op(ada, 1, lamport: 1, "Tagged", [quote("q1", by: ada, ["wellbeing"])]),
            op(ada, 2, lamport: 2, "Removed the quote", [TeamChange(change: .removeQuote(fortnight: 1, id: "q1"))]),
            op(ben, 1, lamport: 2, seen: [ada: 1], "Featured", [featured]),
        ]
        let result = TeamFold.fold(base: base, ops: ops)
        XCTAssertEqual(result.reviews.count, 1, "\(result.reviews)")
        XCTAssertTrue(
            result.reviews[0].message.contains("changed and removed at the same time"), result.reviews[0].message)
    }

    func testTheFoldIsTheSameForEveryArrivalOrder() {
        var generator = SeededGenerator(seedFromEnvironment: "GLEAN_FOLD_SEED")
        let ops = [
            op(ada, 1, lamport: 1, "a1", [renamed("A")]), op(ada, 2, lamport: 2, "a2", [recoloured("#000001")]),
            op(ben, 1, lamport: 1, "b1", [recoloured("#000002")]),
            op(ben, 2, lamport: 3, seen: [ada: 2], "b2", [renamed("B")]),
            op(ben, 3, lamport: 4, seen: [ada: 2], "b3", [quote("q", by: ben, ["wellbeing", "equipment"])]),
        ]
        let expected = TeamFold.fold(base: base, ops: ops)
        for _ in 0..<20 {
            let shuffled = ops.shuffled(using: &generator)
            let result = TeamFold.fold(base: base, ops: shuffled)
            XCTAssertEqual(result.project, expected.project, "seed \(generator.seed)")
            XCTAssertEqual(result.reviews, expected.reviews, "seed \(generator.seed)")
        }
        XCTAssertEqual(expected.project.codebook.concern(id: "wellbeing")?.name, "B")
        XCTAssertEqual(expected.project.codebook.concern(id: "wellbeing")?.colour, "#000001")
    }
}

extension TeamFoldTests {
    func testOneKeyGivenToTwoConcernsAtOnceStaysWithOneAndIsListed() {
        var first = base.codebook.concerns[0]
        first.key = 5
        var second = base.codebook.concerns[1]
        second.key = 5
        let ops = [
            TeamOp(
                facilitator: "aaaa", sequence: 1, lamport: 1, seen: [:], summary: "Bound 5",
                changes: [TeamChange(change: .putConcern(concern: first, position: nil), fields: ["key"])]),
            TeamOp(
                facilitator: "bbbb", sequence: 1, lamport: 1, seen: [:], summary: "Bound 5",
                changes: [TeamChange(change: .putConcern(concern: second, position: nil), fields: ["key"])]),
        ]
        let result = TeamFold.fold(base: base, ops: ops)
        XCTAssertEqual(result.project.codebook.concerns.map(\.key), [5, nil])
        XCTAssertTrue(ProjectChecker.problems(in: result.project).isEmpty)
        XCTAssertTrue(
            result.reviews.contains {
                $0.message.hasPrefix("Key 5 was given to “Staff wellbeing” and to “Equipment” at the same time")
            }, "\(result.reviews)")
    }
}
