/// Recognises the columns of a form export that must not travel into a project unless a facilitator names them:
/// personal data (names, e-mail, phone numbers, addresses and postcodes, dates of birth, NHS and National Insurance
/// numbers, staff and registration numbers, next of kin, IP addresses, respondent ids, location) and the form tool's
/// own bookkeeping (start and completion times and the like), which would otherwise be imported as answers.
///
/// The test is on the header's words (`HeaderName`: invisible characters, look-alike forms, case, spacing and
/// punctuation do not matter), with anything in brackets left out ("Date of birth (DD/MM/YYYY)", "Name (optional)").
/// A short header is personal when it is, begins with or ends with a personal-data phrase ("Home address", "NHS no.",
/// "Postcode (home)"); a header ending in "name" is personal only when the words before it name a person ("Manager's
/// name", "Respondent name", but not "Practice name"). A header that reads as a question (more than five words, or
/// ending in "?") is taken as personal only when it asks for an identifier outright ("What is your e-mail address?") or
/// is a bare field name ("Name?"), so "How are phone consultations going?", "How was your manager?" and "What name
/// would you give this theme?" stay answers.
enum SensitiveColumns {
    /// Why a column with this header is left out by default (e.g. "e-mail address", "form timing"), or nil when it is
    /// an ordinary column.
    static func reason(forHeader header: String) -> String? {
        let words = HeaderName.words(header, droppingBracketed: true)
        guard !words.isEmpty else { return nil }
        let phrase = words.joined(separator: " ")
        let question = words.count > 5 || HeaderName.normalised(header).trimmingWhiteSpace().hasSuffix("?")
        if question, let ask = Vocabulary.questionAsks.first(where: { contains(phrase, $0.key) }) { return ask.value }
        guard words.count <= 5 else { return nil }
        return fieldReason(words, phrase: phrase, bare: question)
    }

    /// Why a short header names a personal-data field or form bookkeeping, or nil. With `bare` (a short question such
    /// as "Name?" or "How was your manager?"), only a bare field name counts, not a phrase that begins or ends with
    /// one.
    private static func fieldReason(_ words: [String], phrase: String, bare: Bool) -> String? {
        let short = !bare || words.count <= 2
        if short, words.contains(where: { $0.contains("email") }) || contains(phrase, "e mail") {
            return "e-mail address"
        }
        if short, words.contains(where: { $0 == "ip" || $0.contains("ipaddress") }) { return "IP address" }
        for (phrases, reason) in Vocabulary.phrases
        where phrases.contains(where: { bare ? phrase == $0 : isAtAnEnd($0, of: phrase) }) {
            return reason
        }
        if names(words) { return "name" }
        if let last = words.last, !bare || words.count == 1, let reason = Vocabulary.lastWords[last] { return reason }
        if Vocabulary.identifiers.contains(phrase) || words.last == "id" || words.last?.hasSuffix("responseid") == true
        {
            return "identifier"
        }
        if words.contains(where: { $0.contains("latitude") || $0.contains("longitude") }) || phrase == "user agent" {
            return "location or device"
        }
        if Vocabulary.formTiming.contains(phrase) { return "form timing" }
        return nil
    }

    /// Whether the words name a person: a compound such as "surname", or "name" with only words about whose name it
    /// is around it ("Manager's name", "Name of line manager").
    private static func names(_ words: [String]) -> Bool {
        if words.contains(where: { word in Vocabulary.compoundNames.contains { word.contains($0) } }) { return true }
        return words.contains("name") && words.allSatisfy { $0 == "name" || Vocabulary.nameQualifiers.contains($0) }
    }

    /// Whether `phrase` is `words`, or begins or ends with it, on word boundaries.
    private static func isAtAnEnd(_ words: String, of phrase: String) -> Bool {
        phrase == words || phrase.hasPrefix(words + " ") || phrase.hasSuffix(" " + words)
    }

    /// Whether `phrase` contains `words` on word boundaries.
    private static func contains(_ phrase: String, _ words: String) -> Bool {
        " \(phrase) ".contains(" \(words) ")
    }
}
