import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// `glean whoami`, and the facilitator id that `glean tag` and `glean autocode` record on the quotes they make.
final class WhoamiCommandTests: EndToEndTestCase {
    private static let log = "EE-04-2020-05-16"

    private var configuration: URL { directory.appendingPathComponent("config") }
    private var identityFile: URL { configuration.appendingPathComponent("glean/facilitator.json") }

    private func run(_ arguments: String...) throws -> CommandResult {
        try GleanBinary.run(arguments, environment: ["XDG_CONFIG_HOME": configuration.path, "USER": "sam"])
    }

    private func whoami() throws -> [String: String] {
        let result = try run("whoami", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        return try JSONDecoder().decode([String: String].self, from: Data(result.stdout.utf8))
    }

    func testFirstRunMakesTheIdentityAndSettingANameKeepsTheId() throws {
        let first = try run("whoami")
        XCTAssertEqual(first.status, 0, first.stderr)
        let lines = first.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "name  sam", "the name is $USER until set")
        let id = try XCTUnwrap(lines.dropFirst().first?.dropFirst(6)).description
        XCTAssertTrue(FacilitatorID.isValid(id), id)
        XCTAssertEqual(lines.last, "file  \(identityFile.path)")

        let named = try run("whoami", "--name", "  Sam Lee ")
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertTrue(named.stdout.hasPrefix("Your name is now Sam Lee\n"), named.stdout)
        XCTAssertEqual(try whoami(), ["id": id, "name": "Sam Lee"])
    }

    func testABadNameFailsAndWritesNothing() throws {
        let before = try whoami()
        let stored = try Data(contentsOf: identityFile)
        for bad in ["", String(repeating: "n", count: 81), "tab\tname"] {
            let result = try run("whoami", "--name", bad)
            XCTAssertNotEqual(result.status, 0, bad)
            XCTAssertTrue(result.stderr.hasPrefix("glean: --name: a name "), result.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: identityFile), stored)
        XCTAssertEqual(try whoami(), before)
    }

    func testAHostileIdentityFileStopsEveryCommandThatNeedsIt() throws {
        let project = try makeSample()
        let before = try allQuotes(project)
        try FileManager.default.createDirectory(
            at: identityFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: identityFile, withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        for arguments in [
            ["whoami"], ["tag", "-p", project.path, "--log", Self.log, "--sentence", "1", "--concern", "1"],
        ] {
            let result = try GleanBinary.run(arguments, environment: ["XDG_CONFIG_HOME": configuration.path])
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(
                result.stderr.contains("\(identityFile.path): a symbolic link where a regular file belongs"),
                result.stderr)
        }
        XCTAssertEqual(try allQuotes(project), before, "nothing is tagged")
    }

    func testTagAndAutocodeRecordTheFacilitatorId() throws {
        let project = try makeSample()
        let id = try XCTUnwrap(try whoami()["id"])
        let tagged = try run("tag", "-p", project.path, "--log", Self.log, "--sentence", "1", "--concern", "1")
        XCTAssertEqual(tagged.status, 0, tagged.stderr)
        let autocoded = try run(
            "autocode", "-p", project.path, "--pattern", "video", "--concern", "staff-wellbeing", "--fortnight", "3")
        XCTAssertEqual(autocoded.status, 0, autocoded.stderr)
        let made = try allQuotes(project).filter { $0.coder != "facilitator" }
        XCTAssertGreaterThan(made.count, 1, "tag made one quote and autocode at least one")
        XCTAssertEqual(Set(made.map(\.coder)), [id])
    }
}
