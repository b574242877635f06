import Foundation

/// A column header reduced to the words it reads as, so that headers are matched as a person reads them and not byte
/// by byte: "ＥＭＡＩＬ", "Emai\u{200B}l", "e-mail" and "E_Mail " read as the same words as "email" and "e mail".
///
/// Invisible characters are removed and look-alike forms made plain (`VisibleText`); the rest is case-folded and split
/// into words of letters and digits, every run of spaces and punctuation between them counting as one break.
public enum HeaderName {
    /// The header's words, e.g. `["manager", "s", "name"]` for "Manager’s name". With `droppingBracketed`, what is
    /// in brackets is left out ("Postcode (home)" reads as `["postcode"]`) unless that would leave nothing.
    static func words(_ header: String, droppingBracketed: Bool = false) -> [String] {
        let text = normalised(header)
        if droppingBracketed {
            let outside = split(withoutBrackets(text))
            if !outside.isEmpty { return outside }
        }
        return split(text)
    }

    /// The header without invisible characters, in compatibility form and case-folded, but not yet split into words.
    static func normalised(_ header: String) -> String {
        VisibleText.plain(header)
            .folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCompatibilityMapping
    }

    private static func split(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// `text` without what is between round or square brackets (an unclosed bracket runs to the end).
    private static func withoutBrackets(_ text: String) -> String {
        var depth = 0
        var kept = ""
        for character in text {
            if character == "(" || character == "[" {
                depth += 1
            } else if character == ")" || character == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                kept.append(character)
            }
        }
        return kept
    }

    /// The words joined by single spaces: the form in which two headers, or a header and an option's value, are
    /// compared.
    public static func key(_ header: String) -> String {
        words(header).joined(separator: " ")
    }
}
