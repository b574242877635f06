import XCTest

@testable import GleanCore

/// Who made each shared edit and who last changed each concern, note and memo; and quotes from before facilitator
/// ids given to the facilitator whose machine made them.
final class TeamHistoryTests: XCTestCase {
    private let ada = "aaaaaaaa-0000-0000-0000-000000000001"
    private let ben = "bbbbbbbb-0000-0000-0000-000000000002"
    private let concern = Concern(id: "wellbeing", name: "Staff wellbeing", colour: "#FFD700", key: 1, theme: "Growing")

    private func quote(_ id: String, by coder: String, memo: String = "") -> Quote {
        Quote(
            id: id, log: "L1", participant: "P1", section: 0, start: 0, end: 10, concerns: ["wellbeing"], memo: memo,
            coder: coder, created: "2020-05-05T10:00:00Z")
    }

    private func op(
        _ who: String, _ sequence: Int, lamport: Int, _ summary: String, _ changes: [TeamChange], made: String? = nil
    ) -> TeamOp {
        TeamOp(
            facilitator: who, sequence: sequence, lamport: lamport, seen: [:], summary: summary, changes: changes,
            made: made)
    }

    func testEntriesComeInFoldOrderWithWhoAndWhen() {
        let history = TeamHistory(ops: [
            op(
                ben, 1, lamport: 1, "Renamed",
                [TeamChange(change: .putConcern(concern: concern, position: nil), fields: ["name"])],
                made: "2026-12-03T07:00:00Z"),
            op(ada, 2, lamport: 3, "Wrote a note", [TeamChange(change: .setNote(fortnight: 2, note: FortnightNote()))]),
            op(
                ada, 1, lamport: 1, "Tagged", [TeamChange(change: .putQuote(fortnight: 1, quote: quote("q1", by: ada)))]
            ),
        ])
        XCTAssertEqual(history.entries.map(\.summary), ["Tagged", "Renamed", "Wrote a note"])
        XCTAssertEqual(history.entries.map(\.facilitator), [ada, ben, ada])
        XCTAssertEqual(history.entries[1].made, "2026-12-03T07:00:00Z")
        XCTAssertNil(history.entries[0].made)
    }

    func testTheLastAuthorOfEachConcernNoteAndMemo() {
        var renamed = concern
        renamed.name = "Wellbeing of staff"
        var memoed = quote("q1", by: ada, memo: "ben's reading")
        memoed.featured = false
        let history = TeamHistory(ops: [
            op(
                ada, 1, lamport: 1, "Tagged", [TeamChange(change: .putQuote(fortnight: 1, quote: quote("q1", by: ada)))]
            ),
            op(
                ada, 2, lamport: 2, "Renamed",
                [TeamChange(change: .putConcern(concern: renamed, position: nil), fields: ["name"])]),
            op(
                ben, 1, lamport: 3, "Memo",
                [TeamChange(change: .putQuote(fortnight: 1, quote: memoed), fields: ["memo"])]),
            op(
                ben, 2, lamport: 4, "Recoloured",
                [TeamChange(change: .putConcern(concern: renamed, position: nil), fields: ["colour"])]),
            op(
                ada, 3, lamport: 5, "Featured",
                [TeamChange(change: .putQuote(fortnight: 1, quote: memoed), fields: ["featured"])]),
            op(ada, 4, lamport: 6, "Note", [TeamChange(change: .setNote(fortnight: 1, note: FortnightNote()))]),
        ])
        XCTAssertEqual(history.lastAuthor(of: .concern("wellbeing")), ben, "ben's recolour came after ada's rename")
        XCTAssertEqual(history.lastAuthor(of: .memo(quote: "q1")), ben, "ada's feature did not touch the memo")
        XCTAssertEqual(history.lastAuthor(of: .note(fortnight: 1)), ada)
        XCTAssertNil(history.lastAuthor(of: .note(fortnight: 2)), "no shared edit wrote fortnight 2's note")
    }

    func testAQuoteFromBeforeIdsIsTheFacilitatorsOwnOnlyOnTheirMachineAndOutsideATeam() {
        let me = Facilitator(id: ada, name: "Ada")
        XCTAssertTrue(LegacyCoder.isSame("ada", as: me, legacy: "ada"))
        XCTAssertTrue(LegacyCoder.isSame(ada, as: me, legacy: nil))
        XCTAssertFalse(LegacyCoder.isSame("ada", as: me, legacy: nil), "in a team a login name may be anyone's")
        XCTAssertFalse(LegacyCoder.isSame("ben", as: me, legacy: "ada"))
        XCTAssertFalse(LegacyCoder.isSame(ben, as: me, legacy: ben), "an id is never a login name")
        XCTAssertEqual(LegacyCoder.name(environment: ["USER": "priya"]), "priya")
        XCTAssertNil(LegacyCoder.name(environment: [:]), "with no login name, no quote is claimed")
        XCTAssertNil(LegacyCoder.name(environment: ["USER": ""]))
    }

    func testTheLegacyCodersQuotesAreGivenToTheFacilitatorAndNoOneElses() {
        var project = Project(programme: Programme(name: "Team", start: Day(iso: "2020-05-04")!))
        project.fortnights[1] = Fortnight(
            number: 1, quotes: [quote("q1", by: "priya"), quote("q2", by: "sam"), quote("q3", by: ben)])
        let owned = project.withLegacyCoder("priya", givenTo: ada)
        XCTAssertEqual(owned.fortnight(1).quotes.map(\.coder), [ada, "sam", ben])
    }
}

/// A remote typed relative to the folder a command runs in reaches git as that folder's path.
final class TeamRemoteTests: XCTestCase {
    func testRelativePathsBecomeAbsoluteAndAddressesStayAsTyped() {
        let here = URL(fileURLWithPath: "/home/ada/work", isDirectory: true)
        XCTAssertEqual(TeamRemote.resolved("remote.git", from: here), "/home/ada/work/remote.git")
        XCTAssertEqual(TeamRemote.resolved("../shared/team.git", from: here), "/home/ada/shared/team.git")
        XCTAssertEqual(TeamRemote.resolved("/srv/team.git", from: here), "/srv/team.git")
        XCTAssertEqual(
            TeamRemote.resolved("https://git.example.org/team.git", from: here), "https://git.example.org/team.git")
        XCTAssertEqual(
            TeamRemote.resolved("git@git.example.org:nhs/team.git", from: here), "git@git.example.org:nhs/team.git")
        XCTAssertEqual(
            TeamRemote.resolved("--upload-pack=touch x", from: here), "/home/ada/work/--upload-pack=touch x",
            "never read as an option")
        XCTAssertEqual(TeamRemote.resolved("./odd:name.git", from: here), "/home/ada/work/odd:name.git")
    }
}
