import Foundation
import GleanTestSupport
import XCTest

/// The subcommands and long option names `glean --experimental-dump-help` reports: argument-parser's own account of
/// the definitions that `--help`, the completion scripts and the manual page are generated from.
struct CommandDefinitions {
    /// Each visible subcommand's name with its visible long option names.
    let subcommands: [(name: String, options: [String])]

    /// Runs `glean --experimental-dump-help` through `run` and reads it.
    init(_ run: (String...) throws -> CommandResult) throws {
        let dump = try run("--experimental-dump-help")
        XCTAssertEqual(dump.status, 0, dump.stderr)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try XCTUnwrap(root["command"] as? [String: Any])
        let children = try XCTUnwrap(command["subcommands"] as? [[String: Any]])
        subcommands = children.filter { $0["shouldDisplay"] as? Bool != false }.compactMap { child in
            guard let name = child["commandName"] as? String, name != "help" else { return nil }
            let arguments = (child["arguments"] as? [[String: Any]] ?? []).filter {
                $0["shouldDisplay"] as? Bool != false
            }
            let longNames = arguments.flatMap { argument in
                (argument["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }
                    .compactMap { $0["name"] as? String }
            }
            return (name, longNames.filter { $0 != "help" && $0 != "version" })
        }
    }
}
