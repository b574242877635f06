import Foundation
import XCTest

@testable import GleanCore

final class ProjectErrorTests: XCTestCase {
    private var folder: URL!
    private var layout: ProjectLayout { ProjectLayout(root: folder) }

    override func setUpWithError() throws {
        folder = Fixtures.temporaryFolder()
        _ = try ProjectStore.create(Fixtures.small(), in: folder)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func openError() -> ProjectError? {
        do {
            _ = try ProjectStore.open(folder)
            return nil
        } catch {
            return error as? ProjectError
        }
    }

    func testTruncatedJSONNamesFileLineAndColumn() throws {
        let data = try Data(contentsOf: layout.coding(ofFortnight: 1))
        try data.prefix(data.count / 2).write(to: layout.coding(ofFortnight: 1))
        let error = try XCTUnwrap(openError())
        XCTAssertTrue(error.file.hasSuffix("fortnights/001/coding.json"), error.file)
        XCTAssertTrue(error.problem.contains("cut short"), error.problem)
        XCTAssertEqual(error.line, data.prefix(data.count / 2).filter { $0 == 0x0A }.count + 1)
        XCTAssertNotNil(error.column)
    }

    func testSyntaxErrorHasAPosition() throws {
        try Data("{\n  \"schemaVersion\": 1,\n  oops\n}\n".utf8).write(to: layout.manifest)
        let error = try XCTUnwrap(openError())
        XCTAssertEqual(error.line, 3)
        XCTAssertNotNil(error.column)
    }

    func testInvalidUTF8IsReportedAtItsLine() throws {
        var data = Data("{\n  \"schemaVersion\": 1,\n  \"x\": \"".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(Data("\"\n}\n".utf8))
        try data.write(to: layout.manifest)
        let error = try XCTUnwrap(openError())
        XCTAssertEqual(error.line, 3)
        XCTAssertEqual(error.column, 9)
        XCTAssertTrue(error.problem.contains("UTF-8"))
    }

    func testNewerSchemaIsRefusedAndNothingIsWritten() throws {
        let text = String(decoding: try Data(contentsOf: layout.manifest), as: UTF8.self)
            .replacingOccurrences(
                of: "\"schemaVersion\" : \(Project.currentSchemaVersion)", with: "\"schemaVersion\" : 7")
        try Data(text.utf8).write(to: layout.manifest)
        let error = try XCTUnwrap(openError())
        XCTAssertTrue(error.problem.contains("newer Glean"), error.problem)
        XCTAssertEqual(String(decoding: try Data(contentsOf: layout.manifest), as: UTF8.self), text)
    }

    func testMissingFieldNamesItsPath() throws {
        let text = String(decoding: try Data(contentsOf: layout.logs(ofFortnight: 2)), as: UTF8.self)
            .replacingOccurrences(of: "\"participant\" : \"C-03\",", with: "")
        try Data(text.utf8).write(to: layout.logs(ofFortnight: 2))
        let error = try XCTUnwrap(openError())
        XCTAssertEqual(error.problem, "logs[2] lacks the field \"participant\"")
    }

    func testAMissingFileIsNamed() throws {
        try FileManager.default.removeItem(at: layout.coding(ofFortnight: 2))
        let error = try XCTUnwrap(openError())
        XCTAssertTrue(error.description.hasSuffix("fortnights/002/coding.json: the file is missing"), error.description)
    }

    func testADamagedJournalLineNamesItsLine() throws {
        try Data("{\"changes\":[],\"sequence\":1,\"summary\":\"ok\"}\nnot json\n".utf8).write(to: layout.journal)
        let error = try XCTUnwrap(openError())
        XCTAssertTrue(error.file.hasSuffix("journal.jsonl"))
        XCTAssertEqual(error.line, 2)
    }

    func testAJournalLineNamingAFortnightOutOfRangeIsRefused() throws {
        for number in [-5, 0, 10_000] {
            let line =
                "{\"changes\":[{\"setNote\":{\"fortnight\":\(number),\"note\":{\"next\":[],\"opening\":\"\"}}}],\"sequence\":1,\"summary\":\"x\"}\n"
            try Data(line.utf8).write(to: layout.journal)
            let error = try XCTUnwrap(openError())
            XCTAssertEqual(error.line, 1)
            XCTAssertTrue(error.problem.contains("names fortnight \(number)"), error.problem)
        }
    }
}
