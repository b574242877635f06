import Foundation
import XCTest

@testable import GleanCore

/// A teammate's files arrive through git from another machine and are trusted no further than any file from
/// elsewhere: an edit that is not one Glean would write, or that would make the project inconsistent, is left out
/// and listed for review with its file and line, and everything else is folded; the project never refuses to open
/// for it, and no clock can overflow.
final class TeamHostileInputTests: XCTestCase {
    private let ada = "aaaaaaaa-0000-0000-0000-000000000001"
    private let ben = "bbbbbbbb-0000-0000-0000-000000000002"
    private var folder = URL(fileURLWithPath: "/nonexistent")

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("team"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var base: Project {
        var project = Project(programme: Programme(name: "Team", start: Day(iso: "2020-05-04")!))
        project.participants = [Participant(code: "P1", alias: "Participant 001")]
        project.codebook.concerns = [
            Concern(id: "wellbeing", name: "Staff wellbeing", colour: "#FFD700", key: 1, theme: "Growing")
        ]
        project.fortnights[1] = Fortnight(number: 1)
        project.fortnights[1]?.logs = [
            Log(
                id: "L1", participant: "P1", date: Day(iso: "2020-05-05")!,
                sections: [LogSection(prompt: "How", text: "Twenty characters!!!")])
        ]
        return project
    }

    private func quote(
        _ id: String, fortnight: Int = 1, log: String = "L1", section: Int = 0, start: Int = 0, end: Int = 8
    ) -> Change {
        .putQuote(
            fortnight: fortnight,
            quote: Quote(
                id: id, log: log, participant: "P1", section: section, start: start, end: end, concerns: ["wellbeing"],
                coder: ben,
                created: "2020-05-05T10:00:00Z"))
    }

    private func op(_ sequence: Int, _ summary: String, _ changes: [Change], imported: TeamImport? = nil) -> TeamOp {
        TeamOp(
            facilitator: ben, sequence: sequence, lamport: sequence, seen: [:], summary: summary,
            changes: changes.map { TeamChange(change: $0) }, imported: imported)
    }

    func testEditsThatWouldMakeTheProjectInconsistentAreLeftOutAndListedAndTheRestIsFolded() {
        let decision = CodingDecision(
            log: "NOPE", concern: "wellbeing", accepted: [ben], by: ben, made: "2020-05-06T10:00:00Z")
        let ops = [
            op(1, "Tagged", [quote("good")]),
            op(2, "Past the end", [quote("long", end: 999_999)]),
            op(3, "No such section", [quote("section", section: 7)]),
            op(4, "No such log", [quote("nolog", log: "NOPE")]),
            op(5, "Another fortnight's quote id", [quote("good", fortnight: 2)]),
            op(6, "Fortnight out of range", [.setNote(fortnight: 123_456, note: FortnightNote(opening: "x"))]),
            op(7, "Decided a log that is not there", [.decideCoding(fortnight: 1, decision: decision)]),
            op(
                8, "Imported P1 again under another alias", [],
                imported: TeamImport(participants: [Participant(code: "P2", alias: "Participant 001")], logs: [])),
            op(9, "Negative fortnight", [.setLogDone(fortnight: -3, log: "L1", done: true)]),
            op(10, "Tagged again", [quote("second", start: 10, end: 20)]),
        ]
        let result = TeamFold.fold(base: base, ops: ops, names: [ben: "Ben"])
        XCTAssertEqual(
            ProjectChecker.problems(in: result.project), [],
            "the fold never leaves a problem that would stop the project opening")
        XCTAssertEqual(result.project.fortnights[1]?.quotes.map(\.id).sorted(), ["good", "second"])
        XCTAssertNil(result.project.fortnights[123_456])
        XCTAssertEqual(result.project.participants.map(\.code), ["P1"])
        let left = result.reviews.map(\.message)
        for line in 2...9 {
            XCTAssertTrue(
                left.contains {
                    $0.hasPrefix("team/\(ben).jsonl line \(line) (Ben: ") && $0.hasSuffix("the edit is left out")
                }, "line \(line): \(left)")
        }
        XCTAssertEqual(left.count, 8, left.joined(separator: "\n"))
        XCTAssertEqual(TeamFold.fold(base: base, ops: ops.reversed(), names: [ben: "Ben"]).project, result.project)
    }

    func testLinesThatAreNotEditsByTheirFileOwnerInOrderAreLeftOutAndNoClockCanOverflow() throws {
        let good = { (sequence: Int, lamport: Int) in
            String(
                decoding: try JSONFormat.line(
                    TeamOp(
                        facilitator: self.ben, sequence: sequence, lamport: lamport, seen: [:],
                        summary: "Tagged \u{1B}[31m\u{202E}", changes: [TeamChange(change: self.quote("q\(sequence)"))])
                ), as: UTF8.self)
        }
        let lines = [
            try good(1, 1),
            "{not json at all\n",
            String(
                decoding: try JSONFormat.line(
                    TeamOp(facilitator: ada, sequence: 3, lamport: 2, seen: [:], summary: "", changes: [])),
                as: UTF8.self),
            try good(7, 3),
            try good(5, Int.max),
            "\n",
            try good(7, 4),
            String(repeating: "x", count: 3 << 20) + "\n",
        ]
        try Data(lines.joined().utf8).write(to: folder.appendingPathComponent("team/\(ben).jsonl"))
        let edits = try TeamFiles(ProjectLayout(root: folder)).readEdits(own: ada)
        XCTAssertEqual(edits.ops[ben]?.map(\.sequence), [1, 7])
        XCTAssertEqual(edits.lines[ben], 8, "the next line's number counts the lines left out")
        let reviews = edits.refused.map(\.message)
        for line in [2, 3, 4, 5, 6, 8] {
            XCTAssertTrue(
                reviews.contains { $0.hasPrefix("team/\(ben).jsonl line \(line): ") }, "line \(line): \(reviews)")
        }
        XCTAssertTrue(reviews.contains { $0.contains("clock \(Int.max)") }, reviews.joined(separator: "\n"))
        XCTAssertEqual(reviews.count, 6)
        let contents = TeamContents(base: base, edits: edits)
        XCTAssertEqual(contents.lamport, 4)
        let log = TeamLog(
            Facilitator(id: ada, name: "Ada"), files: TeamFiles(ProjectLayout(root: folder)), contents: contents,
            folded: contents.folded().project)
        try log.record(Edit(summary: "Tagged", changes: [quote("mine", start: 10, end: 12)]))
        let after = try TeamFiles(ProjectLayout(root: folder)).readEdits(own: ada)
        XCTAssertEqual(
            after.ops[ada]?.first?.lamport, 5, "the next clock follows the highest kept, whatever a line claimed")
        XCTAssertEqual(after.ops[ada]?.first?.seen[ben], 8)
        XCTAssertEqual(contents.folded().reviews.prefix(6).map(\.message), reviews)
    }

    func testANameFileThatIsNotAValidNameForItsOwnIDIsNotUsedAndListed() throws {
        let write = { (id: String, name: String) in
            try JSONFormat.snapshot(Facilitator(id: id, name: name)).write(
                to: self.folder.appendingPathComponent("team/\(id).json"))
        }
        let carl = "cccccccc-0000-0000-0000-000000000003"
        let dora = "dddddddd-0000-0000-0000-000000000004"
        try write(ada, "Ada \u{1B}]0;owned\u{07}")
        try write(ben, String(repeating: "B", count: 10 << 20))
        try JSONFormat.snapshot(Facilitator(id: ada, name: "Carl")).write(
            to: folder.appendingPathComponent("team/\(carl).json"))
        try write(dora, "Dora")
        let edits = try TeamFiles(ProjectLayout(root: folder)).readEdits(own: nil)
        XCTAssertEqual(edits.names, [dora: "Dora"])
        let reviews = edits.refused.map(\.message)
        XCTAssertEqual(reviews.count, 3, reviews.joined(separator: "\n"))
        for id in [ada, ben, carl] {
            XCTAssertTrue(
                reviews.contains { $0.hasPrefix("team/\(id).json: ") && $0.hasSuffix("the name is not used") },
                "\(id): \(reviews)")
        }
    }
}
