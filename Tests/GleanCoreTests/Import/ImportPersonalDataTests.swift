import XCTest

@testable import GleanCore

/// Personal-data columns stay out of the project however their headers are spelt or disguised, and values that look
/// like personal data in the columns that are imported are flagged with their line and column.
final class ImportPersonalDataTests: XCTestCase {
    private let fixtures = ImportFixtures()

    func testPersonalColumnsAreLeftOutAndNeverReachLogText() throws {
        let headers = [
            "Participant", "Date", "Progress", "Name (optional)", "Home address", "Mobile",
            "Date of birth (DD/MM/YYYY)",
            "Manager's name", "Postcode (home)", "NHS no.", "Emai\u{200B}l", "ＥＭＡＩＬ＿ＡＤＤＲＥＳＳ",
            "National Insurance number",
            "Next of kin", "Staff number",
        ]
        let secrets = [
            "Jo Bloggs", "1 High Street", "07700 900123", "01/02/1980", "Sam Manager", "LS1 4AP", "943 476 5919",
            "jo@nhs.net", "jo2@nhs.net", "QQ 12 34 56 C", "Pat Bloggs", "S12345",
        ]
        let csv =
            headers.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
            + "AB-01,2020-04-10,Going well," + secrets.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
        let batch = try fixtures.read(csv)
        XCTAssertEqual(batch.leftOut.map(\.header), Array(headers.dropFirst(3)))
        XCTAssertEqual(batch.logs.count, 1)
        XCTAssertEqual(batch.logs[0].sections.map(\.prompt), ["Progress"])
        let everything =
            batch.logs.flatMap(\.sections).map { "\($0.prompt) \($0.text)" }.joined()
            + batch.participants.map { "\($0.code) \($0.attributes)" }.joined()
        for secret in secrets {
            XCTAssertFalse(everything.contains(secret), secret)
        }
        XCTAssertEqual(batch.flagged, [], "left-out columns are not imported, so not flagged")
    }

    func testOptionsAndDefaultRolesMatchHeadersReadAsTheSameWords() throws {
        let csv = "Ｐａｒｔｉｃｉｐａｎｔ\u{200B}_Code,DATE,Care-Setting,Progress\u{FE0F}\nAB-01,2020-04-10,primary,fine\n"
        let mapping = ImportMapping(textColumns: ["progress"], attributeColumns: ["care setting"])
        let batch = try fixtures.read(csv, mapping: mapping)
        XCTAssertEqual(batch.logs.map(\.participant), ["AB-01"])
        XCTAssertEqual(batch.participants.first?.attributes, ["care setting": "primary"])
    }

    func testValuesThatLookLikePersonalDataAreFlaggedByLineColumnAndKindNotDropped() throws {
        let csv = """
            participant,date,Progress,Concerns,Care setting
            AB-01,2020-04-10,"Fine, ring me on 07700 900123",none,primary
            AB-02,2020-04-11,nothing to flag,"write to
            jo@nhs.net",primary
            AB-03,2020-04-12,NHS 943 476 5919,ok,jo@nhs.net
            AB-04,not a date,jo@nhs.net,x,primary

            """
        let batch = try fixtures.read(csv, mapping: ImportMapping(attributeColumns: ["Care setting"]))
        XCTAssertEqual(batch.logs.count, 3, "flagged rows are imported")
        let flags = batch.flagged.map { "\($0.line) \($0.column) \($0.kind) \($0.log)" }
        XCTAssertEqual(
            flags, ["2 Progress phone 0", "3 Concerns email 1", "5 Progress nhsNumber 2", "5 Care setting email 2"])
        XCTAssertEqual(
            batch.flagged[0].description,
            "logs.csv:2: column \"Progress\" holds what looks like a UK phone number; it is imported as written, so check that it is not personal data"
        )
        XCTAssertFalse(batch.flagged.map(\.description).joined().contains("07700"), "the value itself is never shown")
    }

    func testFlagsOfSeveralFilesPointAtTheirOwnLogs() throws {
        let first = try fixtures.read(
            "participant,date,Progress\nAB-01,2020-04-10,fine\nAB-02,2020-04-11,a@b.org\n", name: "one.csv")
        let second = try fixtures.read("participant,date,Progress\nAB-03,2020-04-12,c@d.org\n", name: "two.csv")
        var batch = first
        batch.append(second)
        XCTAssertEqual(batch.flagged.map(\.log), [1, 2])
        XCTAssertEqual(batch.flagged.map { batch.logs[$0.log].participant }, ["AB-02", "AB-03"])
    }
}
