import Foundation
import XCTest

/// One Glean at a time edits a project: a second editor is refused with the holder's name, readers carry on, and the
/// lock of a killed Glean is taken over.
final class LockTests: EndToEndTestCase {
    func testASecondEditorIsRefusedReadersWorkAndAKilledHoldersLockIsTakenOver() throws {
        let project = try makeSample()
        let first = try open(project)
        let holder = try first.panePID()
        let before = try FileTree.contents(under: project)

        let second = try launch(["open", project.path])
        XCTAssertNotEqual(try second.waitForExit(), 0, "a second glean open must fail")
        assertNamesTheHolder(try second.captureJoined().joined(separator: "\n"), holder)
        let tag = try GleanBinary.run(tagArguments(project))
        XCTAssertNotEqual(tag.status, 0, "glean tag must be refused while the project is open: \(tag.stdout)")
        assertNamesTheHolder(tag.stderr, holder)
        XCTAssertEqual(try FileTree.contents(under: project), before, "refused writers change nothing")

        let counts = try glean("counts", "-p", project.path, "--json")
        XCTAssertEqual(counts.status, 0, counts.stderr)
        XCTAssertNoThrow(try JSONDecoder().decode(CountsDocument.self, from: Data(counts.stdout.utf8)))
        let export = try glean("export", "-p", project.path, "--fortnight", "3")
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertTrue(export.stdout.hasPrefix("# Video consultations learning logs: Fortnight 3"), export.stdout)
        try assertCheckPasses(project)

        try assertReadOnlyViewChangesNothing(project)
        XCTAssertEqual(try FileTree.contents(under: project), before, "readers change nothing")

        XCTAssertEqual(kill(holder, SIGKILL), 0)
        XCTAssertEqual(try first.waitForExit(), 128 + SIGKILL)
        let takeover = try GleanBinary.run(tagArguments(project))
        XCTAssertEqual(takeover.status, 0, takeover.stderr)
        XCTAssertTrue(takeover.stdout.hasPrefix("Saved:"), "glean tag printed: \(takeover.stdout)")
        XCTAssertTrue(takeover.stderr.contains("took over the lock"), "stderr: \(takeover.stderr)")
        XCTAssertTrue(
            takeover.stderr.contains("process \(holder)"), "the notice names the dead one: \(takeover.stderr)")
        try assertCheckPasses(project)
    }

    /// `glean open --read-only` alongside the editor: says "read-only", and a tag key only explains that it cannot.
    private func assertReadOnlyViewChangesNothing(_ project: URL) throws {
        let reader = try launch(["open", "--read-only", project.path])
        try reader.waitUntil("the first screen, read-only") { screen in
            screen.contains { $0.contains(Self.latestFortnightTitle) }
                && screen.last?.contains("│ read-only │") == true
        }
        try reader.sendKeys("Enter")
        try reader.waitFor(text: "Quotes in this log (4)")
        try reader.sendKeys("1")
        try reader.waitFor(text: "Read-only: nothing can be changed")
        let screen = try reader.capture()
        XCTAssertTrue(screen.contains { $0.contains("Quotes in this log (4)") }, screen.joined(separator: "\n"))
        XCTAssertFalse(screen.joined().contains("Tagged"), "no tag may be made read-only")
    }

    /// Asserts that `message` names this host, the holder's process and since when it holds the lock.
    private func assertNamesTheHolder(
        _ message: String, _ holder: pid_t, file: StaticString = #filePath, line: UInt = #line
    ) {
        var name = [UInt8](repeating: 0, count: 256)
        gethostname(&name, name.count)
        let host = String(decoding: name.prefix { $0 != 0 }, as: UTF8.self)
        XCTAssertTrue(
            message.contains("on \(host) (process \(holder),"), "host and process in: \(message)", file: file,
            line: line)
        let since = message.firstMatch(of: /since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/)
        XCTAssertNotNil(since, "since in: \(message)", file: file, line: line)
    }

    /// `glean tag` arguments for a passage no sample quote covers.
    private func tagArguments(_ project: URL) -> [String] {
        [
            "tag", "-p", project.path, "--log", "EE-09-2020-05-12", "--start", "0", "--end", "20",
            "--concern", "staff-wellbeing",
        ]
    }
}
