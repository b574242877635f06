import Foundation
import XCTest

@testable import GleanCore

/// Keeps the README's facts about the program true: every subcommand `glean --help` lists has its row in the
/// Subcommands table, and the schema version the README names is the one Glean writes.
final class ReadmeFactsTests: XCTestCase {
    private func readme() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The subcommand names under SUBCOMMANDS in `glean ARGUMENTS --help`.
    private func subcommands(_ arguments: String...) throws -> [String] {
        let help = try GleanBinary.run(arguments + ["--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        let listed = help.stdout.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first ?? ""
        return listed.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }.compactMap {
            line in
            line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil
        }
    }

    func testEverySubcommandHasItsRowInTheReadme() throws {
        let readme = try readme()
        let top = try subcommands()
        XCTAssertGreaterThan(top.count, 20, "the help lists the subcommands")
        for name in top where name != "help" {
            XCTAssertTrue(
                readme.contains("| `glean \(name)"), "README's Subcommands table has no row for `glean \(name)`")
        }
        for name in try subcommands("team") where name != "help" {
            XCTAssertTrue(
                readme.contains("| `glean team \(name)"),
                "README's Subcommands table has no row for `glean team \(name)`")
        }
    }

    func testTheReadmeNamesTheSchemaVersionGleanWrites() throws {
        XCTAssertTrue(
            try readme().contains("`schemaVersion` (currently \(Project.currentSchemaVersion);"),
            "README's project format names another schema version than \(Project.currentSchemaVersion)")
    }
}
