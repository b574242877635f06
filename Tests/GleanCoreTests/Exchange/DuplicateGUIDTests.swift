import XCTest

@testable import GleanCore

/// Issue 9, class 9: two elements with one GUID are refused, naming both, rather than merged silently.
final class DuplicateGUIDTests: XCTestCase {
    private typealias Q = HostileQDPX

    /// Refuses `qde`, naming `first` and `second` with their lines.
    private func assertDuplicate(
        _ qde: String, _ first: String, _ second: String, sources: Int = 1, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let error = Q.assertRefused(
            [
                "is used twice, by \(first) (line ", "and by \(second) (line ",
                "a GUID must name one thing only (refused)",
            ], file: file, line: line
        ) {
            try Q.read(qde, sources: sources)
        }
        XCTAssertNotNil(error?.line, file: file, line: line)
    }

    func testTwoSelectionsWithOneGUID() {
        let second =
            "<PlainTextSelection guid=\"\(Q.guid("b", 1))\" startPosition=\"6\" endPosition=\"10\"><Coding guid=\"\(Q.guid("f", 9))\"><CodeRef targetGUID=\"\(Q.guid("c", 1))\"/></Coding></PlainTextSelection>"
        assertDuplicate(
            Q.document(sourceExtra: second), "PlainTextSelection 0–5 of TextSource \"Source 1\"",
            "PlainTextSelection 6–10 of TextSource \"Source 1\"")
    }

    func testTwoSelectionsInTwoSourcesWithOneGUID() {
        let qde = Q.document(sources: 2).replacingOccurrences(of: Q.guid("b", 2), with: Q.guid("b", 1).uppercased())
        assertDuplicate(
            qde, "PlainTextSelection 0–5 of TextSource \"Source 1\"",
            "PlainTextSelection 0–5 of TextSource \"Source 2\"", sources: 2)
    }

    func testTwoCodesWithOneGUID() {
        let qde = Q.document().replacingOccurrences(
            of: "<Code guid=\"\(Q.guid("c", 1))\" name=\"Health\" isCodable=\"true\"/>",
            with:
                "<Code guid=\"\(Q.guid("c", 1))\" name=\"Health\" isCodable=\"true\"/><Code guid=\"{\(Q.guid("c", 1).uppercased())}\" name=\"Wealth\" isCodable=\"true\"/>"
        )
        assertDuplicate(qde, "Code \"Health\"", "Code \"Wealth\"")
    }

    func testTwoSourcesWithOneGUID() {
        let qde = Q.document(sources: 2).replacingOccurrences(
            of: "<TextSource guid=\"\(Q.guid("5", 2))\"", with: "<TextSource guid=\"\(Q.guid("5", 1))\"")
        assertDuplicate(qde, "TextSource \"Source 1\"", "TextSource \"Source 2\"", sources: 2)
    }

    func testTwoCasesWithOneGUID() {
        let qde = Q.document().replacingOccurrences(
            of: "</Cases>", with: "<Case guid=\"\(Q.guid("9", 1))\" name=\"P-02\"/></Cases>")
        assertDuplicate(qde, "Case \"P-01\"", "Case \"P-02\"")
    }

    func testTwoNotesWithOneGUID() {
        let qde = Q.document().replacingOccurrences(
            of: "</Notes>",
            with:
                "<Note guid=\"\(Q.guid("a", 1))\" name=\"Other\"><PlainTextContent>Else.</PlainTextContent></Note></Notes>"
        )
        assertDuplicate(qde, "Note \"Memo\"", "Note \"Other\"")
    }

    func testTwoUsersWithOneGUID() {
        let qde = Q.document().replacingOccurrences(
            of: "</Users>", with: "<User guid=\"\(Q.guid("d", 1))\" name=\"Bob\"/></Users>")
        assertDuplicate(qde, "User \"Ann\"", "User \"Bob\"")
    }

    func testTwoVariablesWithOneGUID() {
        let qde = Q.document().replacingOccurrences(
            of: "</Variables>",
            with: "<Variable guid=\"\(Q.guid("e", 1))\" name=\"Role\" typeOfVariable=\"Text\"/></Variables>")
        assertDuplicate(qde, "Variable \"Setting\"", "Variable \"Role\"")
    }

    func testTwoCodingsWithOneGUID() {
        let qde = Q.document(sources: 2).replacingOccurrences(of: Q.guid("f", 2), with: Q.guid("f", 1))
        assertDuplicate(qde, "Coding", "Coding", sources: 2)
    }

    func testElementsOfDifferentKindsWithOneGUID() {
        let qde = Q.document().replacingOccurrences(
            of: "<User guid=\"\(Q.guid("d", 1))\"", with: "<User guid=\"\(Q.guid("c", 1))\"")
        assertDuplicate(qde, "User \"Ann\"", "Code \"Health\"")
    }

    func testTheMessageGivesBothLines() throws {
        let qde = Q.document().replacingOccurrences(
            of: "</Users>", with: "<User guid=\"\(Q.guid("d", 1))\" name=\"Bob\"/></Users>")
        let error = try XCTUnwrap(
            Q.assertRefused(["User \"Ann\" (line 3)", "User \"Bob\" (line 3)"]) { try Q.read(qde) })
        XCTAssertEqual(error.line, 3)
    }

    func testUniqueGUIDsImportEverySelection() throws {
        let second =
            "<PlainTextSelection guid=\"\(Q.guid("b", 9))\" startPosition=\"6\" endPosition=\"10\"><Coding guid=\"\(Q.guid("f", 9))\"><CodeRef targetGUID=\"\(Q.guid("c", 1))\"/></Coding></PlainTextSelection>"
        let incoming = try Q.read(Q.document(sourceExtra: second))
        XCTAssertEqual(incoming.quotes.map(\.id), [Q.guid("b", 1), Q.guid("b", 9)])
    }
}
