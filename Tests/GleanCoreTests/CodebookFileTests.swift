import Foundation
import XCTest

@testable import GleanCore

/// Codebook files (Glean JSON and REFI-QDA QDC) and importing them: keys and colours kept, clashes handled by rule.
final class CodebookFileTests: XCTestCase {
    private func write(_ text: String, _ name: String = "codebook.json") throws -> URL {
        let url = Fixtures.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testJSONRoundTripKeepsKeysColoursAndOrder() throws {
        let codebook = try SampleProject.codebook()
        let url = Fixtures.temporaryFolder().appendingPathComponent("codebook.json")
        try CodebookFile.json(codebook).write(to: url)
        XCTAssertEqual(try CodebookFile.read(url, name: "codebook.json"), codebook.concerns)
    }

    func testQDCKeepsColoursAndTheImportGivesFreeKeysInOrder() throws {
        let sample = try SampleProject.codebook()
        let url = Fixtures.temporaryFolder().appendingPathComponent("codebook.qdc")
        try ExchangeExport.codebook(Project(programme: Programme(name: "x", start: Fixtures.start), codebook: sample))
            .write(to: url)
        let concerns = try CodebookFile.read(url, name: "codebook.qdc")
        XCTAssertEqual(concerns.map(\.colour), sample.concerns.map(\.colour))
        XCTAssertEqual(concerns.compactMap(\.key), [], "a .qdc carries no keys")
        let empty = Project(programme: Programme(name: "x", start: Fixtures.start))
        let outcome = try CodebookImport.merge(concerns, from: "codebook.qdc", into: empty)
        XCTAssertEqual(outcome.added.map(\.key), Array(1...9).map { Optional($0) })
        XCTAssertEqual(outcome.added.map(\.theme), sample.concerns.map(\.theme))
    }

    func testABadKeyIsRefusedWithFileLineAndProblem() throws {
        let url = try write(
            """
            {"format": "glean-codebook", "version": 1, "concerns": [
              {"name": "Access", "theme": "T", "key": 1},
              {"name": "Waiting", "theme": "T", "key": 12}
            ]}
            """)
        XCTAssertThrowsError(try CodebookFile.read(url, name: "codebook.json")) {
            XCTAssertEqual("\($0)", "codebook.json:3: concerns[1] (“Waiting”): key 12 is not a number key 1–9")
        }
    }

    func testDamagedJSONNamesTheLine() throws {
        let url = try write("{\"format\": \"glean-codebook\",\n \"version\": 1,\n \"concerns\": [ {\"name\": }\n")
        XCTAssertThrowsError(try CodebookFile.read(url, name: "codebook.json")) {
            XCTAssertTrue("\($0)".hasPrefix("codebook.json:3:"), "\($0)")
        }
    }

    func testImportKeepsExistingConcernsAndLeavesTakenKeysWithTheirHolders() throws {
        let project = Fixtures.small()
        let incoming = [
            Concern(id: "x1", name: "WELLBEING", colour: "#000000", key: 5, theme: "Other"),
            Concern(id: "access", name: "Access", colour: "#112233", key: 1, theme: "Continued progress"),
            Concern(id: "waits", name: "Waits", colour: "#445566", key: 7, theme: "New theme"),
        ]
        let outcome = try CodebookImport.merge(incoming, from: "f.json", into: project)
        XCTAssertEqual(outcome.added.map(\.id), ["access", "waits"])
        XCTAssertEqual(outcome.added.map(\.key), [nil, 7])
        XCTAssertEqual(
            outcome.notes,
            ["kept Wellbeing: the codebook has it already", "Access comes without key 1, which stays with Feedback"])
        var after = project
        after.apply(try XCTUnwrap(outcome.edit))
        XCTAssertEqual(after.codebook.concerns.map(\.id), ["feedback", "access", "wellbeing", "equipment", "waits"])
        XCTAssertEqual(after.codebook.concern(id: "access")?.colour, "#112233")
    }

    func testAnIncomingConcernWithOneIDAndAnothersNameIsRefused() throws {
        let incoming = [Concern(id: "wellbeing", name: "Equipment", colour: "#000000", key: nil, theme: "T")]
        XCTAssertThrowsError(try CodebookImport.merge(incoming, from: "f.json", into: Fixtures.small())) {
            XCTAssertTrue("\($0)".contains("rename one of them first (nothing was imported)"), "\($0)")
        }
    }
}
