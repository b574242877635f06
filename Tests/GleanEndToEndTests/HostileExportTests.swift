import Foundation
import XCTest

/// A fortnight summary quoting a log full of terminal control sequences and bidi overrides is plain, visible text.
final class HostileExportTests: EndToEndTestCase {
    /// OSC 0 (set the window title), ESC [2J (clear the screen), a bare BEL and RIGHT-TO-LEFT OVERRIDE.
    private static let text = "Title \u{1B}]0;TITLE\u{07} then \u{1B}[2J and a bell \u{07} and \u{202E}reversed text."

    func testExportShowsControlCharactersAsPlaceholdersAndDropsBidiOverrides() throws {
        let project = try makeHostileProject()
        try assertCheckPasses(project)
        let export = try glean("export", "-p", project.path, "--fortnight", "1")
        XCTAssertEqual(export.status, 0, export.stderr)
        let bytes = Array(export.stdout.utf8)
        XCTAssertEqual(bytes.filter { $0 < 0x20 && $0 != 0x0A }, [], "control bytes in the summary:\n\(export.stdout)")
        XCTAssertFalse(export.stdout.unicodeScalars.contains("\u{202E}"), "U+202E in the summary")
        XCTAssertTrue(export.stdout.contains("> Title ␛\\]0;TITLE␇ then ␛\\[2J and a bell ␇ and"), export.stdout)
        XCTAssertTrue(export.stdout.contains("reversed text."), export.stdout)
        XCTAssertTrue(export.stdout.contains("GP ␛\\[31mred␇"), "the attribution by role: \(export.stdout)")
    }

    /// A one-log project whose only section is the hostile text, all of it a featured quote; the participant's role and
    /// the fortnight's note hold control sequences too.
    private func makeHostileProject() throws -> URL {
        let project = directory.appendingPathComponent("hostile")
        let created = try glean("init", project.path, "--name", "Hostile", "--start", "2020-04-06")
        XCTAssertEqual(created.status, 0, created.stderr)
        let manifestURL = project.appendingPathComponent("glean.json")
        let read = try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL))
        var manifest = try XCTUnwrap(read as? [String: Any])
        let attributes = ["care setting": "primary", "role": "GP \u{1B}[31mred\u{07}"]
        manifest["participants"] = [["code": "AB-01", "attributes": attributes]]
        manifest["codebook"] = [
            "concerns": [
                [
                    "id": "safety", "name": "Safety", "description": "", "colour": "#CC0000", "key": 1,
                    "theme": "Concerns",
                ]
            ]
        ]
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)

        let folder = project.appendingPathComponent("fortnights/001")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = "AB-01-2020-04-10"
        let logs: [String: Any] = [
            "fortnight": 1,
            "logs": [
                [
                    "id": log, "participant": "AB-01", "date": "2020-04-10",
                    "sections": [["prompt": "Progress", "text": Self.text]],
                ]
            ],
        ]
        let quote: [String: Any] = [
            "id": "3f2b8c1e-0000-4000-8000-000000000001", "log": log, "participant": "AB-01", "section": 0, "start": 0,
            "end": Self.text.unicodeScalars.count, "concerns": ["safety"], "memo": "", "featured": true,
            "coder": "facilitator", "created": "2020-04-12T09:00:00Z",
        ]
        let note: [String: Any] = ["opening": "Opening \u{1B}]2;NOTE\u{07} \u{202E}text", "next": ["Next \u{1B}[2J?"]]
        let coding: [String: Any] = ["fortnight": 1, "note": note, "quotes": [quote]]
        try JSONSerialization.data(withJSONObject: logs).write(to: folder.appendingPathComponent("logs.json"))
        try JSONSerialization.data(withJSONObject: coding).write(to: folder.appendingPathComponent("coding.json"))
        return project
    }
}
