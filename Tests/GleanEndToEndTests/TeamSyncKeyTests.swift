import Foundation
import GleanCore
import GleanTestSupport
import XCTest

/// Two facilitators, each on a clone of one team project: Ben tags on the command line and syncs; Ada, in the
/// interface, sees what was fetched, presses `S`, and finds Ben's tag in her Reader; her own tag on the same passage
/// (made in the mine view, so it is hers, not an edit of his), reaches Ben once she presses `S` and he runs
/// `glean sync`.
final class TeamSyncKeyTests: EndToEndTestCase {
    func testTheSyncKeyBringsInATeammatesTagAndSharesMine() throws {
        let members = try makeTeam(["ada", "ben"]).members
        let (ada, ben) = (members[0], members[1])
        let listed = try run(as: ben, ["logs", "-p", ben.project.path, "--fortnight", "3", "--json"])
        let logs = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let first = try XCTUnwrap(logs.first?["id"] as? String)
        try run(
            as: ben,
            [
                "tag", "-p", ben.project.path, "--log", first, "--section", "0", "--sentence", "1", "--concern",
                "staff-wellbeing",
            ])
        try run(as: ben, ["sync", "-p", ben.project.path])
        let fetched = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["git", "-C", ada.project.path, "fetch", "--quiet", "origin", "+refs/heads/main:refs/remotes/origin/main"],
            environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(fetched.status, 0, fetched.stderr)

        let session = try open(ada.project, environment: ada.environment, width: 80, height: 24)
        try session.waitFor(text: "│ 0 to share · 1 new │")
        try session.sendKeys("S")
        try session.waitFor(text: "Synced: shared 0, received 1 (ben 1)")
        try session.waitFor(text: "│ 0 to share · 0 new │")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Quotes in this log")
        try session.waitFor(text: "ben ")
        let reader = try session.capture()
        XCTAssertTrue(
            reader.contains { $0.contains("ben") && $0.contains("Staff wellbeing") }, reader.joined(separator: "\n"))

        try session.sendKeys("v")
        try session.waitFor(text: "mine: ada")
        try session.sendKeys("1")
        try session.waitFor(text: "My quotes in this log (1)")
        try session.sendKeys("v", "v")
        try session.waitFor(text: "✓ saved │ 1 to share · 0 new │")
        try session.sendKeys("S")
        try session.waitFor(text: "Synced: shared 1, received 0")
        try session.waitFor(text: "│ 0 to share · 0 new │")
        try quitFromReader(session)

        let synced = try run(as: ben, ["sync", "-p", ben.project.path])
        XCTAssertTrue(synced.stdout.contains("1 new from others (ada 1)"), synced.stdout)
        let adaID = try XCTUnwrap(
            try JSONDecoder().decode(
                [String: String].self, from: Data(run(as: ada, ["whoami", "--json"]).stdout.utf8))["id"])
        let adas = try allQuotes(ben.project).filter { $0.coder == adaID }
        XCTAssertEqual(adas.count, 1, "Ada's tag made in the interface reached Ben")
        XCTAssertEqual(adas.first?.log, first)
    }

    func testAt40x12TheKeySaysWhyItCannotSyncAndNothingIsCut() throws {
        let solo = try makeSample()
        let plain = try launch(["open", solo.path], width: 40, height: 12)
        try plain.waitFor(text: "│ ✓ saved │ ? help")
        try plain.sendKeys("S")
        try plain.waitFor(text: "Not a team project: see glean team")
        try plain.waitFor(text: "init")
        try plain.sendKeys("q")
        XCTAssertEqual(try plain.waitForExit(), 0)

        let ada = try XCTUnwrap(try makeTeam(["ada"]).members.first)
        let removed = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", ada.project.path, "remote", "remove", "origin"],
            environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(removed.status, 0, removed.stderr)
        let session = try launch(["open", ada.project.path], environment: ada.environment, width: 40, height: 12)
        try session.waitFor(text: "│ ✓ saved │ 0↑ 0↓ │ ? help")
        try session.sendKeys("S")
        try session.waitUntil("the reason the sync failed, whole") { screen in
            let text = screen.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            return text.contains(
                "Sync failed: the project has no remote to sync with; add one with glean team init -p PATH --remote URL"
            )
        }
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
