import Mustache

/// Escapes text for Markdown in templates that declare `{{% CONTENT_TYPE: MARKDOWN}}`.
///
/// Control characters become visible placeholders, line breaks become spaces, and the characters Markdown gives a
/// meaning to are backslash-escaped, so a participant's words can never restructure the summary.
struct MarkdownContentType: MustacheContentType {
    /// The name templates use in their `CONTENT_TYPE` pragma.
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String {
        var escaped = ""
        for character in TextSanitizer.displayable(text) {
            if MarkdownContentType.special.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "{", "}"]
}
