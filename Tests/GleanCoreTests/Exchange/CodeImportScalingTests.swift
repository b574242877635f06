import Foundation
import XCTest

@testable import GleanCore

/// Issue 9, class 6 (codes): importing a codebook takes time linear in its codes, even when every code has the
/// same name; 8,000 codes took 11 s and 16,000 four times as long before.
final class CodeImportScalingTests: XCTestCase {
    /// A codebook of `count` codes in themes of 100, every concern named `name` when given (else numbered).
    private func codebook(_ count: Int, name: String? = nil) throws -> URL {
        var themes: [String] = []
        for theme in 0..<max(1, count / 100) {
            let codes = (0..<min(100, count)).map { index in
                "<Code guid=\"\(HostileQDPX.guid("c", theme * 100 + index))\" name=\"\(name ?? "Concern \(theme)-\(index)")\" isCodable=\"true\"/>"
            }
            themes.append(
                "<Code guid=\"\(HostileQDPX.guid("7", theme))\" name=\"Theme \(theme)\" isCodable=\"false\">\(codes.joined())</Code>"
            )
        }
        let url = try ExchangeTestSupport.folder().appendingPathComponent("codes.qdc")
        try Data("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\(themes.joined())</Codes></CodeBook>".utf8)
            .write(to: url)
        return url
    }

    /// Reads the codebook at `url` and merges it into an empty project, twice (the second adds nothing); returns the
    /// seconds taken and the merged project.
    private func importTwice(_ url: URL) throws -> (seconds: Double, project: Project) {
        let started = Date()
        let incoming = try ExchangeImport.read(url, name: "codes.qdc", format: .qdc)
        let first = ExchangeMerge(
            incoming, into: Project(programme: Programme(name: "P", start: Day(iso: "2021-03-01")!)))
        let second = ExchangeMerge(incoming, into: first.project)
        XCTAssertEqual(second.edit.changes.count, 0, "every concern is already there")
        return (Date().timeIntervalSince(started), first.project)
    }

    func testEightAndSixteenThousandCodesImportInLinearTime() throws {
        let (eight, project) = try importTwice(try codebook(8_000))
        let (sixteen, _) = try importTwice(try codebook(16_000))
        print(
            "Codebook import: 8,000 codes \(String(format: "%.2f", eight)) s, 16,000 codes \(String(format: "%.2f", sixteen)) s"
        )
        XCTAssertEqual(project.codebook.concerns.count, 8_000)
        XCTAssertEqual(Set(project.codebook.concerns.map(\.id)).count, 8_000)
        XCTAssertEqual(project.codebook.concerns.first?.name, "Concern 0-0")
        XCTAssertEqual(project.codebook.concerns.last?.theme, "Theme 79")
        XCTAssertLessThan(sixteen, 20, "16,000 codes took minutes when import was quadratic")
    }

    func testSixteenThousandCodesOfOneNameTakeDistinctIdsInLinearTime() throws {
        let url = try codebook(16_000, name: "Same")
        let started = Date()
        let incoming = try ExchangeImport.read(url, name: "codes.qdc", format: .qdc)
        let seconds = Date().timeIntervalSince(started)
        print("Codebook import: 16,000 codes of one name \(String(format: "%.2f", seconds)) s")
        XCTAssertEqual(Set(incoming.concerns.map(\.id)).count, 16_000)
        XCTAssertEqual(incoming.concerns.prefix(3).map(\.id), ["same", "same-2", "same-3"])
        XCTAssertLessThan(seconds, 20)
    }

    func testConcernIDsFollowTheCodebookRule() {
        var ids = ConcernIDs(taken: ["care", "care-2"])
        XCTAssertEqual(ids.newID(forName: "Care"), "care-3")
        XCTAssertEqual(ids.newID(forName: "Care"), "care-4")
        XCTAssertEqual(ids.newID(forName: "  ✱ "), "concern")
        XCTAssertFalse(ids.take("care-4"))
        XCTAssertTrue(ids.take("care-9"))
        let codebook = Codebook(concerns: [Concern(id: "care", name: "Care", colour: "#000000", key: nil, theme: "")])
        XCTAssertEqual(codebook.newID(forName: "Care"), "care-2")
    }
}
