import Foundation
import XCTest

@testable import GleanCore

/// An export replaces a regular file only when the caller agreed, and never anything but a regular file.
final class ExportReplaceFileTests: XCTestCase {
    private var folder = URL(fileURLWithPath: "/nonexistent")

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("replace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testARegularFileIsReplacedOnlyWhenAgreed() throws {
        let url = folder.appendingPathComponent("summary.md")
        try ExportFile.write(Data("first".utf8), to: url, replacing: false)
        XCTAssertThrowsError(try ExportFile.write(Data("second".utf8), to: url, replacing: false)) { error in
            XCTAssertEqual(error as? ExportFile.Exists, ExportFile.Exists(path: url.path))
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "first", "left as it was")
        try ExportFile.write(Data("second".utf8), to: url, replacing: true)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "second")
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder.path), ["summary.md"], "no staging left")
    }

    func testAFolderOfSummariesWritesNoneWhenOneIsThere() throws {
        let files = [
            SummaryExport.NamedFile(name: "a.md", data: Data("a".utf8)),
            SummaryExport.NamedFile(name: "b.md", data: Data("b".utf8)),
        ]
        try Data("mine".utf8).write(to: folder.appendingPathComponent("b.md"))
        XCTAssertThrowsError(try SummaryExport.write(files, intoFolder: folder, replacing: false))
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.md").path), "nothing written")
        try SummaryExport.write(files, intoFolder: folder, replacing: true)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("b.md"), encoding: .utf8), "b")
    }

    func testAnythingButARegularFileIsRefusedEvenWhenReplacing() throws {
        let target = folder.appendingPathComponent("target.md")
        try Data("target".utf8).write(to: target)
        let link = folder.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let directory = folder.appendingPathComponent("dir.md")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        let fifo = folder.appendingPathComponent("fifo.md")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        for url in [link, directory, fifo] {
            XCTAssertThrowsError(try ExportFile.write(Data("x".utf8), to: url, replacing: true)) { error in
                XCTAssertTrue("\(error)".contains("not a regular file"), "\(url.lastPathComponent): \(error)")
            }
        }
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "target")
    }
}
