import Foundation
import XCTest

@testable import GleanCore

/// `--pseudonymise`: no participant code left anywhere, aliases in their place, only the kept attributes.
final class PseudonymisationTests: XCTestCase {
    /// Every export of `project`, pseudonymised keeping `attributes`, as text.
    private func everyExport(_ project: Project, keeping attributes: [String]) throws -> [String: String] {
        var exports: [String: String] = [:]
        let pseudonymisation = Pseudonymisation(keeping: attributes)
        for format in ExportFormat.fortnightFormats {
            for number in project.fortnightNumbers {
                exports["\(format) \(number)"] = try ExportFixtures.text(
                    project, .init(format: format, scope: .fortnight(number), pseudonymisation: pseudonymisation))
            }
            if format.coversSeveralFortnights {
                exports["\(format) all"] = try ExportFixtures.text(
                    project, .init(format: format, scope: .all, pseudonymisation: pseudonymisation))
            }
        }
        return exports
    }

    func testNoParticipantCodeOfTheSampleAppearsInAnyExport() throws {
        let project = try ExportFixtures.sample()
        let codes = project.participants.map(\.code)
        XCTAssertEqual(codes.count, 30)
        for attributes in [[], ["care setting"], project.attributeNames] {
            for (name, text) in try everyExport(project, keeping: attributes) {
                for code in codes {
                    XCTAssertFalse(
                        text.contains(code), "\(code) in the pseudonymised \(name) export keeping \(attributes)")
                }
            }
        }
    }

    func testLogIDsBecomeAliasAndDate() throws {
        let project = try ExportFixtures.sample()
        let data = try SummaryExport.render(
            project, .init(format: .json, scope: .all, pseudonymisation: Pseudonymisation()))
        let documents = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let quotes = documents.flatMap { $0["quotes"] as? [[String: Any]] ?? [] }
        XCTAssertEqual(quotes.count, 191)
        let aliases = Set(project.participants.map(\.alias))
        for quote in quotes {
            let participant = try XCTUnwrap(quote["participant"] as? String)
            XCTAssertTrue(aliases.contains(participant))
            XCTAssertEqual(quote["log"] as? String, "\(participant)-\(quote["date"] as? String ?? "")")
            XCTAssertEqual(quote["attributes"] as? [String: String], [:])
        }
    }

    func testCodesWrittenInTextAreReplacedAndQuotesStillCoverTheirWords() throws {
        let log = Log(
            id: "NW-07-2020-04-07", participant: "NW-07", date: Day(iso: "2020-04-07")!,
            sections: [LogSection(prompt: "Progress", text: "I told NW-07 and NW-070 about NW-1 today.")])
        let second = Log(
            id: "NW-07-2020-04-07-2", participant: "NW-07", date: Day(iso: "2020-04-07")!,
            sections: [LogSection(prompt: "Progress", text: "Again.")])
        var quote = ExportFixtures.quote("q1", log, section: 0, ["plain"], memo: "see NW-07-2020-04-07")
        quote.start = 7
        quote.end = 16
        let project = Project(
            programme: Programme(name: "P", start: Day(iso: "2020-04-06")!),
            participants: [
                Participant(code: "NW-07", alias: "P001", attributes: ["role": "GP"]),
                Participant(code: "NW-1", alias: "P002"),
            ],
            codebook: Codebook(concerns: [Concern(id: "plain", name: "Plain", colour: "#4169E1", key: 1, theme: "T")]),
            fortnights: [
                1: Fortnight(
                    number: 1, logs: [log, second],
                    quotes: [quote, ExportFixtures.quote("q2", second, section: 0, ["plain"])])
            ])
        let pseudonymous = project.pseudonymised(Pseudonymisation())
        let fortnight = pseudonymous.fortnight(1)
        XCTAssertEqual(fortnight.logs.map(\.id), ["P001-2020-04-07", "P001-2020-04-07-2"])
        XCTAssertEqual(fortnight.logs[0].sections[0].text, "I told P001 and NW-070 about P002 today.")
        let moved = try XCTUnwrap(fortnight.quotes.first { $0.id == "q1" })
        XCTAssertEqual(TextSegments.slice(fortnight.logs[0].sections[0].text, moved.range), "P001 and")
        XCTAssertEqual(moved.memo, "see P001-2020-04-07")
        XCTAssertEqual(moved.log, "P001-2020-04-07")
        XCTAssertEqual(moved.participant, "P001")
        XCTAssertEqual(pseudonymous.participants.map(\.code), ["P001", "P002"])
        XCTAssertEqual(pseudonymous.participants[0].attributes, [:])
    }

    func testAWriterMissingFromTheParticipantsStillGetsAnAlias() throws {
        var project = ExportFixtures.hostile()
        project.participants.removeAll { $0.code == "B-02" }
        let text = try ExportFixtures.text(
            project, .init(format: .csv, scope: .all, pseudonymisation: Pseudonymisation()))
        XCTAssertFalse(text.contains("B-02"))
        XCTAssertTrue(text.contains("P002-") || text.contains(",P002,"), text)
    }

    func testCountsAreUnchanged() throws {
        let project = try ExportFixtures.sample()
        XCTAssertEqual(
            CountsTable(project: project.pseudonymised(Pseudonymisation())), CountsTable(project: project))
    }
}
