import XCTest

@testable import GleanCore

/// Which headers of form exports are taken as personal data or form bookkeeping.
final class ImportSensitiveColumnsTests: XCTestCase {
    func testFormToolsPersonalColumnsAreRecognised() {
        let expected: KeyValuePairs<String, String> = [
            "Email": "e-mail address", "E-mail address": "e-mail address", "RecipientEmail": "e-mail address",
            "Name": "name", "Full name": "name", "First Name": "name", "Surname": "name", "RecipientLastName": "name",
            "Respondent's name": "name", "Participant name": "name",
            "IP Address": "IP address", "IPAddress": "IP address",
            "Phone": "phone number", "Mobile number": "phone number", "Telephone": "phone number",
            "ID": "identifier", "Respondent ID": "identifier", "Collector ID": "identifier", "ResponseId": "identifier",
            "NHS number": "NHS number", "ExternalReference": "identifier",
            "LocationLatitude": "location or device", "Postcode": "address",
            "Start time": "form timing", "Last modified time": "form timing", "StartDate": "form timing",
            "Timestamp": "form timing",
            "What is your name?": "name", "Please give us your email address so we can follow up": "e-mail address",
        ]
        for (header, reason) in expected {
            XCTAssertEqual(SensitiveColumns.reason(forHeader: header), reason, header)
        }
    }

    func testQuestionsAndOrdinaryColumnsAreNot() {
        for header in [
            "Progress", "Concerns", "What I'm hearing", "What concerns you?", "How are phone consultations going?",
            "Practice name", "Team name", "Care setting", "Role", "Participant code", "Date",
            "Name of the service you run",
            "Are mobile devices available to staff?", "", "What name would you give this theme?", "Mobile devices",
            "Phone consultations", "How has your line manager supported you?", "Service name", "Organisation name",
            "Name of the practice", "Address the backlog", "Telephone triage: what worked?", "Date of the session",
            "Birth centre news", "Staff wellbeing", "Next steps", "Number of patients seen", "Kin and carers",
            "What did your team name as the main barrier?", "Addressing inequalities", "How was your manager?",
            "Did you email anyone?", "Any phone issues?", "Who is your line manager supporting?",
        ] {
            XCTAssertNil(SensitiveColumns.reason(forHeader: header), header)
        }
    }

    func testUKPersonalDataFieldsInTheirUsualSpellingsAreRecognised() {
        let expected: KeyValuePairs<String, String> = [
            "Name (optional)": "name", "Manager's name": "name", "Manager’s name": "name", "Line manager": "name",
            "Name of line manager": "name", "First and last name": "name", "Line manager name": "name",
            "Home address": "address", "Address": "address", "Postcode (home)": "address", "Post code": "address",
            "Address line 1": "address", "Work address": "address",
            "Mobile": "phone number", "Work mobile": "phone number", "Mobile (personal)": "phone number",
            "Telephone no.": "phone number", "Contact number": "phone number", "Phone": "phone number",
            "Date of birth (DD/MM/YYYY)": "date of birth", "DOB": "date of birth", "D.O.B.": "date of birth",
            "Birth date": "date of birth",
            "NHS no.": "NHS number", "NHS No": "NHS number", "NHS Number (10 digits)": "NHS number",
            "National Insurance number": "National Insurance number", "NI number": "National Insurance number",
            "NI No.": "National Insurance number",
            "Next of kin": "next of kin", "Next of kin (name and phone)": "next of kin",
            "Emergency contact": "next of kin",
            "Staff number": "staff or registration number", "Employee ID": "staff or registration number",
            "Payroll no.": "staff or registration number", "Assignment number": "staff or registration number",
            "GMC number": "staff or registration number",
            "What is your manager's name?": "name", "Please give your date of birth": "date of birth",
            "What is your NHS number?": "NHS number", "What is your home address?": "address",
            "What is your mobile number?": "phone number", "Name?": "name", "Email?": "e-mail address",
            "Mobile?": "phone number", "Date of birth?": "date of birth", "Your name?": "name",
        ]
        for (header, reason) in expected {
            XCTAssertEqual(SensitiveColumns.reason(forHeader: header), reason, header)
        }
    }

    func testDisguisedHeadersAreReadAsTheWordsTheyShow() {
        let expected: KeyValuePairs<String, String> = [
            "Emai\u{200B}l": "e-mail address", "ＥＭＡＩＬ": "e-mail address", "E\u{00AD}mail": "e-mail address",
            "\u{FEFF}Email": "e-mail address", "E\u{2060}-mail": "e-mail address",
            "Em\u{200D}ail\u{FE0F}": "e-mail address",
            "N\u{200C}ame": "name", "Ｎａｍｅ（ｏｐｔｉｏｎａｌ）": "name", "Date\u{200E} of birth": "date of birth",
            "NHS\u{202F}no.": "NHS number", "ＭＯＢＩＬＥ": "phone number", "Post\u{034F}code": "address",
            "MANAGER'S   NAME": "name", "home_address": "address", "date-of-birth": "date of birth",
        ]
        for (header, reason) in expected {
            XCTAssertEqual(SensitiveColumns.reason(forHeader: header), reason, header.debugDescription)
        }
    }

    func testHeaderNamesFoldCaseWidthSpacingAndInvisibleCharacters() {
        XCTAssertEqual(HeaderName.key("  Ｐａｒｔｉｃｉｐａｎｔ\u{200B}_Code "), "participant code")
        XCTAssertEqual(HeaderName.key("STRASSE"), HeaderName.key("Straße"))
        XCTAssertEqual(HeaderName.words("Postcode (home)", droppingBracketed: true), ["postcode"])
        XCTAssertEqual(HeaderName.words("(home)", droppingBracketed: true), ["home"])
        XCTAssertEqual(HeaderName.key("\u{200B}\u{FEFF}"), "")
    }
}
