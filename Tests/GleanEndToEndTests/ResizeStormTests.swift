import Foundation
import XCTest

/// Resizing again and again, down to tiny windows and back, with keys arriving in between: Glean keeps running, says
/// when the window is too small, and comes back whole.
final class ResizeStormTests: EndToEndTestCase {
    /// Sizes visited in order, several times from 200×60 down to 20×5 and back, with both sides of the 40×12 minimum.
    private static let sizes: [(width: Int, height: Int)] = [
        (200, 60), (120, 40), (80, 24), (40, 12), (39, 11), (30, 8), (20, 5), (39, 12), (40, 11), (80, 24),
        (200, 60), (41, 13), (40, 12), (20, 5), (100, 30), (39, 11), (60, 20), (20, 5), (40, 12), (200, 60),
        (80, 24), (25, 6), (45, 14), (39, 40), (150, 11), (40, 12), (20, 5), (120, 40), (39, 11), (200, 60),
    ]
    /// The keys sent after each resize, in turn, without waiting for them to be drawn.
    private static let keys = [["j"], ["J"], ["Tab"], ["?"], ["Escape"], ["j", "J"], ["?", "j"], ["Escape", "Tab"]]

    func testResizeStormKeepsGleanRunningAndRedrawsEverySize() throws {
        let session = try open(try makeSample(), width: 200, height: 60)
        try session.sendKeys("Enter")
        try session.waitFor(text: "EE-04 · primary")
        for (index, size) in Self.sizes.enumerated() {
            try session.resize(width: size.width, height: size.height)
            try session.sendKeys(Self.keys[index % Self.keys.count])
            XCTAssertFalse(session.isDead, "glean died after resizing to \(size.width)×\(size.height)")
            if size.width < 40 || size.height < 12 {
                try session.waitUntil("\"Window too small\" at \(size.width)×\(size.height)") { screen in
                    screen.contains { $0.contains("Window too small") }
                        && screen.contains { $0.contains("\(size.width)×\(size.height), needs 40×12") }
                }
            }
        }
        // Keys are never lost to a resize: the seven Tabs, each pressed with no help open, go round from the Reader
        // to Counts, Codebook, Logs, Counts, Codebook, Logs and Counts.
        try session.resize(width: 80, height: 24)
        try session.waitUntil("the Counts screen whole again at 80×24") { screen in
            screen.count == 24 && screen[0].hasPrefix(" Glean  Logs  Counts  Codebook")
                && screen[1].hasPrefix(" Counts · participants (% of writers)")
                && screen[23].contains("│ \(Self.saved) │")
        }
        XCTAssertFalse(session.isDead)
        try session.sendKeys("q")
        try session.waitFor(text: Self.latestFortnightTitle)
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0, "glean did not exit cleanly")
    }
}
