import Foundation
import XCTest

/// Text from logs never reaches the terminal as control sequences, and `NO_COLOR` is honoured.
final class TerminalSafetyTests: EndToEndTestCase {
    func testControlSequencesInALogAreShownAsPicturesNotObeyed() throws {
        let project = try makeHostileProject()
        try assertCheckPasses(project)
        let session = try launch(["open", project.path])
        try session.waitFor(text: "Fortnight 1 — week ending Sunday 19 April 2020")
        try session.sendKeys("Enter")
        try session.waitFor(text: "␛]0;PWNED␇")

        let screen = try session.capture()
        XCTAssertTrue(screen[0].hasPrefix(" Glean  Logs"), "the tab bar must survive ESC [2J: \(screen[0])")
        XCTAssertTrue(screen[1].contains("AB-01 · primary"), "the Reader header must survive ESC [2J: \(screen[1])")
        XCTAssertTrue(screen.joined().contains("␛[2J"))
        XCTAssertTrue(screen.joined().contains("bell ␇ end."))
        XCTAssertFalse(try session.paneTitle().contains("PWNED"), "OSC 0 in a log must not set the window title")
    }

    func testNoColorUnderlinesQuotesInsteadOfColouringThem() throws {
        let styled = try readerLines(environment: ["NO_COLOR": "1"])
        XCTAssertEqual(styled.flatMap(\.colourParameters), [], "NO_COLOR=1 must not set any colour")
        let underlined = styled.map(\.underlined).joined(separator: " ")
        XCTAssertTrue(underlined.contains("survey came back with 212 responses"), "underlined: \(underlined)")
        XCTAssertFalse(underlined.contains("We're still doing plenty of video"), "unquoted text is not underlined")
    }

    func testQuotesAreColouredWithoutNoColor() throws {
        let styled = try readerLines(environment: [:])
        XCTAssertNotEqual(styled.flatMap(\.colourParameters), [], "the same screen in colour must set colours")
        XCTAssertFalse(
            styled.map(\.underlined).joined().contains("survey came back"), "coloured quotes are not underlined")
    }

    /// The Reader on the first log of the sample's fortnight 3 (which has quotes), with styles.
    private func readerLines(environment: [String: String]) throws -> [StyledLine] {
        let session = try open(try makeSample(), environment: environment)
        try session.sendKeys("Enter")
        try session.waitFor(text: "survey came back with 212 responses")
        return try session.captureWithEscapes().map(StyledLine.init)
    }

    /// A one-log project whose log holds OSC 0 (set the title), ESC [2J (clear the screen) and BEL.
    private func makeHostileProject() throws -> URL {
        let project = directory.appendingPathComponent("hostile")
        let created = try glean("init", project.path, "--name", "Hostile", "--start", "2020-04-06")
        XCTAssertEqual(created.status, 0, created.stderr)
        let manifestURL = project.appendingPathComponent("glean.json")
        var manifest = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
        manifest["participants"] = [["code": "AB-01", "attributes": ["care setting": "primary"]]]
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)

        let folder = project.appendingPathComponent("fortnights/001")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = "Hello \u{1B}]0;PWNED\u{07} there \u{1B}[2J and bell \u{07} end."
        let logs: [String: Any] = [
            "fortnight": 1,
            "logs": [
                [
                    "id": "AB-01-2020-04-10", "participant": "AB-01", "date": "2020-04-10",
                    "sections": [["prompt": "Progress", "text": text]],
                ]
            ],
        ]
        let coding: [String: Any] = ["fortnight": 1, "note": ["opening": "", "next": [String]()], "quotes": [Any]()]
        try JSONSerialization.data(withJSONObject: logs).write(to: folder.appendingPathComponent("logs.json"))
        try JSONSerialization.data(withJSONObject: coding).write(to: folder.appendingPathComponent("coding.json"))
        return project
    }
}
