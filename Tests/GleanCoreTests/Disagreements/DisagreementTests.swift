import Foundation
import XCTest

@testable import GleanCore

/// Which (log, concern) pairs are disagreements, how a decision changes the agreed coding and the counts, and how
/// decisions are stored, checked, undone and folded for the team.
final class DisagreementTests: XCTestCase {
    private let project = DisagreementFixture.project

    func testADisagreementIsAConcernSomeButNotAllOfTheLogsCodersTagged() {
        let found = project.disagreements()
        XCTAssertEqual(found.map { "\($0.log.id) \($0.concern)" }, ["P-0-log access", "P-0-log calm"])
        XCTAssertEqual(found[0].coders, ["ada", "ben"])
        XCTAssertEqual(found[0].tagged, ["ada"])
        XCTAssertEqual(found[0].untagged, ["ben"])
        XCTAssertEqual(found[1].tagged, ["ben"])
        XCTAssertTrue(found.allSatisfy(\.isOpen))
        XCTAssertEqual(DisagreementText.who(found[0], naming: { $0.capitalized }), "tagged by Ada; not by Ben")
    }

    func testDecidedOnesAreListedAfterTheOpenOnesWithTheirDecision() {
        let decided = DisagreementFixture.deciding("access", accepting: ["ben"])
        let found = decided.disagreements()
        XCTAssertEqual(found.map { "\($0.concern) \($0.isOpen)" }, ["calm true", "access false"])
        XCTAssertEqual(found[1].decision?.accepted, ["ben"])
        XCTAssertEqual(DisagreementText.status(found[1], naming: { $0 }), "decided: ben's coding (by ben)")
        XCTAssertEqual(decided.fortnight(1).decisions.count, 1)
    }

    func testAConcernOnlyInARejectedCodingDisappearsFromTheCounts() throws {
        XCTAssertEqual(raisedBy("access", in: project), "raised by 2 of 4")
        XCTAssertEqual(raisedBy("calm", in: project), "raised by 2 of 4")
        let rejected = DisagreementFixture.deciding("access", accepting: ["ben"])
        XCTAssertEqual(raisedBy("access", in: rejected), "raised by 1 of 4")
        XCTAssertNil(
            rejected.agreedCoding().fortnight(1).quotes.first { $0.id == "ada-access-P-0-log" },
            "a quote left with no concern is dropped")
        XCTAssertEqual(
            raisedBy("access", in: DisagreementFixture.deciding("access", accepting: ["ada"])), "raised by 2 of 4")
        XCTAssertEqual(
            raisedBy("calm", in: DisagreementFixture.deciding("calm", accepting: ["ada"])), "raised by 1 of 4")
    }

    func testBothKeepsEveryCodingAndNeitherDropsTheConcernFromTheLog() {
        let both = DisagreementFixture.deciding("calm", accepting: ["ada", "ben"])
        XCTAssertEqual(both.agreedCoding().fortnight(1).quotes, project.fortnight(1).quotes)
        let neither = DisagreementFixture.deciding("access", accepting: [])
        XCTAssertEqual(raisedBy("access", in: neither), "raised by 1 of 4")
        XCTAssertEqual(neither.agreedCoding().fortnight(1).quotes(inLog: "P-0-log").flatMap(\.concerns), ["calm"])
        XCTAssertEqual(neither.agreedCoding(), neither.agreedCoding().agreedCoding(), "applying twice changes nothing")
    }

    func testCountsAndSummariesSayWhoseCodingTheyUse() {
        let decided = DisagreementFixture.deciding("access", accepting: ["ben"])
        let names = FacilitatorNames(known: ["ada": "Asha", "ben": "Ben"])
        XCTAssertEqual(
            CodingBasis(project: decided).sentence(naming: names.name(of:)),
            "Coding by Asha and Ben; 1 disagreement decided, 1 open")
        XCTAssertTrue(
            CountsText.render(decided, window: 3, attribute: nil, names: names).contains(
                "\nCoding by Asha and Ben; 1 disagreement decided, 1 open\n"))
        let summary = FortnightSummary(project: decided, fortnight: 1, names: names)
        XCTAssertTrue(
            summary.basedOn.hasSuffix(" Coding by Asha and Ben; 1 disagreement decided, 1 open."), summary.basedOn)
        var alone = project
        alone.fortnights[1]?.quotes.removeAll { $0.coder == "ben" }
        let reversed = FacilitatorNames(known: ["ada": "zoe", "ben": "Ben"])
        XCTAssertEqual(
            CodingBasis(project: decided).sentence(naming: reversed.name(of:)),
            "Coding by Ben and zoe; 1 disagreement decided, 1 open",
            "named in alphabetical order of their names, whatever the order of their ids")
        XCTAssertNil(CodingBasis(project: alone).sentence(naming: { $0 }))
        XCTAssertFalse(CountsText.render(alone, window: 3, attribute: nil).contains("Coding by"))
    }

    func testADecisionIsUndoneByItsInverseAndWithdrawn() {
        var decided = project
        let disagreement = project.disagreements()[0]
        let inverse = decided.apply(
            CodingDecisions.decide(disagreement, accepting: ["ada"], in: project, by: "ada", at: "t", naming: { $0 }))
        XCTAssertEqual(decided.fortnight(1).decisions.map(\.accepted), [["ada"]])
        decided.apply(inverse)
        XCTAssertEqual(decided, project)
        let twice = DisagreementFixture.deciding(
            "access", accepting: ["ben"], in: DisagreementFixture.deciding("access", accepting: ["ada"]))
        XCTAssertEqual(
            twice.fortnight(1).decisions.map(\.accepted), [["ben"]],
            "a decision replaces the one on the same log and concern")
        var withdrawn = twice
        withdrawn.apply(CodingDecisions.withdraw(twice.disagreements().last!, in: twice)!)
        XCTAssertEqual(withdrawn, project)
    }

    func testDecisionsAreStoredInTheCodingFileAndChecked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("decisions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ProjectStore.create(project, in: folder)
        let coding = folder.appendingPathComponent("fortnights/001/coding.json")
        XCTAssertFalse(
            try String(contentsOf: coding, encoding: .utf8).contains("decisions"), "no key while nothing is decided")
        let decided = DisagreementFixture.deciding("access", accepting: ["ben"])
        try store.record(
            Edit(
                summary: "Decided",
                changes: decided.fortnight(1).decisions.map { .decideCoding(fortnight: 1, decision: $0) }))
        XCTAssertEqual(try ProjectStore.open(folder).opened.fortnight(1), decided.fortnight(1))
        _ = try store.fold(try ProjectStore.open(folder).opened)
        XCTAssertTrue(try String(contentsOf: coding, encoding: .utf8).contains("\"decisions\""))
        XCTAssertEqual(try ProjectStore.open(folder).opened.fortnight(1), decided.fortnight(1))

        var broken = decided
        broken.fortnights[1]?.decisions.append(
            CodingDecision(log: "nope", concern: "gone", accepted: [], by: "ada", made: "t"))
        XCTAssertEqual(
            ProjectChecker.problems(in: broken).map(\.description).filter { $0.contains("decides") },
            [
                "fortnights/001/coding.json: decides on log \"nope\", which is not in this fortnight",
                "fortnights/001/coding.json: decides on concern \"gone\", which is not in the codebook",
            ])
    }

    func testTwoFacilitatorsDecidingTheSameDisagreementAtOnceFoldToOneWinnerAndAReview() {
        let disagreement = project.disagreements()[0]
        func op(_ who: String, _ accepted: [String]) -> TeamOp {
            let edit = CodingDecisions.decide(
                disagreement, accepting: accepted, in: project, by: who, at: "t", naming: { $0 })
            return TeamOp(
                facilitator: who, sequence: 1, lamport: 1, seen: [:], summary: edit.summary,
                changes: edit.changes.map { TeamChange(change: $0) })
        }
        let ops = [op("ada", ["ada"]), op("ben", ["ben"])]
        let forward = TeamFold.fold(base: project, ops: ops, names: ["ada": "Ada", "ben": "Ben"])
        let backward = TeamFold.fold(base: project, ops: ops.reversed(), names: ["ada": "Ada", "ben": "Ben"])
        XCTAssertEqual(forward.project, backward.project)
        XCTAssertEqual(
            forward.project.fortnight(1).decisions.map(\.accepted), [["ben"]], "ben's comes later in the agreed order")
        XCTAssertEqual(forward.reviews.count, 1)
        let review = forward.reviews.first?.message ?? ""
        XCTAssertTrue(
            review.hasPrefix("Decision on Access in log P-0-log: accepted set at the same time by Ada"), review)
        let seen = TeamOp(
            facilitator: "ben", sequence: 1, lamport: 2, seen: ["ada": 1], summary: "s", changes: ops[1].changes)
        XCTAssertEqual(
            TeamFold.fold(base: project, ops: [ops[0], seen]).reviews, [],
            "a decision made after seeing the other is no clash")
    }

    private func raisedBy(_ concern: String, in project: Project) -> String? {
        FortnightSummary(project: project, fortnight: 1).allConcerns.first { $0.id == concern }?.raisedBy
            .components(separatedBy: " participants").first
    }
}
