import Foundation
import GleanTestSupport
import XCTest

/// Names from a project, a CSV or the command line never reach the terminal as control sequences: every subcommand's
/// output passes through the sanitiser, and `--json` escapes them while keeping the exact value.
final class CommandLineEscapeTests: EndToEndTestCase {
    /// OSC 0 (set the window title), CSI 2J (clear the screen) with ESC and with the one-byte C1 CSI, DEL, bidi
    /// overrides and isolates, the line separator.
    static let hostile = "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31m\u{7F}\u{202E}\u{2067}\u{200F}\u{2028}"

    func testEverySubcommandPrintsHostileNamesAsHarmlessText() throws {
        let project = try makeHostileProject()
        let h = Self.hostile
        let log = "AB\(h)-2020-04-10"
        let csv = try writeHostileCSV()
        let template = directory.appendingPathComponent("t\(h).mustache")
        try "{{programme}}{{#allConcerns}}{{name}}{{/allConcerns}}\n".write(
            to: template, atomically: true, encoding: .utf8)
        let runs: [(arguments: [String], status: Int32)] = [
            (["counts", "-p", project.path], 0),
            (["counts", "-p", project.path, "--by", "care\(h)"], 0),
            (["counts", "-p", project.path, "--by", "missing\(h)"], 1),
            (["counts", "-p", project.path, "--window", "x\(h)"], 64),
            (["counts", "-p", project.path, "--bogus\(h)"], 64),
            (["tag", "-p", project.path, "--log", log, "--concern", "safety"], 0),
            (["tag", "-p", project.path, "--log", log, "--concern", "safety"], 0),
            (["tag", "-p", project.path, "--log", log, "--concern", "nothing\(h)"], 1),
            (["tag", "-p", project.path, "--log", "no-log\(h)", "--concern", "safety"], 1),
            (["autocode", "-p", project.path, "--pattern", "Hello", "--concern", "safety", "--dry-run"], 0),
            (["autocode", "-p", project.path, "--pattern", "Hello", "--concern", "safety"], 0),
            (["autocode", "-p", project.path, "--pattern", "(\(h)", "--concern", "safety"], 1),
            (["import", "-p", project.path, csv.path, "--dry-run"], 1),
            (["import", "-p", project.path, csv.path, "--skip-invalid"], 0),
            (["import", "-p", project.path, csv.path, "--text-column", "absent\(h)"], 1),
            (["import", "-p", project.path, "missing\(h).csv"], 1),
            (["check", "-p", project.path], 0),
            (["compact", "-p", project.path], 0),
            (["check", "-p", project.path], 0),
            (["restore", "-p", project.path, "backup\(h)"], 1),
            (["export", "-p", project.path, "--fortnight", "1"], 0),
            (["export", "-p", project.path, "--fortnight", "1", "--format", "csv"], 0),
            (
                [
                    "export", "-p", project.path, "--fortnight", "1", "-o",
                    directory.appendingPathComponent("s\(h).md").path,
                ], 0
            ),
            (["export", "-p", project.path, "--fortnight", "1", "--template", template.path], 0),
            (
                [
                    "export", "-p", project.path, "--all", "--format", "json", "--keep-attribute", "k\(h)",
                    "--pseudonymise",
                ], 1
            ),
            (
                [
                    "export", "-p", project.path, "--format", "qdpx", "-o",
                    directory.appendingPathComponent("p\(h).qdpx").path,
                ], 0
            ),
            (
                [
                    "import", "--format", "qdpx", directory.appendingPathComponent("p\(h).qdpx").path,
                    "-p", directory.appendingPathComponent("copy\(h)").path,
                ], 0
            ),
            (
                [
                    "import", "--format", "qdpx", directory.appendingPathComponent("none\(h).qdpx").path,
                    "-p", directory.appendingPathComponent("copy2").path,
                ], 1
            ),
            (["keys"], 0),
            (
                ["init", directory.appendingPathComponent("new\(h)").path, "--name", "N\(h)", "--start", "2020-04-06"],
                0
            ),
            (["init", directory.appendingPathComponent("bad").path, "--name", "N", "--start", "2020\(h)"], 64),
            (["init", project.path, "--name", "N\(h)", "--start", "2020-04-06"], 1),
            (["open", directory.appendingPathComponent("absent\(h)").path], 1),
            (["open", project.path], 1),
            (["sample", directory.appendingPathComponent("sample\(h)").path], 0),
            (
                [
                    "generate", directory.appendingPathComponent("gen\(h)").path, "--participants", "2", "--fortnights",
                    "1",
                ], 0
            ),
            (["generate", "x", "--participants", "\(h)"], 64),
            (["nosuchcommand\(h)"], 64),
        ]
        for (arguments, status) in runs {
            let result = try GleanBinary.run(arguments)
            let command = "glean " + arguments.joined(separator: " ")
            XCTAssertEqual(result.status, status, "\(command)\n\(result.stderr)")
            assertHarmless(result.stdout, "stdout of \(command)")
            assertHarmless(result.stderr, "stderr of \(command)")
        }
    }

    func testNamesAreShownAsPicturesInTheTableAndTheSavedLine() throws {
        let project = try makeHostileProject()
        let counts = try glean("counts", "-p", project.path)
        XCTAssertTrue(counts.stdout.contains("Concern␛]0;PWNED␇␛[2J\u{FFFD}31m␡"), counts.stdout)
        let tag = try glean("tag", "-p", project.path, "--log", "AB\(Self.hostile)-2020-04-10", "--concern", "safety")
        XCTAssertTrue(tag.stdout.hasPrefix("Saved: Tagged Concern␛]0;PWNED␇"), tag.stdout + tag.stderr)
    }

    func testJSONKeepsTheExactNamesAndEscapesWhatATerminalWouldObey() throws {
        let project = try makeHostileProject()
        let h = Self.hostile
        for arguments in [
            ["counts", "-p", project.path, "--json", "--by", "care\(h)"]
        ] {
            let result = try GleanBinary.run(arguments)
            XCTAssertEqual(result.status, 0, result.stderr)
            assertHarmless(result.stdout, "stdout of glean \(arguments[0]) --json")
            XCTAssertTrue(result.stdout.contains(#"\u009b31m\u007f\u202e\u2067\u200f\u2028"#), result.stdout)
            let document = try XCTUnwrap(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(document["programme"] as? String, "Programme\(h)")
            let fortnights = try XCTUnwrap(document["fortnights"] as? [[String: Any]])
            let concern = try XCTUnwrap((fortnights.first?["concerns"] as? [[String: Any]])?.first)
            XCTAssertEqual(concern["name"] as? String, "Concern\(h)")
            XCTAssertEqual(concern["theme"] as? String, "Theme\(h)")
            let breakdown = try XCTUnwrap(document["breakdown"] as? [String: Any])
            XCTAssertEqual(breakdown["attribute"] as? String, "care\(h)")
            let group = try XCTUnwrap((breakdown["groups"] as? [[String: Any]])?.first)
            XCTAssertEqual(group["value"] as? String, "primary\(h)")
        }
    }

    func testAnExportOnATerminalIsSanitisedAndInAPipeIsExact() throws {
        let project = try makeHostileProject()
        let template = directory.appendingPathComponent("raw.mustache")
        try "raw \u{1B}]0;TEMPLATE\u{07} {{programme}}\n".write(to: template, atomically: true, encoding: .utf8)
        let arguments = ["export", "-p", project.path, "--fortnight", "1", "--template", template.path]
        let piped = try GleanBinary.run(arguments)
        XCTAssertTrue(
            piped.stdout.hasPrefix("raw \u{1B}]0;TEMPLATE\u{07} Programme"), "a file's bytes are exact: \(piped.stdout)"
        )
        let binary = try XCTUnwrap(GleanBinary.url)
        let onTerminal = try Subprocess.spawn(binary, arguments, environment: [:], terminalOutput: true).wait()
        XCTAssertEqual(onTerminal.status, 0, onTerminal.stderr)
        assertHarmless(onTerminal.stdout, "export on a terminal")
        XCTAssertTrue(onTerminal.stdout.contains("raw ␛]0;TEMPLATE␇ Programme"), onTerminal.stdout)
    }

    func testOnlyConsoleWritesToTheTerminal() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/glean").standardizedFileURL
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        XCTAssertTrue(files.contains("Console.swift"), "\(sources.path): \(files)")
        let writers =
            /(^|[^A-Za-z_.])(print|fputs|puts|putchar|dprintf|printf)\(|FileHandle\.standard(Output|Error)|STD(OUT|ERR)_FILENO\s*,/
        for file in files where file != "Console.swift" {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: writers) {
                XCTFail("\(file) writes to the terminal without Console: \(match.output.0)")
            }
        }
    }

    /// Fails when `text` holds a scalar a terminal would act on: a C0 control other than newline, DEL, a C1 control,
    /// a bidirectional control or a line or paragraph separator.
    private func assertHarmless(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let obeyed = text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: return false
            case 0x00..<0x20, 0x7F..<0xA0, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                return true
            default: return false
            }
        }
        XCTAssertTrue(
            obeyed.isEmpty, "\(what) holds \(obeyed.map { String($0.value, radix: 16) }):\n\(text)", file: file,
            line: line)
    }

    /// A CSV whose headers, participant codes, attribute values and a bad row's date carry the hostile text.
    private func writeHostileCSV() throws -> URL {
        let h = Self.hostile
        let url = directory.appendingPathComponent("forms\(h).csv")
        let rows = [
            "participant,date,Email\(h),Progress\(h)",
            "\"AB\(h)\",2020-04-11,a@b.org,\"Hello again \(h)\"",
            "\"CD\(h)\",not a date\(h),c@d.org,\"More \(h)\"",
        ]
        try rows.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// A one-log project in a folder whose name holds the hostile text, as do its programme, theme, concern,
    /// attribute, participant code and log id.
    private func makeHostileProject() throws -> URL {
        let h = Self.hostile
        let project = directory.appendingPathComponent("project\(h)")
        let created = try glean("init", project.path, "--name", "Programme\(h)", "--start", "2020-04-06")
        XCTAssertEqual(created.status, 0, created.stderr)
        let manifestURL = project.appendingPathComponent("glean.json")
        var manifest = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
        manifest["participants"] = [["code": "AB\(h)", "attributes": ["care\(h)": "primary\(h)"]]]
        manifest["codebook"] = [
            "concerns": [
                [
                    "id": "safety", "name": "Concern\(h)", "description": "", "colour": "#CC0000", "key": 1,
                    "theme": "Theme\(h)",
                ]
            ]
        ]
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)
        let folder = project.appendingPathComponent("fortnights/001")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let logs: [String: Any] = [
            "fortnight": 1,
            "logs": [
                [
                    "id": "AB\(h)-2020-04-10", "participant": "AB\(h)", "date": "2020-04-10",
                    "sections": [["prompt": "Progress\(h)", "text": "Hello \(h) there."]],
                ]
            ],
        ]
        let coding: [String: Any] = ["fortnight": 1, "note": ["opening": "", "next": [String]()], "quotes": [Any]()]
        try JSONSerialization.data(withJSONObject: logs).write(to: folder.appendingPathComponent("logs.json"))
        try JSONSerialization.data(withJSONObject: coding).write(to: folder.appendingPathComponent("coding.json"))
        try assertCheckPasses(project)
        return project
    }
}
