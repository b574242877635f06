import Foundation
import GleanTestSupport
import XCTest

/// A team project records who made each edit (`glean team history`), gives the quotes tagged before facilitator ids
/// to the facilitator who sets the team up, and refuses `glean restore`, whose result the shared edits would replace.
final class TeamHistoryTests: EndToEndTestCase {
    func testHistoryNamesWhoMadeEachEditAndWhen() throws {
        let (_, members) = try makeTeam(["ada", "ben"])
        let (ada, ben) = (members[0], members[1])
        try run(as: ada, ["codebook", "-p", ada.project.path, "rename", "staff-wellbeing", "Wellbeing of staff"])
        try run(as: ada, ["sync", "-p", ada.project.path])
        try run(as: ben, ["sync", "-p", ben.project.path])
        try run(as: ben, ["codebook", "-p", ben.project.path, "recolour", "staff-wellbeing", "#123456"])
        try run(as: ben, ["sync", "-p", ben.project.path])
        try run(as: ada, ["sync", "-p", ada.project.path])

        let lines = try run(as: ada, ["team", "history", "-p", ada.project.path]).stdout.split(separator: "\n").map(
            String.init)
        XCTAssertEqual(lines.count, 2, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[0].hasSuffix("  ada  Renamed Staff wellbeing to Wellbeing of staff"), lines[0])
        XCTAssertTrue(lines[1].hasSuffix("  ben  Recoloured Wellbeing of staff #123456"), lines[1])
        XCTAssertNotNil(
            lines[0].range(of: #"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  "#, options: .regularExpression),
            "each edit says when")

        let json = try run(as: ben, ["team", "history", "-p", ben.project.path, "--last", "1", "--json"]).stdout
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?["name"] as? String, "ben")
        XCTAssertEqual(rows.first?["sequence"] as? Int, 1)
    }

    func testHistoryOfAProjectWithNoTeamSaysSo() throws {
        let solo = teamMember("solo")
        try run(as: solo, ["sample", solo.project.path])
        let result = try run(as: solo, ["team", "history", "-p", solo.project.path], succeeding: false)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("is not a team project"), result.stderr)
    }

    func testSettingUpATeamGivesTheQuotesTaggedBeforeIdsToTheFacilitatorWhoTaggedThem() throws {
        let remote = directory.appendingPathComponent("remote.git")
        XCTAssertEqual(
            try Subprocess.run(
                URL(fileURLWithPath: "/usr/bin/env"), ["git", "init", "--quiet", "--bare", remote.path],
                environment: ProcessInfo.processInfo.environment
            ).status, 0)
        let owner = teamMember("priya")
        try run(as: owner, ["sample", owner.project.path])
        let fortnights = owner.project.appendingPathComponent("fortnights")
        for folder in try FileManager.default.contentsOfDirectory(atPath: fortnights.path) {
            let coding = fortnights.appendingPathComponent(folder).appendingPathComponent("coding.json")
            let text = try String(contentsOf: coding, encoding: .utf8)
            try text.replacingOccurrences(of: #""coder" : "facilitator""#, with: #""coder" : "priya""#).write(
                to: coding, atomically: true, encoding: .utf8)
        }
        try run(as: owner, ["team", "init", "-p", owner.project.path, "--remote", remote.path])
        let me =
            try JSONSerialization.jsonObject(with: Data(try run(as: owner, ["whoami", "--json"]).stdout.utf8))
            as? [String: Any]
        let id = try XCTUnwrap(me?["id"] as? String)
        let ben = teamMember("ben")
        try run(as: ben, ["team", "join", remote.path, ben.project.path])
        var coders: Set<String> = []
        let joined = ben.project.appendingPathComponent("fortnights")
        for folder in try FileManager.default.contentsOfDirectory(atPath: joined.path) {
            let coding =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: joined.appendingPathComponent(folder).appendingPathComponent("coding.json")))
                as? [String: Any]
            let quotes = coding?["quotes"] as? [[String: Any]] ?? []
            coders.formUnion(quotes.compactMap { $0["coder"] as? String })
        }
        XCTAssertEqual(
            coders, [id], "quotes tagged as \"priya\" before ids are the owner's by id, on the joiner's machine too")
    }

    func testRestoreIsRefusedInATeamProjectAndChangesNothing() throws {
        let (_, members) = try makeTeam(["ada"])
        let ada = members[0]
        let manifest = ada.project.appendingPathComponent("glean.json")
        let before = try Data(contentsOf: manifest)
        let result = try run(as: ada, ["restore", "-p", ada.project.path, "20260101T000000Z"], succeeding: false)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("team project"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: manifest), before)
    }
}
