import GleanCore
import XCTest

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
            "NHS number": "identifier", "ExternalReference": "identifier",
            "LocationLatitude": "location or device", "Postcode": "location or device",
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
            "Practice name", "Team name", "Care setting", "Role", "Participant code", "Date", "Name of the service you run",
            "Are mobile devices available to staff?", "",
        ] {
            XCTAssertNil(SensitiveColumns.reason(forHeader: header), header)
        }
    }
}
