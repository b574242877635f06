import Foundation
import XCTest

/// One facilitator of a team in an end-to-end test: a clone and a config folder of their own, `USER` their name.
struct TeamMember {
    let name: String
    let project: URL
    let config: URL

    /// The environment a `glean` of theirs runs with.
    var environment: [String: String] { ["XDG_CONFIG_HOME": config.path, "USER": name] }
}

extension EndToEndTestCase {
    /// A bare remote in this test's directory and one facilitator per name: the first sets the sample up for the team,
    /// the others join.
    func makeTeam(_ names: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [TeamMember] {
        let remote = directory.appendingPathComponent("remote.git")
        let made = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["git", "init", "--quiet", "--bare", remote.path],
            environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(made.status, 0, made.stderr, file: file, line: line)
        let members = names.map {
            TeamMember(name: $0, project: directory.appendingPathComponent($0), config: directory.appendingPathComponent("config-\($0)"))
        }
        try run(members[0], ["sample", members[0].project.path], file: file, line: line)
        try run(members[0], ["team", "init", "-p", members[0].project.path, "--remote", remote.path], file: file, line: line)
        for joining in members.dropFirst() {
            try run(joining, ["team", "join", remote.path, joining.project.path], file: file, line: line)
        }
        return members
    }

    /// Runs `glean arguments…` as `member`, asserting it succeeds.
    @discardableResult
    func run(_ member: TeamMember, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CommandResult {
        let result = try GleanBinary.run(arguments, environment: member.environment)
        XCTAssertEqual(result.status, 0, "\(member.name): glean \(arguments.joined(separator: " ")): \(result.stderr)", file: file, line: line)
        return result
    }
}
