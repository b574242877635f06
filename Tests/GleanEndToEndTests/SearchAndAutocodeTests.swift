import Foundation
import GleanCore
import GleanTestSupport
import XCTest

/// The paths a facilitator takes in tmux: `/` a word, Enter, the log open at the matching sentence with the match
/// underlined; `A`, a concern, a pattern, the preview, then `y` tags or `n` tags nothing.
final class SearchAndAutocodeTests: EndToEndTestCase {
    /// Index of "Staff wellbeing" in the sample's concern picker.
    private static let staffWellbeing = 8

    func testSearchOpensTheLogAtTheMatchingSentenceWithTheMatchUnderlined() throws {
        let project = try makeSample()
        let session = try open(project)
        try session.resize(width: 40, height: 12)
        try session.sendKeys("/")
        try session.type("survey")
        try session.sendKeys("Enter")
        try session.waitFor(text: "/survey: 1 of 26 logs match, 1 match")
        try session.sendKeys("Enter")
        try session.waitFor(text: "match 1 of 1 · 1/26")
        let screen = try session.capture()
        let selected = try XCTUnwrap(screen.first { $0.contains("▸") }, screen.joined(separator: "\n"))
        XCTAssertTrue(
            selected.contains("Our patient survey"), "the selection starts at the matching sentence: \(selected)")
        let styled = try session.captureWithEscapes().map(StyledLine.init)
        XCTAssertTrue(styled.contains { $0.underlined.contains("survey") }, "the match is underlined")
        try session.resize(width: 100, height: 30)
        try quitFromReader(session)
    }

    func testAutocodePreviewsThenYTagsAndNTagsNothing() throws {
        let project = try makeSample()
        let before = try readProject(project)
        let session = try open(project, width: 130)
        try startAutocode("tired|exhaust", session)
        try session.sendKeys("n")
        try session.waitFor(text: "Auto-coding cancelled; nothing was tagged")
        try startAutocode("tired|exhaust", session)
        try session.sendKeys("y")
        try session.waitFor(text: "sentences with Staff wellbeing (u undoes)")
        let message = try XCTUnwrap(try session.capture().first { $0.contains("(u undoes)") })
        let tagged = try XCTUnwrap(message.firstMatch(of: /Tagged (\d+) sentences/).flatMap { Int($0.1) })
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)

        let after = try readProject(project)
        let wellbeing = { (project: Project) in
            project.fortnight(3).quotes.filter { $0.concerns.contains("staff-wellbeing") }.count
        }
        XCTAssertEqual(wellbeing(after), wellbeing(before) + tagged, "only y tagged, and exactly what it said")
        try assertCheckPasses(project)
    }

    /// `A`, Staff wellbeing, `pattern`, and waits for the preview.
    private func startAutocode(_ pattern: String, _ session: TmuxSession) throws {
        try session.sendKeys("A")
        try session.waitFor(text: "Auto-code: tag with which concern?")
        try session.sendKeys(Array(repeating: "Down", count: Self.staffWellbeing) + ["Enter"])
        try session.waitFor(text: "Tag with Staff wellbeing sentences matching:")
        try session.type(pattern)
        try session.sendKeys("Enter")
        try session.waitFor(text: "logs with Staff wellbeing?")
        try session.waitFor(text: "y tags · n or Esc cancels")
    }
}
