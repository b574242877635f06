import Foundation
import GleanTestSupport
import XCTest

/// `glean disagreements`, `glean decide` and the Disagreements screen on a copy of the sample where a second
/// facilitator, ben, has tagged Staff wellbeing (key 9) in the first sentence of EE-11's and EE-04's logs of
/// fortnight 3, beside the sample's own coder, "facilitator", who did not tag it in EE-11's.
final class DisagreementTests: EndToEndTestCase {
    private static let log = "EE-11-2020-05-14"

    /// ben's environment: his name, and a config folder of his own.
    private var ben: [String: String] {
        ["USER": "ben", "XDG_CONFIG_HOME": directory.appendingPathComponent("config-ben").path]
    }

    private func asBen(_ arguments: String...) throws -> CommandResult {
        try Subprocess.run(
            try XCTUnwrap(GleanBinary.url), arguments,
            environment: ProcessInfo.processInfo.environment.merging(ben) { _, new in new })
    }

    private func sampleCodedByBen() throws -> URL {
        let project = try makeSample()
        for log in ["EE-04-2020-05-16", Self.log] {
            let tagged = try asBen("tag", "-p", project.path, "--log", log, "--sentence", "1", "--concern", "9")
            XCTAssertEqual(tagged.status, 0, tagged.stderr)
        }
        return project
    }

    private func wellbeingParticipants(_ project: URL) throws -> Int {
        try XCTUnwrap(try counts(project).concern(key: 9, fortnight: 3)).participants
    }

    func testListingDecidingAndWithdrawingFromTheCommandLine() throws {
        let project = try sampleCodedByBen()
        let listed = try asBen("disagreements", "-p", project.path, "--fortnight", "3", "--json")
        XCTAssertEqual(listed.status, 0, listed.stderr)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let wellbeing = try XCTUnwrap(
            entries.first { $0["log"] as? String == Self.log && $0["concern"] as? String == "staff-wellbeing" })
        XCTAssertEqual(wellbeing["untagged"] as? [String], ["facilitator"])
        XCTAssertTrue(wellbeing["decision"] is NSNull)
        let benID = try XCTUnwrap((wellbeing["tagged"] as? [String])?.first)
        XCTAssertEqual((wellbeing["names"] as? [String: String])?[benID], "ben")

        let before = try wellbeingParticipants(project)
        let refused = try asBen("decide", "-p", project.path, "--log", Self.log, "--concern", "9", "--accept", "cy")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(
            refused.stderr.hasPrefix("glean: --accept: \"cy\" did not code this log; those who did: "), refused.stderr)
        let agreed = try asBen(
            "decide", "-p", project.path, "--log", Self.log, "--concern", "Improvement tools", "--neither")
        XCTAssertEqual(agreed.status, 1, "nothing to decide where they agree")

        let decided = try asBen(
            "decide", "-p", project.path, "--log", Self.log, "--concern", "Staff wellbeing", "--accept", "facilitator")
        XCTAssertEqual(decided.status, 0, decided.stderr)
        XCTAssertEqual(
            decided.stdout, "Saved: Decided Staff wellbeing in EE-11's log of 14 May: facilitator's coding\n")
        XCTAssertEqual(
            try wellbeingParticipants(project), before - 1, "ben's Staff wellbeing in EE-11's log no longer counts")
        let table = try asBen("counts", "-p", project.path)
        XCTAssertTrue(table.stdout.contains("\nCoding by ben and facilitator; 1 disagreement decided, "), table.stdout)
        let lines = try asBen("disagreements", "-p", project.path, "--fortnight", "3")
        XCTAssertTrue(
            lines.stdout.hasSuffix(
                "F3 · EE-11 14 May · Staff wellbeing · log \(Self.log) · tagged by ben; not by facilitator · decided: facilitator's coding (by ben)\n"
            ),
            lines.stdout)
        try assertCheckPasses(project)

        let withdrawn = try asBen("decide", "-p", project.path, "--log", Self.log, "--concern", "9", "--withdraw")
        XCTAssertEqual(withdrawn.stdout, "Saved: Reopened Staff wellbeing in EE-11's log of 14 May\n")
        XCTAssertEqual(try wellbeingParticipants(project), before)
    }

    /// ben opens the project in tmux, goes to Counts, presses D, opens the last open disagreement (Staff wellbeing in
    /// EE-11's log) side by side, accepts facilitator's coding, and Counts and `glean counts` drop one participant.
    func testDecidingOnTheScreenChangesTheCounts() throws {
        let project = try sampleCodedByBen()
        let before = try wellbeingParticipants(project)
        let session = try open(project, environment: ben, width: 80, height: 24)
        try session.sendKeys("Tab")
        try session.waitFor(text: "Coding by ben and facilitator; 0 disagreements decided, 7 open")
        try session.sendKeys("D")
        try session.waitFor(text: "Disagreements · 7 open, 0 decided")
        try session.sendKeys("G", "Enter")
        try session.waitFor(text: "Staff wellbeing · EE-11 14 May · F3")
        let screen = try session.capture()
        XCTAssertTrue(
            screen.contains { $0.contains("Open · tagged by ben; not by facilitator") }, screen.joined(separator: "\n"))
        let header = try XCTUnwrap(screen.first { $0.contains("facilitator: not tagged") })
        let column = header.contains("1 facilitator: not tagged") ? "1" : "2"
        XCTAssertTrue(header.contains("ben: tagged"), header)
        try session.sendKeys(column)
        try session.waitFor(text: "Decided: facilitator's coding (by ben) · tagged by ben; not by facilitator")
        try session.waitFor(text: Self.saved)
        try session.resize(width: 40, height: 12)
        try session.waitFor(text: "(1 of 2, ←→)")
        XCTAssertTrue(try session.capture().allSatisfy { $0.count <= 40 })
        try session.resize(width: 80, height: 24)
        try session.sendKeys("q")
        try session.waitFor(text: "Disagreements · 6 open, 1 decided")
        try session.sendKeys("q")
        try session.waitFor(text: "Coding by ben and facilitator; 1 disagreement decided, 6 open")
        XCTAssertEqual(try wellbeingParticipants(project), before - 1)
        try session.sendKeys("q", "q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
