import Foundation
import GleanCore
import XCTest

/// Failures the fuzzer found, each reduced to one small change to a valid project and kept as a deterministic case.
///
/// Every case runs in a child process (`Isolated`), so one that crashes fails only itself. Each failed until its bug
/// was fixed in `Sources/`.
final class FuzzRegressionTests: XCTestCase {
    private var template: FuzzTemplate!
    private var workspace: URL!

    override func setUpWithError() throws {
        template = try FuzzTemplate()
        workspace = FileManager.default.temporaryDirectory.appendingPathComponent(
            "glean-fuzz-regression-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: workspace)
    }

    /// `ProjectStore.init` computed the next sequence as the last entry's plus one, which overflowed.
    func testRegression_journalSequenceIntMaxCrashesOpen() throws {
        try assertOpensOrFailsCleanly(
            "journal.jsonl", #"{"changes":[],"sequence":9223372036854775807,"summary":"x"}"# + "\n")
    }

    /// `Day`'s decoding error quoted the date as it is, newline and all, so the problem spanned two lines.
    func testRegression_newlineInALogDateMakesATwoLineProblem() throws {
        var logs = try XCTUnwrap(template.document("fortnights/001/logs.json"))
        logs.set(.string("2020-04-17\n"), at: [.key("logs"), .index(0), .key("date")])
        try assertOpensOrFailsCleanly("fortnights/001/logs.json", logs.text(pretty: true))
    }

    /// A terminal escape sequence in a date reached the problem as it is, so `glean check` would have sent it to the
    /// terminal.
    func testRegression_escapeSequenceInALogDateReachesTheProblem() throws {
        var logs = try XCTUnwrap(template.document("fortnights/002/logs.json"))
        logs.set(.string("\u{1B}]0;owned\u{7}2020-05-01"), at: [.key("logs"), .index(0), .key("date")])
        try assertOpensOrFailsCleanly("fortnights/002/logs.json", logs.text(pretty: true))
    }

    /// A type mismatch's coding path held the attribute's name as it is, newline and all.
    func testRegression_newlineInAnAttributeNameMakesATwoLineProblem() throws {
        var manifest = try XCTUnwrap(template.document("glean.json"))
        manifest.set(
            .object([JSONMember(key: "role\n", value: .integer(3))]),
            at: [.key("participants"), .index(0), .key("attributes")])
        try assertOpensOrFailsCleanly("glean.json", manifest.text(pretty: true))
    }

    /// Beyond the open property: a journal line could name any fortnight, the project opened and `ProjectChecker` found
    /// nothing wrong, but `Project.fortnightNumbers` (and so `latestFortnight`, which the interface, `counts` and
    /// `export` use) then built an array of `Int.max` elements and crashed.
    func testRegression_journalFortnightIntMaxOpensButCrashesLatestFortnight() throws {
        let line =
            #"{"changes":[{"setNote":{"fortnight":9223372036854775807,"note":{"next":[],"opening":""}}}],"sequence":1,"summary":"x"}"#
        try template.write(to: workspace, replacing: "journal.jsonl", with: Array((line + "\n").utf8))
        let outcome = Isolated.run(timeLimit: 10) { () -> [String] in
            guard let project = try? ProjectStore.open(workspace).opened else { return ["refused"] }
            return ["latest fortnight \(project.latestFortnight)"] + ProjectChecker.problems(in: project).map(\.problem)
        }
        XCTAssertNil(outcome.abnormalEnd)
    }

    /// Writes the template with `path` holding `text` and checks `OpenProperty` on it.
    private func assertOpensOrFailsCleanly(_ path: String, _ text: String, line: UInt = #line) throws {
        try template.write(to: workspace, replacing: path, with: Array(text.utf8))
        let outcome = Isolated.run(timeLimit: 10) {
            OpenProperty.check(workspace, damagedPath: path, timeLimit: ProjectFuzzTests.timeLimit)
        }
        XCTAssertNil(outcome.failure, line: line)
    }
}
