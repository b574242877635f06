import Foundation
import XCTest

@testable import GleanCore

/// Exports written straight into their file (`SummaryExport.write`): the same bytes as rendered whole, written
/// atomically, and the same refusals before anything is written.
final class ExportFileStreamingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testTheStreamedCSVIsTheRenderedOneAndNothingElseIsLeft() throws {
        let project = try ExportFixtures.sample()
        for request in [
            SummaryExport.Request(format: .csv, scope: .all),
            SummaryExport.Request(format: .csv, scope: .range(2...3)),
            SummaryExport.Request(format: .csv, scope: .all, pseudonymisation: Pseudonymisation(keeping: [])),
            SummaryExport.Request(format: .json, scope: .all),
        ] {
            let url = folder.appendingPathComponent("quotes.\(request.format.fileExtension)")
            try SummaryExport.write(project, request, to: url, replacing: true)
            XCTAssertEqual(try Data(contentsOf: url), try SummaryExport.render(project, request), "\(request)")
            XCTAssertEqual(try names(), [url.lastPathComponent], "no staged file is left beside it")
            let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
            XCTAssertEqual(mode, 0o600)
            try FileManager.default.removeItem(at: url)
        }
    }

    func testAnExistingFileIsKeptUnlessReplacing() throws {
        let url = folder.appendingPathComponent("quotes.csv")
        try Data("mine".utf8).write(to: url)
        let request = SummaryExport.Request(format: .csv, scope: .all)
        XCTAssertThrowsError(try SummaryExport.write(try ExportFixtures.sample(), request, to: url, replacing: false)) {
            XCTAssertTrue($0 is ExportFile.Exists, "\($0)")
        }
        XCTAssertEqual(try Data(contentsOf: url), Data("mine".utf8))
        XCTAssertEqual(try names(), ["quotes.csv"])
    }

    func testABadRequestIsRefusedBeforeTheFileIsLookedAt() throws {
        let url = folder.appendingPathComponent("quotes.csv")
        try Data("mine".utf8).write(to: url)
        let request = SummaryExport.Request(format: .csv, scope: .range(2...99))
        XCTAssertThrowsError(try SummaryExport.write(try ExportFixtures.sample(), request, to: url, replacing: false)) {
            XCTAssertTrue($0 is ExportError, "the request's problem comes first, as when rendering: \($0)")
        }
        XCTAssertEqual(try Data(contentsOf: url), Data("mine".utf8))
    }

    func testAFailureWhileStreamingLeavesTheOldFileAndNoStagedOne() throws {
        struct Broken: Error {}
        let url = folder.appendingPathComponent("quotes.csv")
        try Data("mine".utf8).write(to: url)
        XCTAssertThrowsError(
            try ExportFile.write(to: url, replacing: true) { file, _ in
                XCTAssertEqual(Array("half a file".utf8).withUnsafeBytes { write(file, $0.baseAddress, $0.count) }, 11)
                throw Broken()
            })
        XCTAssertEqual(try Data(contentsOf: url), Data("mine".utf8))
        XCTAssertEqual(try names(), ["quotes.csv"])
    }
}
