import Foundation
import XCTest

@testable import GleanCore

/// `glean compact` refuses what `glean check` refuses: journal lines naming a missing log or an unknown concern are
/// named by line, nothing is folded, and the exit status is non-zero.
final class JournalCompactTests: EndToEndTestCase {
    /// Appends one journal line per change list, numbered from 1.
    private func writeJournal(_ project: URL, _ lines: [[Change]]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var text = Data()
        for (index, changes) in lines.enumerated() {
            let encoded = try changes.map { try JSONSerialization.jsonObject(with: encoder.encode($0)) }
            let entry: [String: Any] = ["sequence": index + 1, "summary": "Edit \(index + 1)", "changes": encoded]
            text += try JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys]) + Data("\n".utf8)
        }
        let url = project.appendingPathComponent("journal.jsonl")
        try text.write(to: url)
        XCTAssertEqual(chmod(url.path, 0o600), 0)
    }

    func testCompactRefusesMeaninglessLinesNamingEachAndChangesNothing() throws {
        let project = try makeSample()
        let opened = try readProject(project)
        let log = try XCTUnwrap(opened.fortnight(3).logs.first)
        let concern = try XCTUnwrap(opened.codebook.concerns.first).id
        let quote = { (id: String, log: String, concerns: [String]) in
            Quote(
                id: id, log: log, participant: opened.fortnight(3).logs.first?.participant ?? "", section: 0, start: 0,
                end: 3, concerns: concerns, featured: false, coder: "test", created: "2020-05-17T09:00:00Z")
        }
        try writeJournal(
            project,
            [
                [.putQuote(fortnight: 3, quote: quote("fine", log.id, [concern]))],
                [.putQuote(fortnight: 3, quote: quote("no-log", "no-such-log", [concern]))],
                [.setNote(fortnight: 3, note: FortnightNote(opening: "Fine too.", next: []))],
                [.putQuote(fortnight: 3, quote: quote("no-concern", log.id, ["no-such-concern"]))],
            ])
        let expected = [
            "glean: \(project.path)/journal.jsonl:2: quote \"no-log\" points at log \"no-such-log\", which is not in fortnight 3",
            "glean: \(project.path)/journal.jsonl:4: quote \"no-concern\" is tagged \"no-such-concern\", which is not in the codebook",
        ]
        let before = try FileTree.contents(under: project)
        let compact = try glean("compact", "-p", project.path)
        XCTAssertEqual(compact.status, 1)
        XCTAssertEqual(compact.stdout, "", "nothing was folded")
        XCTAssertEqual(
            Set(compact.stderr.split(separator: "\n").map(String.init)), Set(expected + ["glean: 2 problem(s) found"]))
        XCTAssertEqual(try FileTree.contents(under: project), before, "compact changed the project")

        let check = try glean("check", "-p", project.path)
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.stderr, compact.stderr, "check and compact refuse the same lines")

        let tag = try glean(
            "tag", "-p", project.path, "--log", log.id, "--section", "0", "--start", "0", "--end", "3", "--concern",
            concern)
        XCTAssertEqual(tag.status, 1, "editing refuses the journal too: \(tag.stdout)")
        XCTAssertTrue(tag.stderr.contains("journal.jsonl:"), tag.stderr)
        XCTAssertEqual(try FileTree.contents(under: project), before, "tag changed the project")
    }
}
