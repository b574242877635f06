import Foundation
import XCTest

@testable import GleanCore

/// Journal lines that would put something meaningless into the project (a quote on a missing log, a tag of an unknown
/// concern, a concern removed while quotes use it) are reported at their line, and never folded.
final class JournalFaultTests: SmallProjectTestCase {
    private func put(_ id: String, _ log: String, _ concerns: [String]) -> Edit {
        Edit(summary: "Tagged", changes: [.putQuote(fortnight: 2, quote: Fixtures.quote(id, log, 0..<19, concerns))])
    }

    /// Records `edits` as journal lines 1, 2, … without folding them.
    private func journal(_ edits: [Edit]) throws {
        let store = try ProjectStore.open(folder, access: .editing)
        for edit in edits { try store.record(edit) }
        store.close()
    }

    private func files() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            files[path] = try? Data(contentsOf: folder.appendingPathComponent(path))
        }
        return files
    }

    func testFaultyLinesAreNamedAndEditingRefusesToFoldThem() throws {
        try journal([
            put("good", "C-03-2020-05-03", ["feedback"]),
            put("bad-log", "nobody", ["feedback"]),
            put("bad-concern", "C-03-2020-05-03", ["ghost"]),
            Edit(summary: "Removed", changes: [.removeConcern(id: "equipment")]),
        ])
        XCTAssertEqual(
            Set(try ProjectStore.open(folder).problems.map(\.description)),
            [
                "journal.jsonl:2: quote \"bad-log\" points at log \"nobody\", which is not in fortnight 2",
                "journal.jsonl:3: quote \"bad-concern\" is tagged \"ghost\", which is not in the codebook",
                "journal.jsonl:4: quote \"q6\" is tagged \"equipment\", which is not in the codebook",
            ])
        let before = try files()
        XCTAssertThrowsError(try ProjectStore.open(folder, access: .editing)) { error in
            guard let error = error as? ProjectError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.file, layout.journal.path)
            XCTAssertTrue([2, 3, 4].contains(error.line ?? 0), "\(error)")
            XCTAssertTrue(
                error.problem.hasSuffix(
                    " (and 2 more problems in the journal; glean check lists them); nothing was changed: correct or remove the line"
                ),
                "\(error)")
        }
        XCTAssertEqual(try files(), before, "nothing was folded or written")
        XCTAssertFalse(FileManager.default.fileExists(atPath: layout.lockFile.path), "the lock was given up")
    }

    func testAJournalReplayedOverTheSnapshotItWasFoldedIntoIsNotAFault() throws {
        let extra = Fixtures.concern("extra", key: nil)
        let store = try ProjectStore.open(folder, access: .editing)
        var project = store.opened
        let edits = [
            Edit(summary: "Added", changes: [.putConcern(concern: extra, position: nil)]),
            put("temporary", "C-03-2020-05-03", ["extra"]),
            Edit(summary: "Untagged", changes: [.removeQuote(fortnight: 2, id: "temporary")]),
            Edit(summary: "Removed", changes: [.removeConcern(id: "extra")]),
        ]
        for edit in edits {
            try store.record(edit)
            project.apply(edit)
        }
        let unfolded = try Data(contentsOf: layout.journal)
        try store.fold(project)
        store.close()
        try unfolded.write(to: layout.journal)
        let reopened = try ProjectStore.open(folder, access: .editing)
        defer { reopened.close() }
        XCTAssertEqual(reopened.problems, [])
        XCTAssertEqual(reopened.opened, project)
    }
}
