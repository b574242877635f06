import Foundation
import XCTest

/// `glean done`, the coding progress in `glean counts`, and exporting a provisional fortnight, with the real binary.
final class CodingProgressCommandTests: EndToEndTestCase {
    private func countsJSON(_ project: URL) throws -> [[String: Any]] {
        let result = try glean("counts", "-p", project.path, "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try XCTUnwrap(object["fortnights"] as? [[String: Any]])
    }

    func testTheFreshSampleHasFortnightThreeProvisionalUntilItsLogsAreMarkedDone() throws {
        let project = try makeSample()
        var fortnights = try countsJSON(project)
        XCTAssertEqual(fortnights.map { $0["logsDone"] as? Int }, [27, 28, 11])
        XCTAssertEqual(fortnights.map { $0["provisional"] as? Bool }, [false, false, true])
        let wellbeing = try XCTUnwrap((fortnights[2]["concerns"] as? [[String: Any]])?.last)
        XCTAssertEqual(wellbeing["share"] as? Int, 35)
        XCTAssertEqual(
            wellbeing["raisedBy"] as? String,
            "raised by 9 of 26 participants who wrote (35%) so far; provisional: 15 of 26 logs still to code")
        let table = try glean("counts", "-p", project.path)
        XCTAssertTrue(table.stdout.contains("F3 17 May *"), table.stdout)
        XCTAssertTrue(table.stdout.contains("11/26 done"), table.stdout)
        let summary = try glean("export", "-p", project.path, "--fortnight", "3")
        XCTAssertTrue(summary.stdout.contains("**Provisional: 15 of 26 logs are still to code"), summary.stdout)

        let done = try glean("done", "-p", project.path, "--fortnight", "3")
        XCTAssertEqual(done.status, 0, done.stderr)
        XCTAssertEqual(done.stdout, "Saved: Marked 15 logs of fortnight 3 done; fortnight 3: 26 of 26 logs done\n")
        let journal = try String(contentsOf: project.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 1, "one journalled edit")
        fortnights = try countsJSON(project)
        XCTAssertEqual(fortnights[2]["provisional"] as? Bool, false)
        XCTAssertFalse(try glean("counts", "-p", project.path).stdout.contains("provisional"))
        let final = try glean("export", "-p", project.path, "--fortnight", "3")
        XCTAssertFalse(final.stdout.contains("rovisional"), final.stdout)
        XCTAssertTrue(
            final.stdout.contains("raised by 9 of 26 participants who wrote (35%), up from 7 of 28 (25%)"), final.stdout
        )
        XCTAssertEqual(final.stderr, "")
    }

    func testDoneMarksNamedLogsAndUndoTakesTheMarkAway() throws {
        let project = try makeSample()
        let marked = try glean(
            "done", "-p", project.path, "--fortnight", "3", "--log", "EE-09-2020-05-12", "--log", "EE-11-2020-05-14")
        XCTAssertEqual(
            marked.stdout, "Saved: Marked 2 logs of fortnight 3 done; fortnight 3: 13 of 26 logs done (provisional)\n")
        let undone = try glean("done", "-p", project.path, "--fortnight", "3", "--log", "EE-09-2020-05-12", "--undo")
        XCTAssertEqual(
            undone.stdout,
            "Saved: Marked EE-09-2020-05-12 of fortnight 3 not done; fortnight 3: 12 of 26 logs done (provisional)\n")
        XCTAssertEqual(try countsJSON(project)[2]["logsDone"] as? Int, 12)
        let again = try glean("done", "-p", project.path, "--fortnight", "3", "--log", "EE-11-2020-05-14")
        XCTAssertEqual(again.stdout, "Nothing to change; fortnight 3: 12 of 26 logs done (provisional)\n")
        let unknown = try glean("done", "-p", project.path, "--fortnight", "3", "--log", "nobody")
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertEqual(unknown.stderr, "glean: --log: fortnight 3 has no log \"nobody\"\n")
    }

    func testExportingAProvisionalSummaryWarnsAndFinalRefuses() throws {
        let project = try makeSample()
        let output = project.appendingPathComponent("f3.md")
        let warned = try glean("export", "-p", project.path, "--fortnight", "3", "-o", output.path)
        XCTAssertEqual(warned.status, 0)
        XCTAssertEqual(
            warned.stderr, "glean: Fortnight 3 is provisional: 15 of 26 logs still to code: its figures may change\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.path))

        let refusedPath = project.appendingPathComponent("f3-final.html")
        let refused = try glean(
            "export", "-p", project.path, "--fortnight", "3", "--format", "html", "--final", "-o", refusedPath.path)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(
            refused.stderr.contains("Fortnight 3 is provisional: 15 of 26 logs still to code; --final"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: refusedPath.path), "nothing is written")

        let finalDone = try glean("export", "-p", project.path, "--fortnight", "2", "--final")
        XCTAssertEqual(finalDone.status, 0)
        XCTAssertEqual(finalDone.stderr, "")
        let csv = try glean("export", "-p", project.path, "--all", "--format", "csv")
        XCTAssertEqual(csv.stderr, "", "the CSV carries quotes, not figures")
    }

    func testMarkingTheRemainingLogsDoneInTheInterfaceRemovesTheProvisionalMark() throws {
        let project = try makeSample()
        let session = try open(project)
        try session.sendKeys("Tab")
        try session.waitFor(text: "* provisional (F3 11/26 logs done)")
        try session.sendKeys("Tab", "Tab")
        try session.waitFor(text: "26 logs · 11/26 done (provisional)")
        try session.sendKeys("f")
        try session.waitFor(text: "Show logs")
        try session.sendKeys("Down", "Down", "Enter")
        try session.waitFor(text: "· still to code")
        for done in 12...26 {
            try session.sendKeys("d")
            try session.waitFor(text: "\(done)/26 done")
        }
        try session.waitFor(text: "26 logs · 26/26 done · 48 quotes · still to code")
        try session.sendKeys("Tab")
        try session.waitUntil("Counts without a provisional mark") { screen in
            screen.contains { $0.contains("F3 17 May") } && !screen.joined().contains("provisional")
        }
        try session.sendKeys("q", "q")
        XCTAssertEqual(try session.waitForExit(), 0)
        XCTAssertEqual(try countsJSON(project)[2]["provisional"] as? Bool, false, "the marks were saved")
    }
}
