import GleanCore
import XCTest

/// Two headers that read as the same words (`HeaderName`) are one header used twice, and refused naming both columns,
/// however they differ in case, look-alike forms, invisible characters or punctuation.
final class ImportRepeatedHeaderTests: XCTestCase {
    private let fixtures = ImportFixtures()

    func testHeadersDifferingOnlyInCaseAreRepeated() {
        assertImportError(
            try fixtures.read("participant,date,Progress,PROGRESS\nA-01,2020-04-20,a,b\n"),
            contains: ["logs.csv:1: the header repeats \"Progress\" (column 3) and \"PROGRESS\" (column 4)"])
    }

    func testHeadersDifferingInInvisibleLookAlikeOrPunctuationCharactersAreRepeated() {
        for twin in ["Pro\u{00AD}gress", "Ｐｒｏｇｒｅｓｓ", "Prog\u{200B}ress", " progress_", "P\u{FE0F}rogress"] {
            assertImportError(
                try fixtures.read("participant,date,Progress,\(twin)\nA-01,2020-04-20,a,b\n"),
                contains: ["logs.csv:1: the header repeats", "(column 3) and", "(column 4)"])
        }
    }

    func testAParticipantColumnRepeatedUnderAnotherSpellingIsRefused() {
        assertImportError(
            try fixtures.read("Participant,date,participant ,Progress\nA-01,2020-04-20,B-02,b\n"),
            contains: ["logs.csv:1: the header repeats \"Participant\" (column 1) and \"participant\" (column 3)"])
    }

    func testHeadersOfDifferentWordsOrOnlyPunctuationAreNotRepeats() throws {
        let batch = try fixtures.read("participant,date,Progress,Progress 2,?,!\nA-01,2020-04-20,a,b,c,d\n")
        XCTAssertEqual(batch.logs.first?.sections.count, 4)
    }
}
