import Foundation
import GleanCore
import XCTest

/// The team's whole path through double coding, on two clones of one team project: Ben codes a log and syncs; Ada
/// codes the same log blind in the interface, syncs with `S`, opens the Disagreements screen, decides both
/// disagreements and syncs again; Ben's `glean sync` brings the decisions in, and both clones count the same.
final class TeamDoubleCodingTests: EndToEndTestCase {
    /// A log of fortnight 3 that the sample leaves uncoded, second on the Logs screen.
    private static let log = "EE-09-2020-05-12"

    func testBlindCodingSyncDisagreementsADecisionAndSyncAgain() throws {
        let members = try makeTeam(["ada", "ben"]).members
        let (ada, ben) = (members[0], members[1])
        try run(
            as: ben,
            ["tag", "-p", ben.project.path, "--log", Self.log, "--sentence", "1", "--concern", "staff-wellbeing"])
        try run(as: ben, ["sync", "-p", ben.project.path])

        let session = try open(ada.project, environment: ada.environment, width: 80, height: 24)
        try session.sendKeys("v", "v")
        try session.waitFor(text: "blind: ada")
        try session.sendKeys("S")
        try session.waitFor(text: "Synced: shared 0, received 1 (ben 1)")
        try session.sendKeys("Down", "Enter")
        try session.waitFor(text: "EE-09 · secondary")
        let blind = try session.capture()
        XCTAssertFalse(
            blind.contains { $0.contains("ben") || $0.contains("Quotes in this log") },
            "blind: Ben's quote leaves no trace\n" + blind.joined(separator: "\n"))
        try session.sendKeys("2")
        try session.waitFor(text: "My quotes in this log (1)")
        try session.waitFor(text: "Tagged Patient feedback")
        try session.waitFor(text: "✓ saved │ 1 to share · 0 new")
        try session.sendKeys("S")
        try session.waitFor(text: "Synced: shared 1, received 0")
        try session.sendKeys("q")
        try session.sendKeys("v")
        try session.waitForAbsence(of: "blind: ada")

        try session.sendKeys("D")
        try session.waitFor(text: "Disagreements · 2 open, 0 decided")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Patient feedback · EE-09 12 May · F3")
        let comparison = try session.capture()
        let header = try XCTUnwrap(comparison.first { $0.contains("ada: tagged") }, comparison.joined(separator: "\n"))
        XCTAssertTrue(header.contains("ben: not tagged"), header)
        try session.sendKeys(header.contains("1 ada: tagged") ? "1" : "2")
        try session.waitFor(text: "Decided: ada's coding")
        try session.sendKeys("q")
        try session.waitFor(text: "Disagreements · 1 open, 1 decided")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Staff wellbeing · EE-09 12 May · F3")
        try session.sendKeys("b")
        try session.waitFor(text: "Decided: both codings")
        try session.sendKeys("q")
        try session.waitFor(text: "Disagreements · 0 open, 2 decided")
        try session.sendKeys("q", "S")
        try session.waitFor(text: "Synced: shared 2, received 0")
        try session.waitFor(text: "│ 0 to share · 0 new │")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)

        let synced = try run(as: ben, ["sync", "-p", ben.project.path])
        XCTAssertTrue(synced.stdout.contains("(ada 3)"), synced.stdout)
        let listed = try run(as: ben, ["disagreements", "-p", ben.project.path, "--fortnight", "3", "--json"]).stdout
        let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.count, 2, listed)
        XCTAssertTrue(entries.allSatisfy { !($0["decision"] is NSNull) }, "both decisions reached Ben: \(listed)")
        let adasCounts = try run(as: ada, ["counts", "-p", ada.project.path, "--json"]).stdout
        XCTAssertEqual(try run(as: ben, ["counts", "-p", ben.project.path, "--json"]).stdout, adasCounts)
        XCTAssertTrue(adasCounts.contains("\"coding\""), "counts say whose coding they rest on")
        try assertCheckPasses(ben.project)
    }
}
