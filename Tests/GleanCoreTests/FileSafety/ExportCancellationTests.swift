import Foundation
import GleanResources
import XCTest

@testable import GleanCore

/// A cancelled export writes nothing: the staged file it was about to rename into place is removed.
final class ExportCancellationTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-cancel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var names: [String] { (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] }

    func testAStagedFileIsRemovedInsteadOfRenamedOnceCancelled() throws {
        let token = CancellationToken()
        token.cancel()
        let opened = try FolderDescriptor.opening(folder)
        XCTAssertThrowsError(
            try ExportFile.write(
                Data("summary".utf8), named: "summary.md", in: opened, replacing: false, cancellation: token)
        ) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        XCTAssertEqual(names, [], "neither the file nor its staged copy is left")
        try ExportFile.write(
            Data("summary".utf8), named: "summary.md", in: opened, replacing: false, cancellation: CancellationToken())
        XCTAssertEqual(names, ["summary.md"], "a token not cancelled lets the file be written")
    }

    func testACancelledSummaryExportWritesNothingAndLeavesAnOldFileAsItWas() throws {
        let project = try ProjectStore.open(BundledResources.sampleProject).opened
        let layout = ProjectLayout(root: folder)
        let written = try SummaryExport.write(project, fortnight: 3, into: layout, replacing: false)
        let before = try Data(contentsOf: written)
        try Data("old".utf8).write(to: written)
        let token = CancellationToken()
        token.cancel()
        XCTAssertThrowsError(
            try SummaryExport.write(project, fortnight: 3, into: layout, replacing: true, cancellation: token)
        ) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        XCTAssertEqual(try Data(contentsOf: written), Data("old".utf8))
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: layout.exportsFolder.path), [written.lastPathComponent])
        XCTAssertFalse(before.isEmpty)
    }
}
