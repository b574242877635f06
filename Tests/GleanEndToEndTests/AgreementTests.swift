import Foundation
import GleanTestSupport
import XCTest

/// `glean agreement` and the Agreement screen on a copy of the sample where a second facilitator, ben, has coded
/// some of fortnight 3 beside the sample's own coder, "facilitator".
final class AgreementTests: EndToEndTestCase {
    /// ben's environment: his name, and a config folder of his own, so his facilitator id is named "ben".
    private var ben: [String: String] {
        ProcessInfo.processInfo.environment.merging(
            ["USER": "ben", "XDG_CONFIG_HOME": directory.appendingPathComponent("config-ben").path]) { _, new in new }
    }

    /// The JSON `glean agreement` prints for `arguments`, decoded; fails the test when the command fails.
    private func agreement(_ project: URL, _ arguments: String...) throws -> [String: Any] {
        let result = try Subprocess.run(
            try XCTUnwrap(GleanBinary.url), ["agreement", "-p", project.path, "--json"] + arguments, environment: ben)
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// ben opens the sample in tmux (USER=ben), tags the first sentence of the first three logs of fortnight 3 with
    /// Staff wellbeing (key 9), goes to Counts and presses `=`: the screen names both facilitators and shows the same
    /// figures as `glean agreement --json`; `c` adds the unitized alpha; it fits at 40×12; `q` goes back to Counts.
    func testASecondFacilitatorCodesThenReadsTheAgreementScreen() throws {
        let project = try makeSample()
        let session = try open(
            project,
            environment: ["USER": "ben", "XDG_CONFIG_HOME": directory.appendingPathComponent("config-ben").path],
            width: 80, height: 24)
        try session.sendKeys("Enter")
        for step in 0..<3 {
            if step > 0 { try session.sendKeys("]") }
            try session.sendKeys("9")
            try session.waitFor(text: "Tagged")
            try session.waitFor(text: Self.saved)
        }
        try session.sendKeys("q", "Tab", "=")
        try session.waitFor(text: "Agreement · fortnight 3 · by presence")

        let json = try agreement(project, "--fortnight", "3")
        XCTAssertEqual(json["facilitators"] as? [String], ["ben", "facilitator"])
        let basis = try XCTUnwrap(json["basis"] as? [String: Any])
        XCTAssertEqual(basis["logs"] as? Int, 2, "EE-04 and EE-11 hold both facilitators' quotes; EE-09 only ben's")
        let screen = try session.capture()
        XCTAssertTrue(
            screen.contains { $0.contains(" 2 logs coded by both ben and facilitator, 18 units;") },
            screen.joined(separator: "\n"))
        let wellbeing = try XCTUnwrap(
            (json["concerns"] as? [[String: Any]])?.first { $0["name"] as? String == "Staff wellbeing" })
        let agree = String(format: "%.3f", try XCTUnwrap(wellbeing["agreement"] as? Double))
        let row = try XCTUnwrap(screen.first { $0.hasPrefix(" Staff wellbeing") }, screen.joined(separator: "\n"))
        XCTAssertTrue(row.contains(agree), "\(row) shows agreement \(agree)")

        try session.sendKeys("c")
        try session.waitFor(text: "by character")
        try session.waitFor(text: "uAlpha")
        try session.resize(width: 40, height: 12)
        try session.waitUntil("the screen at 40×12") { screen in
            screen.count == 12 && screen.contains { $0.contains("Agreement · fortnight 3") }
        }
        let narrow = try session.capture()
        XCTAssertTrue(narrow.allSatisfy { $0.count <= 40 })
        XCTAssertTrue(narrow.contains { $0.contains("Agree  Kappa  Alpha uAlpha") }, narrow.joined(separator: "\n"))
        try session.sendKeys("q")
        try session.waitFor(text: "Counts ·")
        try session.sendKeys("q", "q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    func testTheCommandsTableJSONAndRefusals() throws {
        let project = try makeSample()
        let alone = try glean("agreement", "-p", project.path)
        XCTAssertEqual(alone.status, 1)
        XCTAssertEqual(
            alone.stderr,
            "glean: agreement: agreement compares two or more facilitators; in the project only facilitator tagged quotes\n"
        )

        for log in ["EE-04-2020-05-16", "EE-11-2020-05-14"] {
            let tagged = try Subprocess.run(
                try XCTUnwrap(GleanBinary.url),
                ["tag", "-p", project.path, "--log", log, "--sentence", "1", "--concern", "9"], environment: ben)
            XCTAssertEqual(tagged.status, 0, tagged.stderr)
        }
        let table = try Subprocess.run(
            try XCTUnwrap(GleanBinary.url),
            ["agreement", "-p", project.path, "--fortnight", "3", "--concern", "Staff wellbeing"], environment: ben)
        XCTAssertEqual(table.status, 0, table.stderr)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Agreement by presence, fortnight 3: ben, facilitator")
        XCTAssertEqual(lines[1], "Concern             Agree     Kappa     Alpha     Units")
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("Basis: 2 logs coded by both ben and facilitator, 2 units;") }, table.stdout)

        let json = try agreement(project, "--unit", "character", "--facilitators", "facilitator,ben")
        XCTAssertEqual(json["facilitators"] as? [String], ["facilitator", "ben"])
        XCTAssertEqual(json["unit"] as? String, "character")
        let overall = try XCTUnwrap(json["overall"] as? [String: Any])
        XCTAssertNotNil(overall["unitizedAlpha"] as? Double)
        XCTAssertNotNil(overall["kappa"] as? Double)
        XCTAssertNotNil(overall["alpha"] as? Double)

        let unknown = try Subprocess.run(
            try XCTUnwrap(GleanBinary.url), ["agreement", "-p", project.path, "--facilitators", "ben,cy"],
            environment: ben)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(
            unknown.stderr,
            "glean: --facilitators: \"cy\" has tagged no quote in the project; those who have: ben, facilitator\n")
        let concern = try glean("agreement", "-p", project.path, "--concern", "nothing")
        XCTAssertEqual(concern.status, 1)
        XCTAssertTrue(concern.stderr.hasPrefix("glean: --concern: "), concern.stderr)
        let fortnight = try glean("agreement", "-p", project.path, "--fortnight", "9")
        XCTAssertEqual(fortnight.status, 1)
        XCTAssertEqual(fortnight.stderr, "glean: --fortnight: fortnight 9 has no logs; fortnights with logs: 1, 2, 3\n")
        XCTAssertEqual(try glean("agreement", "-p", project.path, "--fortnight", "0").status, 64)
        XCTAssertEqual(try glean("agreement", "-p", project.path, "--unit", "word").status, 64)
    }
}
