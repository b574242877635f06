import Foundation
import GleanCore
import GleanTUI
import XCTest

/// The import preview marks every row whose imported values look like personal data, and says how many there are.
final class ImportPreviewFlagTests: XCTestCase {
    func testFlaggedRowsAreMarkedAndTheOthersAreNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("may.csv")
        try """
        participant,date,Progress
        NEW-01,2020-05-16,Going well.
        NEW-02,2020-05-16,Ring me on 07700 900123.
        NEW-03,2020-05-16,Fine too.

        """.write(to: csv, atomically: true, encoding: .utf8)
        var harness = Harness(width: 100, height: 24)
        let batch = try LogImport.read(csv, name: "may.csv", mapping: ImportMapping(), project: harness.state.project)
        _ = Update.reduce(
            &harness.state, .importRead(ImportPreview(path: "may.csv", batch: batch)), harness.environment)
        let lines = harness.screen.lines
        XCTAssertTrue(
            lines.contains {
                $0.contains("⚑ 1 row holds what looks like personal data, e.g. may.csv:3: column \"Progress\"")
            },
            lines.joined(separator: "\n"))
        let rows = lines.filter { $0.contains("· Saturday 16 May 2020 ·") }
        XCTAssertEqual(rows.count, 3, lines.joined(separator: "\n"))
        XCTAssertEqual(rows.map { $0.contains("⚑ NEW-") }, [false, true, false], rows.joined(separator: "\n"))
        XCTAssertFalse(lines.joined().contains("⚑ NEW-01"))
    }
}
