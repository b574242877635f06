import Foundation
import XCTest

/// Coding with concern names in view: `t`, a few letters of a name, Enter, and the quote pane names the concern in its
/// own 256-colour shade.
final class ConcernPickerTests: EndToEndTestCase {
    func testTaggingThroughThePickerShowsTheConcernByNameAndColour() throws {
        let project = try makeSample()
        let session = try open(project, width: 80, height: 24)
        try session.sendKeys("f")
        try session.waitFor(text: "Show logs")
        try session.sendKeys("Down", "Enter")
        try session.waitFor(text: "no quotes yet")
        try session.sendKeys("Enter")
        try session.waitFor(text: "EE-09 · secondary")
        try session.sendKeys("t")
        try session.waitFor(text: "Concerns for the selection")
        try session.type("wellb")
        try session.waitFor(text: "[ ] 9 Staff wellbeing")
        try session.sendKeys("Enter")
        try session.waitFor(text: "[x] 9 Staff wellbeing")
        try session.waitFor(text: "Tagged Staff wellbeing")
        try session.sendKeys("Escape")
        try session.waitFor(text: "▸ Staff wellbeing “Video now")

        let pane = try XCTUnwrap(
            try session.captureWithEscapes().first {
                $0.replacing(/\x1B\[[0-9;:]*m/, with: "").contains("▸ Staff wellbeing “Video now")
            })
        let name = try XCTUnwrap(pane.range(of: "“"))
        XCTAssertTrue(
            pane[..<name.lowerBound].contains("38;5;220"), "gold from the 256-colour palette: \(pane.debugDescription)")
        try quitFromReader(session)
        try assertCheckPasses(project)
    }
}
