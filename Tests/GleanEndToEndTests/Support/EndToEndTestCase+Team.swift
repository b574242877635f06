import Foundation
import GleanTestSupport
import XCTest

/// One facilitator in a team test: a project folder and a config folder (so an identity) of their own.
struct TeamMember {
    let name: String
    let project: URL
    let config: URL
    /// How many edits the facilitator saw reported saved.
    var saved = 0
    /// The ids of the quotes they tagged.
    var quotes: [String] = []

    /// What their `glean` runs with on top of the test's environment: their config folder and their login name.
    var environment: [String: String] { ["XDG_CONFIG_HOME": config.path, "USER": name] }
}

extension EndToEndTestCase {
    /// Runs `glean arguments` as `member`, asserting it succeeds unless `succeeding` is false.
    @discardableResult
    func run(
        as member: TeamMember, _ arguments: [String], succeeding: Bool = true, file: StaticString = #filePath,
        line: UInt = #line
    ) throws -> CommandResult {
        guard let binary = GleanBinary.url else { throw MissingBinary() }
        let environment = ProcessInfo.processInfo.environment.merging(member.environment) { _, theirs in theirs }
        let result = try Subprocess.run(binary, arguments, environment: environment)
        if succeeding {
            XCTAssertEqual(
                result.status, 0, "\(member.name): glean \(arguments.joined(separator: " ")): \(result.stderr)",
                file: file, line: line)
        }
        return result
    }

    /// Facilitator `name`, with folders in the test's directory.
    func teamMember(_ name: String) -> TeamMember {
        TeamMember(
            name: name, project: directory.appendingPathComponent(name),
            config: directory.appendingPathComponent("config-\(name)"))
    }

    /// A bare remote and `names.count` facilitators: the first sets the sample up for the team, the others join.
    func makeTeam(_ names: [String]) throws -> (remote: URL, members: [TeamMember]) {
        let remote = directory.appendingPathComponent("remote.git")
        let made = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["git", "init", "--quiet", "--bare", remote.path],
            environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(made.status, 0, made.stderr)
        let members = names.map(teamMember)
        try run(as: members[0], ["sample", members[0].project.path])
        try run(as: members[0], ["team", "init", "-p", members[0].project.path, "--remote", remote.path])
        for joining in members.dropFirst() {
            try run(as: joining, ["team", "join", remote.path, joining.project.path])
        }
        return (remote, members)
    }
}
