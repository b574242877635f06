extension SensitiveColumns {
    /// The words and phrases `SensitiveColumns` looks for, as `HeaderName` words joined by single spaces ("manager's"
    /// reads as "manager s", "NHS no." as "nhs no").
    enum Vocabulary {
        /// Phrases that make a short header personal when it is, begins with or ends with one, and why.
        static let phrases: [(Set<String>, String)] = [
            (["date of birth", "dob", "d o b", "birth date", "birthdate", "birthday"], "date of birth"),
            (["nhs number", "nhs no", "nhs num", "nhs nr", "nhsnumber", "nhs id"], "NHS number"),
            (
                [
                    "national insurance number", "national insurance no", "national insurance", "ni number", "ni no",
                    "nino", "ni nr",
                ], "National Insurance number"
            ),
            (["next of kin", "nok", "emergency contact"], "next of kin"),
            (
                [
                    "staff number", "staff no", "staff id", "employee number", "employee no", "employee id",
                    "payroll number", "payroll no", "payroll id", "assignment number", "esr number", "smartcard number",
                    "gmc number", "gmc no", "nmc pin", "nmc number", "hcpc number", "registration number",
                ], "staff or registration number"
            ),
            (["line manager", "line managers", "manager name", "managers name", "manager s name"], "name"),
            (
                [
                    "phone number", "phone no", "telephone number", "telephone no", "tel no", "mobile number",
                    "mobile no", "mobile phone", "contact number", "contact no", "contact telephone", "landline",
                    "cell phone", "cellphone",
                ], "phone number"
            ),
            (
                [
                    "home address", "postal address", "street address", "address line", "address line 1", "postcode",
                    "post code", "zip code", "zipcode", "home postcode",
                ], "address"
            ),
        ]

        /// Single words that make a short header personal when it ends with one ("Work mobile", "Home address"), and
        /// why; at the start they may begin an ordinary topic ("Mobile devices", "Phone consultations").
        static let lastWords: [String: String] = [
            "phone": "phone number", "telephone": "phone number", "tel": "phone number", "mobile": "phone number",
            "phonenumber": "phone number", "mobilenumber": "phone number", "address": "address",
            "postcode": "address", "manager": "name",
        ]

        /// Words that contain a name field whole ("RecipientLastName", "Surname").
        static let compoundNames = [
            "surname", "forename", "firstname", "lastname", "fullname", "username", "nickname", "maidenname",
            "givenname", "familyname",
        ]

        /// Words that may stand around "name" in a header that asks for a person's name.
        static let nameQualifiers: Set<String> = [
            "full", "first", "last", "given", "family", "middle", "preferred", "display", "user", "your", "my", "s",
            "respondent", "respondents", "participant", "participants", "person", "staff", "employee", "what", "is",
            "please", "enter", "manager", "managers", "line", "of", "the", "contact", "emergency", "supervisor",
            "supervisors", "mentor", "mentors", "maiden", "legal", "optional", "sur", "fore", "christian", "and",
        ]

        /// Headers (whole) that are identifiers.
        static let identifiers: Set<String> = [
            "uuid", "guid", "responseid", "respondentid", "collectorid", "external reference", "externalreference",
            "externaldatareference",
        ]

        /// Phrases that make a question personal: it asks for an identifier outright.
        static let questionAsks: KeyValuePairs<String, String> = [
            "your name": "name", "your full name": "name", "your first name": "name", "your surname": "name",
            "your manager s name": "name", "your line manager s name": "name", "name of your manager": "name",
            "name of your line manager": "name", "your email": "e-mail address", "your e mail": "e-mail address",
            "email address": "e-mail address", "e mail address": "e-mail address", "phone number": "phone number",
            "your phone": "phone number", "your mobile": "phone number", "your telephone": "phone number",
            "ip address": "IP address", "your address": "address", "your home address": "address",
            "your postcode": "address", "your post code": "address", "date of birth": "date of birth",
            "your dob": "date of birth", "nhs number": "NHS number",
            "national insurance number": "National Insurance number",
            "your next of kin": "next of kin", "your staff number": "staff or registration number",
            "your employee number": "staff or registration number",
            "your payroll number": "staff or registration number",
        ]

        /// Headers (whole) that are the form tool's bookkeeping.
        static let formTiming: Set<String> = [
            "start time", "end time", "completion time", "last modified time", "modified", "start date", "end date",
            "recorded date", "startdate", "enddate", "recordeddate", "timestamp", "submitted", "submitted at",
            "submission date", "submission time", "duration", "duration in seconds", "response type",
            "distribution channel", "user language",
        ]
    }
}
