/// The small rules of English that make an attribution read naturally: "a" or "an" before a role, and "in … care"
/// around a care setting.
enum AttributionWording {
    /// `role` after "a" or "an" as it is said: "a GP partner", "an SHO", "an Occupational therapist", "a user
    /// researcher"; a role that already starts with an article is kept as it is.
    static func withArticle(_ role: String) -> String {
        let first = role.split(separator: " ").first.map(String.init) ?? role
        if ["a", "an", "the"].contains(first.lowercased()) { return role }
        return (startsWithVowelSound(first) ? "an " : "a ") + role
    }

    /// "in primary care" for `primary`, "in secondary care" for `Secondary care`, "in NHS 111" for `NHS 111`: the
    /// value's first letter lowered unless it starts an acronym, and "care" added unless the value says it.
    static func setting(_ value: String) -> String {
        var text = value
        if let first = value.split(separator: " ").first, !isAcronym(String(first)) {
            text = value.prefix(1).lowercased() + value.dropFirst()
        }
        let saysCare =
            HeaderName.words(value).contains("care") || isAcronym(String(value.split(separator: " ").first ?? ""))
        return "in " + text + (saysCare ? "" : " care")
    }

    /// Whether `word` is spelt out letter by letter, as "GP", "SHO" or "FY1" are.
    private static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// Whether `word` is said starting with a vowel: by its first letter's name for an acronym ("an MSK
    /// physiotherapist"), else by its spelling, with the common exceptions ("a unit manager", "an honorary lecturer").
    private static func startsWithVowelSound(_ word: String) -> Bool {
        guard let initial = word.first else { return false }
        if isAcronym(word) { return "AEFHILMNORSX".contains(initial) }
        let lower = word.lowercased()
        if ["uni", "use", "usu", "eu", "one", "once"].contains(where: lower.hasPrefix) { return false }
        if ["hour", "honor", "honour", "heir"].contains(where: lower.hasPrefix) { return true }
        return "aeiou".contains(lower.first ?? " ")
    }
}
