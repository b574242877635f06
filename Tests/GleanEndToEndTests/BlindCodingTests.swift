import Foundation
import GleanCore
import XCTest

/// Two facilitators on one project: the blind view hides the other's quote, and tagging the same passage there makes
/// a separate quote of one's own.
final class BlindCodingTests: EndToEndTestCase {
    private static let log = "EE-04-2020-05-16"

    private func identity(_ name: String) throws -> (environment: [String: String], id: String) {
        let environment = ["XDG_CONFIG_HOME": directory.appendingPathComponent(name).path]
        let result = try GleanBinary.run(["whoami", "--name", name, "--json"], environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        let id = try XCTUnwrap(try JSONDecoder().decode([String: String].self, from: Data(result.stdout.utf8))["id"])
        return (environment, id)
    }

    func testBlindViewHidesTheOtherCodersQuoteAndTaggingThereMakesMyOwn() throws {
        let project = try makeSample()
        let ana = try identity("Ana")
        let sam = try identity("Sam")
        let tagged = try GleanBinary.run(
            ["tag", "-p", project.path, "--log", Self.log, "--sentence", "1", "--concern", "2"],
            environment: ana.environment)
        XCTAssertEqual(tagged.status, 0, tagged.stderr)
        let anas = try XCTUnwrap(try allQuotes(project).first { $0.coder == ana.id })

        let session = try open(project, environment: sam.environment, width: 80, height: 24)
        try session.sendKeys("Enter")
        try session.waitFor(text: "Quotes in this log (5)")
        try session.waitFor(text: String(ana.id.prefix(8)))
        try session.sendKeys("v", "v")
        try session.waitFor(text: "│ blind: Sam │")
        let blind = try session.capture()
        XCTAssertFalse(
            blind.contains { $0.contains(String(ana.id.prefix(8))) || $0.contains("in this log") },
            blind.joined(separator: "\n"))
        try session.sendKeys("1")
        try session.waitFor(text: "✓ saved │ Tagged Improvement tools")
        try session.waitFor(text: "My quotes in this log (1)")
        try quitFromReader(session)

        let onPassage = try allQuotes(project).filter {
            $0.log == anas.log && $0.section == anas.section && $0.range == anas.range
        }
        XCTAssertEqual(onPassage.count, 2, "a separate quote, not an edit of Ana's")
        XCTAssertEqual(onPassage.first { $0.id == anas.id }, anas)
        XCTAssertEqual(onPassage.first { $0.id != anas.id }?.coder, sam.id)
        XCTAssertEqual(onPassage.first { $0.id != anas.id }?.concerns, ["improvement-tools"])
        try assertCheckPasses(project)
    }
}
