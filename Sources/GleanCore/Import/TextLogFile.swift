/// One log written as a `.txt` or `.md` file: optional front matter, then the text, split into sections by headings.
///
/// ```
/// ---
/// participant: NW-07
/// date: 2020-05-17
/// ---
/// A first paragraph goes into a section called "Log".
/// # Progress
/// The text under a `#` or `##` heading is the section with that heading as its prompt.
/// ```
///
/// Front matter is a block of `key: value` lines between two `---` lines at the very start of the file; keys are
/// compared lower-cased, and quotes around a value are dropped. Deeper headings (`###`) stay in the text.
struct TextLogFile {
    /// The front matter's values by lower-cased key.
    var frontMatter: [String: String] = [:]
    /// The sections, empty ones included, in order.
    var sections: [LogSection] = []

    /// The prompt of text before the first heading.
    static let untitledPrompt = "Log"

    /// Reads `text`, already cleaned by `IncomingText`; throws `RowProblems` when front matter is never closed.
    init(_ text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        if lines.first?.trimmingWhiteSpace() == "---" {
            guard let end = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingWhiteSpace()) })
            else {
                throw RowProblems(list: [
                    "the front matter opened by \"---\" on line 1 is never closed by another \"---\""
                ])
            }
            for line in lines[1..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingWhiteSpace().lowercased()
                frontMatter[key] = TextLogFile.unquoted(line[line.index(after: colon)...].trimmingWhiteSpace())
            }
            lines = lines[(end + 1)...]
        }
        var prompt = TextLogFile.untitledPrompt
        var body: [Substring] = []
        for line in lines {
            guard let heading = TextLogFile.heading(line) else {
                body.append(line)
                continue
            }
            sections.append(LogSection(prompt: prompt, text: body.joined(separator: "\n").trimmingWhiteSpace()))
            prompt = heading
            body = []
        }
        sections.append(LogSection(prompt: prompt, text: body.joined(separator: "\n").trimmingWhiteSpace()))
    }

    /// The title of a `#` or `##` heading line, or nil when the line is not one.
    private static func heading(_ line: Substring) -> String? {
        let marks = line.prefix { $0 == "#" }
        guard (1...2).contains(marks.count), let space = line.dropFirst(marks.count).first,
            space == " " || space == "\t"
        else { return nil }
        var title = line.dropFirst(marks.count).trimmingWhiteSpace()
        while title.hasSuffix("#") { title.removeLast() }
        title = title.trimmingWhiteSpace()
        return title.isEmpty ? nil : title
    }

    private static func unquoted(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
