import Foundation
import GleanTestSupport
import XCTest

/// A test case with a fresh temporary directory and helpers to run `glean` in it, in tmux or as a subprocess.
class EndToEndTestCase: XCTestCase {
    /// The sample programme's latest fortnight, as the Logs screen titles it on opening.
    static let latestFortnightTitle = "Fortnight 3 — week ending Sunday 17 May 2020"
    /// The status bar's save indicator once every edit is on disk.
    static let saved = "✓ saved"

    /// This test's own temporary directory, removed afterwards.
    private(set) var directory = URL(fileURLWithPath: "/nonexistent")

    override func setUpWithError() throws {
        try super.setUpWithError()
        guard GleanBinary.url != nil else {
            XCTFail(MissingBinary().description)
            throw MissingBinary()
        }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("glean-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
        try super.tearDownWithError()
    }

    /// Runs `glean arguments…` as a subprocess.
    func glean(_ arguments: String...) throws -> CommandResult {
        try GleanBinary.run(arguments)
    }

    /// Writes a copy of the sample programme into this test's directory and returns its path.
    func makeSample() throws -> URL {
        let project = directory.appendingPathComponent("project")
        let result = try glean("sample", project.path)
        XCTAssertEqual(result.status, 0, "glean sample failed: \(result.stderr)")
        return project
    }

    /// Starts `glean arguments…` in tmux, in this test's directory.
    func launch(
        _ arguments: [String], environment: [String: String] = [:], width: Int = 100, height: Int = 30
    ) throws -> TmuxSession {
        guard let binary = GleanBinary.url else { throw MissingBinary() }
        return try tmux([binary.path] + arguments, environment: environment, width: width, height: height)
    }

    /// Starts `arguments` (the program first) in tmux, in this test's directory, with the tests' own configuration
    /// folder (`GleanBinary.configurationHome`) and then `environment`; skips the test when tmux is not installed.
    func tmux(
        _ arguments: [String], environment: [String: String] = [:], width: Int = 100, height: Int = 30
    ) throws -> TmuxSession {
        guard TmuxSession.executable != nil else { throw XCTSkip(TmuxMissing().description) }
        let settings = ["XDG_CONFIG_HOME": GleanBinary.configurationHome].merging(environment) { _, new in new }
        return try TmuxSession(arguments, environment: settings, in: directory, width: width, height: height)
    }

    /// Opens `project` with `glean open` and waits for the Logs screen of its latest fortnight.
    func open(
        _ project: URL, environment: [String: String] = [:], width: Int = 100, height: Int = 30,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> TmuxSession {
        let session = try launch(["open", project.path], environment: environment, width: width, height: height)
        try waitForFirstScreen(session, file: file, line: line)
        return session
    }

    /// Waits until the Logs screen shows the latest fortnight's title and the save indicator together.
    func waitForFirstScreen(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.waitUntil("the first screen", file: file, line: line) { screen in
            screen.contains { $0.contains(Self.latestFortnightTitle) } && screen.last?.contains(Self.saved) == true
        }
    }

    /// Quits from the screen one level below the top (`q` twice) and asserts a clean exit.
    func quitFromReader(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.sendKeys("q")
        try session.waitFor(text: Self.latestFortnightTitle, file: file, line: line)
        try session.sendKeys("q")
        XCTAssertEqual(
            try session.waitForExit(file: file, line: line), 0, "glean did not exit cleanly", file: file, line: line)
    }

    /// `glean counts -p project --json`, decoded; fails the test when the command fails.
    func counts(_ project: URL, file: StaticString = #filePath, line: UInt = #line) throws -> CountsDocument {
        let result = try glean("counts", "-p", project.path, "--json")
        XCTAssertEqual(result.status, 0, "glean counts failed: \(result.stderr)", file: file, line: line)
        return try JSONDecoder().decode(CountsDocument.self, from: Data(result.stdout.utf8))
    }

    /// Asserts that `glean check -p project` passes.
    func assertCheckPasses(_ project: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try glean("check", "-p", project.path)
        XCTAssertEqual(result.status, 0, "glean check failed:\n\(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stdout.hasPrefix("OK:"), "glean check printed: \(result.stdout)", file: file, line: line)
    }
}
