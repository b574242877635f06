/// Checks a Mustache template's size and nesting before it is parsed, because the parser and renderer recurse once per
/// nested section (and once per nested transform): a template nested a few thousand deep would overflow the stack
/// and kill Glean instead of being refused.
///
/// The scan follows the tags as the parser does, set-delimiter tags (`{{=<% %>=}}`) included, and counts the
/// sections open at each tag. It also refuses partials (`{{> name}}`) and parent templates (`{{< name}}`): Glean gives
/// the renderer no templates to include, so they would render as nothing. It leaves every other judgement on the
/// template to the parser.
enum TemplateNesting {
    /// Throws a `ProjectError` naming `file` (and the line, for nesting) when `text` is larger than
    /// `InputLimits.templateBytes`, holds more than `InputLimits.templateTags` tags, nests sections or transforms
    /// deeper than `InputLimits.templateNesting`, or includes another template.
    /// - Complexity: O(n) in the length of `text`.
    static func check(_ text: String, file: String) throws {
        let limit = InputLimits.templateNesting
        guard text.utf8.count <= InputLimits.templateBytes else {
            throw ProjectError(
                file: file,
                problem: "the template is \(text.utf8.count) bytes; a template may hold at most "
                    + InputLimits.describe(bytes: InputLimits.templateBytes))
        }
        let scalars = Array(text.unicodeScalars)
        var delimiters = (open: Array("{{".unicodeScalars), close: Array("}}".unicodeScalars))
        var position = 0
        var line = 1
        var depth = 0
        var tags = 0
        while let start = find(delimiters.open, in: scalars, from: position) {
            tags += 1
            line += scalars[position..<start].filter { $0 == "\n" }.count
            let contentStart = start + delimiters.open.count
            guard let end = find(delimiters.close, in: scalars, from: contentStart) else { return }
            let content = scalars[contentStart..<end]
            let next = end + delimiters.close.count
            switch content.first {
            case ">", "<":
                throw ProjectError(
                    file: file, line: line,
                    problem:
                        "the template includes another template (\(content.first == ">" ? "a partial" : "a parent"), "
                        + "\"\(String(String.UnicodeScalarView(content.prefix(40))))\"); summary templates must be "
                        + "self-contained, so partials and parent templates are not supported")
            case "#", "^", "$":
                depth += 1
            case "/":
                depth = max(0, depth - 1)
            case "=":
                let words = String(String.UnicodeScalarView(content.dropFirst().dropLast()))
                    .split(whereSeparator: \.isWhitespace)
                if words.count == 2 { delimiters = (Array(words[0].unicodeScalars), Array(words[1].unicodeScalars)) }
                if max(delimiters.open.count, delimiters.close.count) > maximumDelimiter {
                    throw ProjectError(
                        file: file, line: line,
                        problem: "a delimiter may be at most \(maximumDelimiter) characters long")
                }
            default:
                break
            }
            if depth > limit || content.filter({ $0 == "(" }).count > limit {
                throw ProjectError(
                    file: file, line: line,
                    problem: "the template nests sections or transforms more than \(limit) deep here; "
                        + "a template may nest them at most \(limit) deep")
            }
            if tags > InputLimits.templateTags {
                throw ProjectError(
                    file: file, line: line,
                    problem: "the template has more than \(InputLimits.templateTags) tags; a template may hold at most "
                        + "\(InputLimits.templateTags)")
            }
            line += content.filter { $0 == "\n" }.count
            position = next
        }
    }

    /// The longest tag delimiter a set-delimiter tag may choose, which keeps the scan linear.
    private static let maximumDelimiter = 16

    /// The index where `needle` next occurs in `haystack` at or after `start`.
    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
