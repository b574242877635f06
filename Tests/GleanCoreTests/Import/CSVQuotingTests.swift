import XCTest

@testable import GleanCore

/// A CSV whose quoting is broken is refused, naming the line where the bad field starts; good quoting is read as
/// written.
final class CSVQuotingTests: XCTestCase {
    private let fixtures = ImportFixtures()
    private let header = "participant,date,Progress\n"

    func testAnUnclosedQuoteIsAnErrorNamingItsLineNotOneLongAnswer() {
        let csv =
            header + "AB-01,2020-04-10,fine\nAB-02,2020-04-11,\"I think\nAB-03,2020-04-12,more\nAB-04,2020-04-13,end\n"
        assertImportError(
            try fixtures.read(csv),
            contains: ["logs.csv:3: unterminated quoted field starting here", "closing quote is missing"])
    }

    func testAnUnclosedQuoteThatMeetsALaterQuotedFieldIsAnErrorAtItsOwnLine() {
        let csv = header + "AB-01,2020-04-10,\"unclosed\nAB-02,2020-04-11,\"quoted\"\nAB-03,2020-04-12,x\n"
        assertImportError(
            try fixtures.read(csv),
            contains: ["logs.csv:2: unterminated quoted field starting here", "the quote on line 3"])
    }

    func testAQuoteInsideAQuotedFieldThatIsNotDoubledIsAnError() {
        let csv = header + "AB-01,2020-04-10,\"He said \"hi\" to me\"\n"
        assertImportError(try fixtures.read(csv), contains: ["logs.csv:2: unterminated quoted field", "doubled"])
    }

    func testTheLineCountsCRLFAndLoneCRAndLineBreaksInsideQuotedAnswers() {
        let csv = "participant,date,Progress\r\nAB-01,2020-04-10,\"two\r\nlines\"\rAB-02,2020-04-11,\"open\r\n"
        assertImportError(try fixtures.read(csv), contains: ["logs.csv:4: unterminated quoted field"])
    }

    func testGoodQuotingIsReadAsWritten() throws {
        let csv =
            "\u{FEFF}participant,\"date\",Progress\r\n\"AB-01\",2020-04-10,\"says \"\"hi\"\", then\r\nmore\"\r\n"
            + "AB-02,2020-04-11,a \"quote\" inside an unquoted field\nAB-03,2020-04-12,\"\"\nAB-04,2020-04-13,\"last\""
        let batch = try fixtures.read(csv)
        XCTAssertEqual(
            batch.logs.map { $0.sections.first?.text },
            ["says \"hi\", then\nmore", "a \"quote\" inside an unquoted field", nil, "last"].compactMap { $0 })
        XCTAssertEqual(batch.rows, 4)
        XCTAssertEqual(batch.rejected.map(\.line), [5], "the row with an empty answer is bad, not lost")
    }

    func testNothingIsWrittenWhenTheQuotingIsBroken() throws {
        let store = try fixtures.makeProject()
        defer { store.close() }
        let before = try fixtures.projectFiles()
        let url = try fixtures.write(header + "AB-01,2020-04-10,\"unclosed\n", to: "broken.csv")
        XCTAssertThrowsError(try fixtures.importing(url, into: store, skipInvalid: true))
        XCTAssertEqual(try fixtures.projectFiles(), before)
    }
}
