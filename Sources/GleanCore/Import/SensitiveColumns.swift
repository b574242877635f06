/// Recognises the columns of a form export that must not travel into a project unless a facilitator names them:
/// personal data (e-mail, names, IP addresses, phone numbers, respondent ids, location) and the form tool's own
/// bookkeeping (start and completion times and the like), which would otherwise be imported as answers.
///
/// The test is on the header only. Short headers ("Email", "Full name", "Respondent ID") are matched word by word;
/// a header that reads as a question (more than five words, or ending in "?") is taken as personal only when it asks
/// for an identifier outright ("What is your e-mail address?"), so a question such as "How are phone consultations
/// going?" stays an answer.
public enum SensitiveColumns {
    /// Why a column with this header is left out by default (e.g. "e-mail address", "form timing"), or nil when it is
    /// an ordinary column.
    public static func reason(forHeader header: String) -> String? {
        let words = header.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard !words.isEmpty else { return nil }
        let phrase = words.joined(separator: " ")
        if words.count > 5 || header.trimmingWhiteSpace().hasSuffix("?") {
            return questionAsks.first { phrase.contains($0.key) }?.value
        }
        if words.contains(where: { $0.contains("email") }) || phrase.contains("e mail") { return "e-mail address" }
        if words.contains(where: { $0 == "ip" || $0.contains("ipaddress") }) { return "IP address" }
        if words.contains(where: { word in compoundNames.contains { word.contains($0) } })
            || (words.contains("name") && words.allSatisfy { $0 == "name" || nameQualifiers.contains($0) }) {
            return "name"
        }
        if words.contains(where: { ["phone", "telephone", "tel", "phonenumber", "mobilenumber"].contains($0) })
            || (words.contains("mobile") && words.contains("number")) || phrase == "contact number" {
            return "phone number"
        }
        if identifiers.contains(phrase) || words.last == "id" || words.last?.hasSuffix("responseid") == true {
            return "identifier"
        }
        if words.contains(where: { $0.contains("latitude") || $0.contains("longitude") }) || phrase == "postcode"
            || phrase == "address" || phrase == "user agent" {
            return "location or device"
        }
        if formTiming.contains(phrase) { return "form timing" }
        return nil
    }

    private static let questionAsks: KeyValuePairs<String, String> = [
        "your name": "name", "your full name": "name", "your email": "e-mail address",
        "your e mail": "e-mail address", "email address": "e-mail address", "phone number": "phone number",
        "your phone": "phone number", "ip address": "IP address",
    ]
    private static let compoundNames = ["surname", "forename", "firstname", "lastname", "fullname", "username"]
    private static let nameQualifiers: Set<String> = [
        "full", "first", "last", "given", "family", "middle", "preferred", "display", "user", "your", "my", "s",
        "respondent", "respondents", "participant", "participants", "person", "staff", "employee", "what", "is",
        "please", "enter",
    ]
    private static let identifiers: Set<String> = [
        "uuid", "guid", "responseid", "respondentid", "collectorid", "nhs number", "staff number", "employee number",
        "date of birth", "dob", "external reference", "externalreference", "externaldatareference",
    ]
    private static let formTiming: Set<String> = [
        "start time", "end time", "completion time", "last modified time", "modified", "start date", "end date",
        "recorded date", "startdate", "enddate", "recordeddate", "timestamp", "submitted", "submitted at",
        "submission date", "submission time", "duration", "duration in seconds", "response type",
        "distribution channel", "user language",
    ]
}
