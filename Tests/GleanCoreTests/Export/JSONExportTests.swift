import Foundation
import GleanCore
import XCTest

/// The JSON export: the summary's data model, one object per fortnight, as the README documents it.
final class JSONExportTests: XCTestCase {
    private func json(_ project: Project, _ scope: ExportScope) throws -> Any {
        let data = try SummaryExport.render(project, SummaryExport.Request(format: .json, scope: scope))
        XCTAssertEqual(data.last, 0x0A, "a trailing newline")
        return try JSONSerialization.jsonObject(with: data)
    }

    func testOneFortnightIsOneObjectWithTheDocumentedFields() throws {
        let document = try XCTUnwrap(try json(try ExportFixtures.sample(), .fortnight(3)) as? [String: Any])
        XCTAssertEqual(
            Set(document.keys),
            [
                "programme", "fortnight", "title", "startDate", "endDate", "logs", "participants", "logsDone",
                "provisional", "basedOn", "keyThemes",
                "concerns", "featured", "note", "quotes",
            ])
        XCTAssertEqual(document["fortnight"] as? Int, 3)
        XCTAssertEqual(document["startDate"] as? String, "2020-05-04")
        XCTAssertEqual(document["endDate"] as? String, "2020-05-17")
        let concerns = try XCTUnwrap(document["concerns"] as? [[String: Any]])
        XCTAssertEqual(concerns.count, 9)
        let wellbeing = try XCTUnwrap(concerns.first { $0["id"] as? String == "staff-wellbeing" })
        XCTAssertEqual(wellbeing["participants"] as? Int, 9)
        XCTAssertEqual(wellbeing["change"] as? Int, 2)
        XCTAssertEqual(
            wellbeing["raisedBy"] as? String,
            "raised by 9 of 26 participants who wrote (35%) so far; provisional: 15 of 26 logs still to code")
        XCTAssertEqual(wellbeing["share"] as? Int, 35)
        XCTAssertTrue(wellbeing["shareChange"] is NSNull, "no change is claimed for a provisional fortnight")
        XCTAssertEqual(document["logsDone"] as? Int, 11)
        XCTAssertEqual(document["provisional"] as? Bool, true)
        let keyThemes = try XCTUnwrap(document["keyThemes"] as? [[String: Any]])
        XCTAssertEqual(
            keyThemes.first?["name"] as? String, "Digital and health inequalities", "grouped in codebook order")
        XCTAssertEqual(keyThemes.count, 5, "the standard rule: the five raised by most participants")
        let quotes = try XCTUnwrap(document["quotes"] as? [[String: Any]])
        XCTAssertEqual(quotes.count, 48)
        XCTAssertEqual(
            Set(quotes[0].keys),
            [
                "id", "log", "date", "participant", "attributes", "prompt", "start", "end", "text", "concerns", "memo",
                "featured",
            ])
        let featured = try XCTUnwrap(document["featured"] as? [[String: Any]])
        XCTAssertEqual(featured.count, 4)
        let ids = Set(quotes.compactMap { $0["id"] as? String })
        XCTAssertTrue(
            featured.allSatisfy { ids.contains($0["quote"] as? String ?? "") }, "featured quotes name listed quotes")
    }

    func testEveryFortnightIsAnArrayAndTheFirstHasNoChange() throws {
        let documents = try XCTUnwrap(try json(try ExportFixtures.sample(), .all) as? [[String: Any]])
        XCTAssertEqual(documents.map { $0["fortnight"] as? Int }, [1, 2, 3])
        let first = try XCTUnwrap(documents[0]["concerns"] as? [[String: Any]])
        XCTAssertTrue(first.allSatisfy { $0["change"] is NSNull }, "change is null, not missing, in fortnight 1")
        let note = try XCTUnwrap(documents[1]["note"] as? [String: Any])
        XCTAssertEqual((note["next"] as? [String])?.count, 4)
    }

    func testTextKeepsLineBreaksAndShowsOtherControls() throws {
        let document = try XCTUnwrap(try json(ExportFixtures.hostile(), .fortnight(1)) as? [String: Any])
        let quotes = try XCTUnwrap(document["quotes"] as? [[String: Any]])
        XCTAssertEqual(quotes[0]["text"] as? String, ExportFixtures.hostileProgress)
        XCTAssertEqual(quotes[1]["text"] as? String, "-5 for effort ␛[31mred␇")
        XCTAssertEqual(quotes[1]["concerns"] as? [String], ["Cats & <b>dogs</b>", "Plain"])
        let note = try XCTUnwrap(document["note"] as? [String: Any])
        XCTAssertEqual(note["opening"] as? String, "Team & <i>co</i> \u{FFFD}reversed")
    }
}
