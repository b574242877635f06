import Foundation
import GleanCore
import GleanTestSupport
import XCTest

/// A teammate's files arrive through git from another machine (another organisation, a compromised laptop, a bad
/// merge), so they are hostile input: bad edits are left out and listed while the project still opens; a remote
/// that brings files Glean does not write, cuts someone's edits or rewrites history is refused before anything is
/// checked out; the remote repository's own hooks never run; a hostile URL given to `glean team join` runs nothing.
final class TeamHostileRemoteTests: EndToEndTestCase {
    /// Runs git in `folder` (nil: the test's directory), asserting it succeeds.
    @discardableResult
    private func git(_ folder: URL?, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws
        -> String
    {
        let prefix = folder.map { ["-C", $0.path] } ?? []
        let result = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["git"] + prefix + ["-c", "user.name=x", "-c", "user.email=x@x"] + arguments,
            environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(
            result.status, 0, "git \(arguments.joined(separator: " ")): \(result.stderr)", file: file, line: line)
        return result.stdout
    }

    /// The blob of a link to /etc/passwd, stored in the repository at `project`.
    private func linkBlob(in project: URL) throws -> String {
        let target = directory.appendingPathComponent("link-target")
        try Data("/etc/passwd".utf8).write(to: target)
        return try git(project, ["hash-object", "-w", target.path]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func id(of member: TeamMember) throws -> String {
        try XCTUnwrap(
            try JSONDecoder().decode(
                [String: String].self, from: Data(run(as: member, ["whoami", "--json"]).stdout.utf8))["id"])
    }

    private func firstLog(_ member: TeamMember) throws -> String {
        let listed = try run(as: member, ["logs", "-p", member.project.path, "--fortnight", "3", "--json"])
        let logs = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        return try XCTUnwrap(logs.first?["id"] as? String)
    }

    private func tag(_ member: TeamMember, sentence: String = "1") throws {
        try run(
            as: member,
            [
                "tag", "-p", member.project.path, "--log", try firstLog(member), "--section", "0", "--sentence",
                sentence, "--concern", "staff-wellbeing",
            ])
    }

    func testATeammatesBadEditsAreLeftOutAndListedAndTheProjectStillOpensAndSyncs() throws {
        let members = try makeTeam(["ada", "ben"]).members
        let (ada, ben) = (members[0], members[1])
        let benID = try id(of: ben)
        try tag(ben)
        try run(as: ben, ["sync", "-p", ben.project.path])
        let file = ben.project.appendingPathComponent("team/\(benID).jsonl")
        let honest = try String(contentsOf: file, encoding: .utf8)
        let pastTheEnd = honest.replacingOccurrences(of: "\"sequence\":1", with: "\"sequence\":2")
            .replacingOccurrences(of: #""end":\d+"#, with: "\"end\":99999999", options: .regularExpression)
            .replacingOccurrences(
                of: #""id":"[^"]+","log""#, with: "\"id\":\"evil\",\"log\"", options: .regularExpression)
        let hugeClock = honest.replacingOccurrences(of: "\"sequence\":1", with: "\"sequence\":3")
            .replacingOccurrences(of: #""lamport":\d+"#, with: "\"lamport\":\(Int.max)", options: .regularExpression)
        let escapes = honest.replacingOccurrences(of: "\"sequence\":1", with: "\"sequence\":5")
            .replacingOccurrences(
                of: #""summary":"[^"]*""#, with: #""summary":"Tagged \u001b]0;owned\u0007\u001b[2J\u202e""#,
                options: .regularExpression)
        XCTAssertNotEqual(pastTheEnd, honest)
        XCTAssertNotEqual(escapes, honest)
        try Data((honest + pastTheEnd + hugeClock + "{not json\n" + escapes).utf8).write(to: file)
        try git(ben.project, ["add", "team"])
        try git(ben.project, ["commit", "--quiet", "-m", "hostile"])
        try git(ben.project, ["push", "--quiet", "origin", "HEAD:main"])

        let synced = try run(as: ada, ["sync", "-p", ada.project.path])
        XCTAssertTrue(synced.stdout.contains("5 new from others (ben 5)"), synced.stdout)
        try run(as: ada, ["check", "-p", ada.project.path])
        let status = try run(as: ada, ["team", "status", "-p", ada.project.path]).stdout
        for line in 2...4 {
            XCTAssertTrue(status.contains("team/\(benID).jsonl line \(line)"), "line \(line) listed: \(status)")
        }
        XCTAssertTrue(status.contains("outside section 0"), status)
        XCTAssertTrue(status.contains("clock \(Int.max)"), status)
        let history = try run(as: ada, ["team", "history", "-p", ada.project.path])
        XCTAssertFalse((history.stdout + status).contains("\u{1B}"), "no terminal escape reaches the terminal")
        XCTAssertFalse((history.stdout + status).contains("\u{202E}"), "no bidi override reaches the terminal")
        XCTAssertEqual(try allQuotes(ada.project).filter { $0.coder == benID }.map(\.id).contains("evil"), false)
        XCTAssertEqual(try allQuotes(ada.project).filter { $0.coder == benID }.count, 1, "Ben's good edits are in")

        let session = try open(ada.project, environment: ada.environment, width: 80, height: 24)
        try session.waitFor(text: "│ 0 to share · 0 new │")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)

        try tag(ada, sentence: "2")
        try run(as: ada, ["sync", "-p", ada.project.path])
        try tag(ben, sentence: "2")
        let benSynced = try run(as: ben, ["sync", "-p", ben.project.path])
        XCTAssertTrue(benSynced.stdout.contains("shared 1 edit · 1 new from others"), benSynced.stdout)
        try run(as: ada, ["sync", "-p", ada.project.path])
        let (bens, adas) = (Set(try allQuotes(ben.project).map(\.id)), Set(try allQuotes(ada.project).map(\.id)))
        XCTAssertEqual(bens.symmetricDifference(adas), [], "both clones hold the same quotes")
        XCTAssertEqual(
            try allQuotes(ben.project).sorted { $0.id < $1.id }, try allQuotes(ada.project).sorted { $0.id < $1.id })
        XCTAssertEqual(
            try run(as: ben, ["counts", "-p", ben.project.path, "--json"]).stdout,
            try run(as: ada, ["counts", "-p", ada.project.path, "--json"]).stdout)
    }

    func testARemoteBringingFilesGleanDoesNotWriteOrCuttingEditsIsRefusedAndNothingIsCheckedOut() throws {
        let members = try makeTeam(["ada", "ben"]).members
        let (ada, ben) = (members[0], members[1])
        let (adaID, benID) = (try id(of: ada), try id(of: ben))
        try tag(ada)
        try run(as: ada, ["sync", "-p", ada.project.path])
        try tag(ben)
        try run(as: ben, ["sync", "-p", ben.project.path])
        try run(as: ada, ["sync", "-p", ada.project.path])
        let before = try git(ben.project, ["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)

        let hostile: [(String, () throws -> Void)] = [
            (
                ".gitattributes",
                {
                    try Data("team/*.jsonl filter=evil\n".utf8).write(
                        to: ben.project.appendingPathComponent(".gitattributes"))
                    try self.git(ben.project, ["add", "-f", ".gitattributes"])
                }
            ),
            (
                ".gitmodules",
                {
                    try Data("[submodule \"x\"]\n\tpath = x\n\turl = ext::sh -c touch% /tmp/owned\n".utf8).write(
                        to: ben.project.appendingPathComponent(".gitmodules"))
                    try self.git(ben.project, ["add", "-f", ".gitmodules"])
                }
            ),
            (
                "team/\(adaID).json",
                {
                    let link = ben.project.appendingPathComponent("team/\(adaID).json")
                    try FileManager.default.removeItem(at: link)
                    let blob = try self.linkBlob(in: ben.project)
                    try self.git(ben.project, ["update-index", "--cacheinfo", "120000,\(blob),team/\(adaID).json"])
                }
            ),
            (
                "team/\(adaID).jsonl",
                {
                    try Data().write(to: ben.project.appendingPathComponent("team/\(adaID).jsonl"))
                    try self.git(ben.project, ["add", "team"])
                }
            ),
            (
                "cuts or rewrites team/\(benID).jsonl",
                {
                    try Data().write(to: ben.project.appendingPathComponent("team/\(benID).jsonl"))
                    try self.git(ben.project, ["add", "team"])
                }
            ),
            (
                "team/\(adaID).jsonl, your own edits",
                {
                    let file = ben.project.appendingPathComponent("team/\(adaID).jsonl")
                    let first = try String(contentsOf: file, encoding: .utf8)
                    try Data((first + first.replacingOccurrences(of: "\"sequence\":1", with: "\"sequence\":2")).utf8)
                        .write(to: file)
                    try self.git(ben.project, ["add", "team"])
                }
            ),
            (
                "team/base/",
                {
                    try Data("{}".utf8).write(to: ben.project.appendingPathComponent("team/base/extra.json"))
                    try self.git(ben.project, ["add", "team"])
                }
            ),
        ]
        for (path, plant) in hostile {
            try git(ben.project, ["reset", "--hard", "--quiet", before])
            try plant()
            try git(ben.project, ["commit", "--quiet", "--amend", "-m", "rewritten"])
            try git(ben.project, ["push", "--quiet", "--force", "origin", "HEAD:main"])
            let refused = try run(as: ada, ["sync", "-p", ada.project.path], succeeding: false)
            XCTAssertNotEqual(refused.status, 0, path)
            XCTAssertTrue(refused.stderr.contains(path), "\(path): \(refused.stderr)")
            XCTAssertTrue(refused.stderr.contains("nothing was changed"), refused.stderr)
            XCTAssertFalse(
                FileManager.default.fileExists(atPath: ada.project.appendingPathComponent(".gitattributes").path))
            XCTAssertFalse(
                FileManager.default.fileExists(atPath: ada.project.appendingPathComponent(".gitmodules").path))
            XCTAssertEqual(
                try allQuotes(ada.project).filter { $0.coder == adaID }.count, 1, "\(path): Ada's tag is kept")
            try run(as: ada, ["check", "-p", ada.project.path])
        }
        try git(ben.project, ["reset", "--hard", "--quiet", before])
        try git(ben.project, ["push", "--quiet", "--force", "origin", "HEAD:main"])
        try run(as: ada, ["sync", "-p", ada.project.path])
    }

    func testTheRemoteRepositorysOwnHooksNeverRun() throws {
        let (remote, members) = try makeTeam(["ada"])
        let ada = members[0]
        let marker = directory.appendingPathComponent("hook-ran")
        for hook in ["pre-receive", "update", "post-receive", "post-update", "reference-transaction"] {
            let path = remote.appendingPathComponent("hooks/\(hook)")
            try Data("#!/bin/sh\ntouch '\(marker.path)'\n".utf8).write(to: path)
            XCTAssertEqual(chmod(path.path, 0o755), 0)
        }
        try tag(ada)
        let synced = try run(as: ada, ["sync", "-p", ada.project.path])
        XCTAssertTrue(synced.stdout.contains("shared 1"), synced.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker.path), "a hook of the remote repository ran")
        try git(ada.project, ["push", "--quiet", "origin", "HEAD:refs/heads/probe"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: marker.path), "the hooks would run for a plain git push")
    }

    func testJoiningAHostileURLOrARemoteWithALinkRunsNothingAndKeepsNothing() throws {
        let marker = directory.appendingPathComponent("owned")
        let joiner = teamMember("eve")
        for url in [
            "ext::sh -c touch% \(marker.path)", "--upload-pack=touch \(marker.path)", "file:///dev/null", "file:///etc",
        ] {
            let joined = try run(as: joiner, ["team", "join", url, joiner.project.path], succeeding: false)
            XCTAssertNotEqual(joined.status, 0, url)
            XCTAssertFalse(FileManager.default.fileExists(atPath: marker.path), "\(url) ran a command")
            XCTAssertFalse(FileManager.default.fileExists(atPath: joiner.project.path), "\(url): nothing kept")
        }

        let (remote, members) = try makeTeam(["ada"])
        let ada = members[0]
        try Data("{".utf8).write(to: ada.project.appendingPathComponent("team/base/glean.json"))
        try git(ada.project, ["commit", "--quiet", "-am", "a broken base"])
        try git(ada.project, ["push", "--quiet", "origin", "HEAD:main"])
        let broken = try run(as: joiner, ["team", "join", remote.path, joiner.project.path], succeeding: false)
        XCTAssertNotEqual(broken.status, 0)
        XCTAssertTrue(broken.stderr.contains("team/base/, cannot be opened"), broken.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: joiner.project.path), "nothing kept")

        let blob = try linkBlob(in: ada.project)
        try git(ada.project, ["update-index", "--add", "--cacheinfo", "120000,\(blob),team/base/notes.txt"])
        try git(ada.project, ["commit", "--quiet", "-m", "a link"])
        try git(ada.project, ["push", "--quiet", "origin", "HEAD:main"])
        let joined = try run(as: joiner, ["team", "join", remote.path, joiner.project.path], succeeding: false)
        XCTAssertNotEqual(joined.status, 0)
        XCTAssertTrue(joined.stderr.contains("team/base/notes.txt is not a plain file"), joined.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: joiner.project.path), "nothing kept")
    }
}
