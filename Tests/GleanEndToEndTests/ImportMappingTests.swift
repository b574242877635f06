import Foundation
import GleanCore
import XCTest

/// Importing a Microsoft-Forms-like export with day-first dates: detected and said on the command line, refused
/// naming both `--date-format` options when the dates read two ways, and mapped column by column in the interface.
final class ImportMappingTests: EndToEndTestCase {
    private static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/forms-day-first.csv")

    /// A new, empty programme starting before the fixture's dates, with no attribution chosen.
    private func makeEmpty() throws -> URL {
        let project = directory.appendingPathComponent("programme")
        let result = try glean("init", project.path, "--name", "Forms pilot", "--start", "2020-05-25")
        XCTAssertEqual(result.status, 0, result.stderr)
        return project
    }

    private func copyFixture(lines: Int? = nil) throws -> URL {
        let copy = directory.appendingPathComponent("forms.csv")
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
        let kept = lines.map { text.split(separator: "\n").prefix($0).joined(separator: "\n") + "\n" } ?? text
        try kept.write(to: copy, atomically: true, encoding: .utf8)
        return copy
    }

    func testTheCommandLineDetectsDayFirstDatesAndSaysSo() throws {
        let project = try makeEmpty()
        let result = try glean("import", "-p", project.path, try copyFixture().path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stdout.hasPrefix("Dates in \(directory.path)/forms.csv: day-first dd/MM/yyyy (detected)\n"),
            result.stdout)
        XCTAssertTrue(result.stdout.contains("Imported 3 logs (3 new participants) into fortnights 1–2"), result.stdout)
        XCTAssertEqual(
            try readProject(project).fortnights.values.flatMap(\.logs).map(\.date).sorted(),
            ["2020-06-02", "2020-06-03", "2020-06-13"].compactMap(Day.init(iso:)))
    }

    func testAmbiguousDatesAreRefusedNamingBothDateFormatOptions() throws {
        let project = try makeEmpty()
        let before = try FileTree.contents(under: project)
        let csv = try copyFixture(lines: 3)
        let result = try glean("import", "-p", project.path, csv.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(
            result.stderr,
            "glean: \(csv.path): dates such as \"02/06/2020 09:31\" read as day-first and as month-first, so Glean will not "
                + "guess; say which with --date-format \"dd/MM/yyyy\" (Tuesday 2 June 2020) or --date-format \"MM/dd/yyyy\" "
                + "(Thursday 6 February 2020)\n")
        XCTAssertEqual(try FileTree.contents(under: project), before, "nothing written")
        let chosen = try glean("import", "-p", project.path, csv.path, "--date-format", "dd/MM/yyyy")
        XCTAssertEqual(chosen.status, 0, chosen.stderr)
        XCTAssertEqual(
            chosen.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("Dates") }, [],
            "a given format is not announced")
    }

    func testBadDatesNameTheDateFormatOption() throws {
        let project = try makeEmpty()
        let csv = directory.appendingPathComponent("late.csv")
        try "participant,date,Progress\nA-01,02/06/2020,Fine.\nA-02,13/06/2020,Good.\nA-03,June the 3rd,Late.\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let result = try glean("import", "-p", project.path, csv.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.stdout,
            "Dates in \(csv.path): day-first dd/MM/yyyy (detected; 1 of the 3 dates does not fit it, so its row is bad); "
                + "name the format with --date-format\n")
        XCTAssertTrue(
            result.stderr.hasPrefix(
                "glean: \(csv.path):4: unreadable date \"June the 3rd\" in column \"date\" (expected dd/MM/yyyy, a year from "
                    + "1900 to 2999; name the format with --date-format)\n"), result.stderr)
    }

    /// The Done-when path: `i`, the path, the preview detects day-first dates and marks Role and Care setting for
    /// attribution (changed here with `s`, `r`, `x` and `c` to show the keys take), `Enter` imports every row.
    func testTheFormsExportIsMappedAndImportedFromThePreview() throws {
        let project = try makeEmpty()
        let csv = try copyFixture()
        let session = try launch(["open", project.path], width: 80, height: 24)
        try session.waitFor(text: "Forms pilot")
        try session.sendKeys("i")
        try session.type(csv.path)
        try session.sendKeys("Enter")
        try session.waitFor(text: "Dates: day-first dd/MM/yyyy (detected) · f changes")
        try session.waitFor(text: "3 rows → 3 logs by 3 participants (3 new); 0 bad rows")
        XCTAssertTrue(
            try session.capture().contains { $0.contains("Participant code") && $0.contains("participant  “MF-01”") })
        try session.sendKeys(Array(repeating: "j", count: 9))
        try session.waitFor(text: "Column 10 of 11 “Role”: role")
        try session.sendKeys("s")
        try session.waitFor(text: "Column 10 of 11 “Role”: section")
        try session.waitFor(text: "Featured quotes read e.g. “a participant in primary care”")
        try session.sendKeys("r")
        try session.waitFor(text: "Column 10 of 11 “Role”: role")
        try session.sendKeys("j", "x")
        try session.waitFor(text: "Featured quotes read e.g. “a Practice nurse”")
        try session.sendKeys("c")
        try session.waitFor(text: "Featured quotes read e.g. “a Practice nurse in primary care”")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Imported 3 logs (3 new participants)")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
        let imported = try readProject(project)
        let logs = imported.fortnights.values.flatMap(\.logs)
        XCTAssertEqual(logs.count, 3)
        XCTAssertEqual(imported.attribution, Attribution(role: "Role", setting: "Care setting"))
        XCTAssertEqual(imported.participants.first { $0.code == "MF-01" }?.attributes["Role"], "Practice nurse")
        let text = logs.flatMap(\.sections).map(\.text).joined(separator: " ")
        XCTAssertFalse(text.contains("ada@example.org") || text.contains("Ada Pike"), "personal columns stay out")
    }
}
