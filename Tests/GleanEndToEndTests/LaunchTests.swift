import Foundation
import XCTest

/// Starting Glean: the first screen of a project, and the sample copy made when there is no project.
final class LaunchTests: EndToEndTestCase {
    func testOpenShowsTheLatestFortnightAndSavedStatus() throws {
        let project = try makeSample()
        let started = Date()
        let session = try launch(["open", project.path])
        try waitForFirstScreen(session)
        let elapsed = Date().timeIntervalSince(started)
        print("glean open: first full screen after \(Int(elapsed * 1000)) ms (polled every 50 ms, tmux start included)")

        let screen = try session.capture()
        XCTAssertEqual(screen.count, 30)
        guard screen.count == 30 else { return }
        XCTAssertTrue(screen[29].contains("Video consultations learning logs"), "status bar: \(screen[29])")
        XCTAssertTrue(screen[1].contains(Self.latestFortnightTitle), "title row: \(screen[1])")
        XCTAssertTrue(
            screen[2].contains("26 logs · 11/26 done (provisional) · 48 quotes · all logs"), "summary row: \(screen[2])"
        )
        XCTAssertTrue(screen[29].contains("F3 w/e 17 May │ ✓ saved"), "status bar: \(screen[29])")
    }

    func testBareGleanInAnEmptyDirectoryOpensACopyOfTheSample() throws {
        let data = directory.appendingPathComponent("data")
        let sample = data.appendingPathComponent("glean/sample")
        let session = try launch([], environment: ["XDG_DATA_HOME": data.path], width: 200)
        try waitForFirstScreen(session)
        XCTAssertTrue(FileManager.default.fileExists(atPath: sample.appendingPathComponent("glean.json").path))
        XCTAssertTrue(try session.capture().last?.contains("Video consultations learning logs") == true)
        let printed = try session.captureNormalScreen().joined(separator: "\n")
        XCTAssertTrue(
            printed.contains("glean: ") && printed.contains(sample.path), "the normal screen shows: \(printed)")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        try assertCheckPasses(sample)
    }
}
