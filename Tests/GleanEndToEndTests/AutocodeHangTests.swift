import Foundation
import GleanCore
import GleanTestSupport
import XCTest

/// Pathological patterns in `glean autocode` and in the interface's `A`: stopped by the step budget with a message,
/// or cancelled with Esc, never a hang, and never a partial tagging.
final class AutocodeHangTests: EndToEndTestCase {
    private static let fortyAs = String(repeating: "a", count: 40)
    /// Thirty sentences on which `(a+)+$` takes some 800 match steps each, under the 1,000 allowed for one sentence:
    /// together they run into the 10,000 allowed for the whole run, a few seconds' work.
    private static let slowSentences = Array(repeating: String(repeating: "a", count: 21) + "!", count: 30).joined(
        separator: " ")

    func testARunawayPatternStopsWithAMessageAndANonZeroExitAndTagsNothing() throws {
        let project = try makeSample(withLog: "Fine. \(Self.fortyAs)!")
        let before = try readProject(project)
        let started = Date()
        let result = try glean("autocode", "-p", project.path, "--pattern", "(a+)+$", "--concern", "staff-wellbeing")
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let participant = before.participants[0].code
        XCTAssertTrue(
            result.stderr.hasPrefix(
                "glean: --pattern: \"(a+)+$\" took too long at log \(participant)-2020-05-12, section 1 (“Progress”), sentence 2 (“aaaa"
            ),
            result.stderr)
        XCTAssertTrue(result.stderr.contains("it backtracks: the nested quantifiers in (a+)+"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("nothing was tagged\n"), result.stderr)
        XCTAssertEqual(try readProject(project), before)
    }

    func testManySlowSentencesRunIntoTheBudgetForTheWholeRun() throws {
        let project = try makeSample(withLog: Self.slowSentences)
        let before = try readProject(project)
        let result = try glean(
            "autocode", "-p", project.path, "--pattern", "(a+)+$", "--concern", "staff-wellbeing", "--dry-run")
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("used up the time allowed for the whole run"), result.stderr)
        XCTAssertEqual(try readProject(project), before)
    }

    func testFortyAsAloneMatchAtOnce() throws {
        let project = try makeSample(withLog: Self.fortyAs)
        let started = Date()
        let result = try glean("autocode", "-p", project.path, "--pattern", "(a+)+$", "--concern", "staff-wellbeing")
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Tagged 1 sentence in 1 log with Staff wellbeing\n"), result.stdout)
    }

    func testEscCancelsAutocodingInTheInterfaceWhichStaysResponsiveAndTagsNothing() throws {
        let project = try makeSample(withLog: Self.slowSentences)
        let before = try readProject(project)
        let session = try open(project)
        try startAutocoding("(a+)+$", session)
        try session.sendKeys("Escape")
        try session.waitFor(text: "Auto-coding cancelled", timeout: 2)
        try assertIdle(session)
        try session.sendKeys("?")
        try session.waitFor(text: "auto-code: tag every sentence matching a pattern", timeout: 2)
        try session.sendKeys("Escape")
        try session.waitForAbsence(of: "auto-code: tag every sentence matching a pattern", timeout: 2)
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        XCTAssertEqual(try readProject(project), before)
    }

    func testCtrlCCancelsAutocodingAndQuitsAtOnce() throws {
        let project = try makeSample(withLog: Self.slowSentences)
        let before = try readProject(project)
        let session = try open(project)
        try startAutocoding("(a+)+$", session)
        let pressed = Date()
        try session.sendKeys("C-c")
        XCTAssertEqual(try session.waitForExit(timeout: 5), 0)
        XCTAssertLessThan(Date().timeIntervalSince(pressed), 2, "quitting waited for the run to end by itself")
        XCTAssertEqual(try readProject(project), before)
    }

    /// Types `A`, picks the first concern, types the pattern and Enter; waits for the status bar to say the run is
    /// going.
    private func startAutocoding(_ pattern: String, _ session: TmuxSession) throws {
        try session.sendKeys("A")
        try session.waitFor(text: "Auto-code: tag with which concern?")
        try session.sendKeys("Enter")
        try session.waitFor(text: "sentences matching:")
        try session.type(pattern)
        try session.sendKeys("Enter")
        try session.waitFor(text: "Auto-coding “\(pattern)”… Esc to cancel", timeout: 2)
    }

    /// Asserts the program uses (next to) no processor time over a second: the cancelled search is not still going.
    private func assertIdle(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        guard let first = try processorTicks(session.panePID()) else { return }
        Thread.sleep(forTimeInterval: 1)
        guard let second = try processorTicks(session.panePID()) else { return }
        XCTAssertLessThan(
            second - first, 30, "more than 0.3 s of processor time in the second after the cancel", file: file,
            line: line)
    }

    /// User plus system time of `pid` in clock ticks (1/100 s), from /proc; nil where there is no /proc.
    private func processorTicks(_ pid: pid_t) throws -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let afterName = stat.range(of: ") ", options: .backwards)
        else { return nil }
        let fields = stat[afterName.upperBound...].split(separator: " ")
        // Fields 14 and 15 of the line (utime, stime) are 12 and 13 after the name's closing bracket.
        return Int(fields[11]).flatMap { user in Int(fields[12]).map { user + $0 } }
    }
}
