import XCTest

@testable import GleanCore

/// What counts as an e-mail address, a UK phone number or an NHS number inside a value.
final class PersonalValuesTests: XCTestCase {
    func testEmailAddressesAreFound() {
        for text in [
            "jo.bloggs@nhs.net", "Write to me at jo+glean@example.co.uk.", "(a_b-c@trust.nhs.uk)", "X@Y.ORG",
        ] {
            XCTAssertEqual(PersonalValues.kinds(in: text), [.email], text)
        }
    }

    func testTextWithAtSignsThatIsNotAnAddressIsNot() {
        for text in ["meet @ 3pm", "a@b", "@handle", "user@localhost", "x@y.z", "a@.org", "50 @ £3.20", "jo@nhs..net"] {
            XCTAssertEqual(PersonalValues.kinds(in: text), [], text)
        }
    }

    func testUKPhoneNumbersAreFound() {
        for text in [
            "07700 900123", "07700900123", "call 07700-900-123 after 6", "+44 7700 900123", "+447700900123",
            "+44 (0)20 7946 0018", "020 7946 0018", "0113 496 0000", "(0161) 496 0000", "01632 96078", "03069 990000",
        ] {
            XCTAssertEqual(PersonalValues.kinds(in: text), [.phone], text)
        }
    }

    func testNumbersThatAreNotPhoneNumbersAreNot() {
        for text in [
            "212 responses", "01/02/2020", "2020-04-10", "0770090012", "077009001234", "+1 202 555 0100",
            "08001111", "12 07700 9", "room 0207", "v07700900123", "07700900123x",
        ] {
            XCTAssertEqual(PersonalValues.kinds(in: text), [], text)
        }
    }

    func testNHSNumbersWithAValidCheckDigitAreFound() {
        for text in ["943 476 5919", "9434765919", "NHS no: 943-476-5919.", "401 023 2137"] {
            XCTAssertEqual(PersonalValues.kinds(in: text), [.nhsNumber], text)
        }
    }

    func testTenDigitsWithAWrongCheckDigitOrAnotherGroupingAreNot() {
        for text in ["943 476 5918", "9434765910", "94 347 65919", "9434 765 919", "94347659190", "943 476 59191"] {
            XCTAssertEqual(PersonalValues.kinds(in: text), [], text)
        }
    }

    func testACheckDigitOfElevenIsZeroAndOfTenIsNeverValid() {
        // 1 2 3 4 5 6 7 8 1: weighted sum 10+18+24+28+30+30+28+24+2 = 194, 194 % 11 = 7, check 4.
        XCTAssertEqual(PersonalValues.kinds(in: "1234567814"), [.nhsNumber])
        // 0 0 0 0 0 0 0 1 1: sum 3+2 = 5, check 6; 0 0 0 0 0 0 0 0 0: sum 0, check 11 → 0.
        XCTAssertEqual(PersonalValues.kinds(in: "0000000000"), [.nhsNumber])
        // 0 0 0 0 0 0 0 0 1: sum 2, check 9; 0 0 0 0 0 0 1 0 0: sum 4, 11 - 4 = 7; 1 0 0 0 0 0 0 0 0: sum 10, check 1.
        // A sum of 1 (mod 11) gives check 10, which no NHS number has: 0 0 0 0 0 0 0 0 6 → 12 % 11 = 1.
        XCTAssertEqual(PersonalValues.kinds(in: "0000000060"), [])
        XCTAssertEqual(PersonalValues.kinds(in: "0000000061"), [])
    }

    func testSeveralKindsInOneValueAreEachReportedOnce() {
        let text = "Ring 07700 900123 or 07700 900456, mail a@b.org or c@d.org; NHS 943 476 5919"
        XCTAssertEqual(PersonalValues.kinds(in: text), [.email, .phone, .nhsNumber])
    }
}
