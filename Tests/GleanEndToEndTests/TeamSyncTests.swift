import Foundation
import GleanTestSupport
import XCTest

/// Three facilitators on three clones of one team project, with a bare repository as the remote, all on this machine:
/// random offline edits and syncs in random orders converge, never conflict, and lose nothing; a sync killed with
/// SIGKILL loses nothing either.
final class TeamSyncTests: EndToEndTestCase {
    private func logIDs(_ member: TeamMember) throws -> [String] {
        let listed = try run(as: member, ["logs", "-p", member.project.path, "--fortnight", "3", "--json"])
        let logs = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        return logs.compactMap { $0["id"] as? String }
    }

    /// Every file Glean derives from the team's edits, by path relative to the project.
    private func derivedFiles(_ project: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let manifest = project.appendingPathComponent("glean.json")
        files["glean.json"] = try Data(contentsOf: manifest)
        let fortnights = project.appendingPathComponent("fortnights")
        for folder in try FileManager.default.contentsOfDirectory(atPath: fortnights.path).sorted() {
            for name in ["logs.json", "coding.json"] {
                files["fortnights/\(folder)/\(name)"] = try Data(
                    contentsOf: fortnights.appendingPathComponent(folder).appendingPathComponent(name))
            }
        }
        return files
    }

    /// How many edits each facilitator's file in `project`'s team folder holds, by the facilitator's name.
    private func editsByName(_ project: URL) throws -> [String: Int] {
        let team = project.appendingPathComponent("team")
        var edits: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: team.path) where name.hasSuffix(".json") {
            let facilitator =
                try JSONSerialization.jsonObject(with: Data(contentsOf: team.appendingPathComponent(name)))
                as? [String: Any]
            let id = String(name.dropLast(5))
            let ops = (try? String(contentsOf: team.appendingPathComponent(id + ".jsonl"), encoding: .utf8)) ?? ""
            edits[facilitator?["name"] as? String ?? id] = ops.split(separator: "\n").count
        }
        return edits
    }

    func testThreeFacilitatorsEditingOfflineAndSyncingInRandomOrdersConverge() throws {
        var random = SeededGenerator(seedFromEnvironment: "GLEAN_TEAM_SEED")
        var (_, members) = try makeTeam(["ada", "ben", "cai"])
        let logs = try logIDs(members[0])
        let concerns = [
            "improvement-tools", "patient-feedback", "staff-wellbeing", "technology-equipment", "quality-safety",
        ]
        var syncs = 0
        for round in 0..<14 {
            let who = Int.random(in: 0..<members.count, using: &random)
            var current = members[who]
            let path = current.project.path
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let arguments: [String]
                switch Int.random(in: 0..<7, using: &random) {
                case 0, 1:
                    arguments = [
                        "tag", "-p", path, "--log", logs.randomElement(using: &random)!, "--section", "0",
                        "--sentence", "1", "--concern", concerns.randomElement(using: &random)!,
                    ]
                case 2 where !current.quotes.isEmpty:
                    arguments = [
                        "memo", "-p", path, current.quotes.randomElement(using: &random)!,
                        "memo \(round) by \(current.name)",
                    ]
                case 3 where !current.quotes.isEmpty:
                    arguments = ["feature", "-p", path, current.quotes.randomElement(using: &random)!]
                case 4:
                    arguments = [
                        "codebook", "-p", path, "rename", concerns.randomElement(using: &random)!,
                        "Name \(round) \(current.name) \(current.saved)",
                    ]
                case 5:
                    let colour = String(format: "#%06X", Int.random(in: 0..<0xFFFFFF, using: &random))
                    arguments = ["codebook", "-p", path, "recolour", concerns.randomElement(using: &random)!, colour]
                default:
                    arguments = [
                        "note", "-p", path, "--fortnight", "3", "--part", "next",
                        "To explore, round \(round), \(current.name)",
                    ]
                }
                let result = try run(as: current, arguments)
                if result.stdout.hasPrefix("Saved:") { current.saved += 1 }
                if arguments[0] == "tag", result.stdout.contains("(quote "),
                    let id = result.stdout.split(separator: " ").last?.dropLast(2)
                {
                    current.quotes.append(String(id))
                }
            }
            members[who] = current
            if Bool.random(using: &random) {
                let result = try run(as: current, ["sync", "-p", path])
                XCTAssertTrue(result.stdout.contains("Synced:"), result.stdout)
                syncs += 1
            }
        }
        for _ in 0..<2 {
            for member in members { _ = try run(as: member, ["sync", "-p", member.project.path]) }
        }
        let expected = try derivedFiles(members[0].project)
        let counts = try run(as: members[0], ["counts", "-p", members[0].project.path, "--json"]).stdout
        for member in members.dropFirst() {
            XCTAssertEqual(
                try derivedFiles(member.project), expected, "\(member.name)'s project is byte-identical to ada's")
            XCTAssertEqual(try run(as: member, ["counts", "-p", member.project.path, "--json"]).stdout, counts)
        }
        let coding = try derivedFiles(members[0].project).filter { $0.key.hasSuffix("coding.json") }.values
            .map { String(decoding: $0, as: UTF8.self) }.joined()
        let edits = try editsByName(members[0].project)
        for member in members {
            XCTAssertEqual(
                edits[member.name], member.saved, "every edit \(member.name) saw saved is in the team's files")
            for quote in member.quotes {
                XCTAssertTrue(coding.contains(quote), "\(member.name)'s quote \(quote) is present")
            }
        }
        let status = try run(as: members[0], ["team", "status", "-p", members[0].project.path]).stdout
        XCTAssertTrue(status.contains("0 edits to share · 0 new from others"), status)
        XCTAssertGreaterThan(syncs, 2, "the random orders synced along the way")
    }

    func testASyncKilledAtAnyMomentLosesNothing() throws {
        var random = SeededGenerator(seedFromEnvironment: "GLEAN_TEAM_SEED")
        var (_, members) = try makeTeam(["ada", "ben"])
        let logs = try logIDs(members[0])
        guard let binary = GleanBinary.url else { throw MissingBinary() }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = members[0].config.path
        for round in 0..<8 {
            let tagged = try run(
                as: members[0],
                [
                    "tag", "-p", members[0].project.path, "--log", logs[round % logs.count],
                    "--section", "1", "--sentence", "1", "--concern", "staff-wellbeing",
                ])
            members[0].saved += 1
            if let id = tagged.stdout.split(separator: " ").last?.dropLast(2) { members[0].quotes.append(String(id)) }
            let sync = try Subprocess.spawn(binary, ["sync", "-p", members[0].project.path], environment: environment)
            usleep(UInt32.random(in: 0..<250_000, using: &random))
            sync.kill(SIGKILL)
            _ = try sync.wait()
        }
        _ = try run(as: members[0], ["sync", "-p", members[0].project.path])
        _ = try run(as: members[1], ["sync", "-p", members[1].project.path])
        let quotes = try run(as: members[1], ["quotes", "-p", members[1].project.path, "--json"]).stdout
        for quote in members[0].quotes {
            XCTAssertTrue(quotes.contains(quote), "quote \(quote) reached ben despite the kills")
        }
        XCTAssertEqual(try derivedFiles(members[1].project), try derivedFiles(members[0].project))
        let check = try run(as: members[0], ["check", "-p", members[0].project.path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }
}
