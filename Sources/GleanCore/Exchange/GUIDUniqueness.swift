/// The rule that every `guid` in a REFI-QDA document names one thing only.
///
/// Two selections, codes, sources, cases, notes, users or variables (or any other elements) with the same GUID would
/// otherwise be merged silently — one quote where the file has two, every coding landing on the second code — so the
/// document is refused, naming both elements. GUIDs are compared as `GUIDText` reads them (case and braces aside).
struct GUIDUniqueness {
    /// The file named in messages.
    let file: String
    private var seen: [String: (label: String, line: Int)] = [:]

    /// A check of `file` that has seen no GUID yet.
    init(file: String) {
        self.file = file
    }

    /// Throws when two elements in `root` share a GUID.
    ///
    /// - Throws: `ProjectError` at the second element's line, naming both elements and their lines.
    static func check(_ root: ParsedElement, file: String) throws {
        var check = GUIDUniqueness(file: file)
        func visit(_ element: ParsedElement, parent: String?) throws {
            let label = try check.note(element, parent: parent) ?? parent
            for child in element.children { try visit(child, parent: label) }
        }
        try visit(root, parent: nil)
    }

    /// Notes the GUID of `element`, whose innermost enclosing element with a GUID is labelled `parent`, elements
    /// being noted in document order (their attributes are all that is looked at); returns its label when it has a
    /// GUID.
    ///
    /// - Throws: `ProjectError` at the element's line when an element noted before has the same GUID.
    mutating func note(_ element: ParsedElement, parent: String?) throws -> String? {
        guard let raw = element.value("guid") else { return nil }
        let label = Self.describe(element, in: parent)
        let guid = GUIDText.normalised(raw) ?? raw
        if let first = seen[guid] {
            throw ProjectError(
                file: file, line: element.line,
                problem:
                    "the GUID \(raw) is used twice, by \(first.label) (line \(first.line)) and by \(label) (line \(element.line)); a GUID must name one thing only (refused)"
            )
        }
        seen[guid] = (label, element.line)
        return label
    }

    /// `Code "Health"`, or a selection by its positions and source: `PlainTextSelection 9–17 of TextSource "Interview
    /// 1"`.
    private static func describe(_ element: ParsedElement, in parent: String?) -> String {
        if let start = element.value("startPosition"), let end = element.value("endPosition") {
            return "\(element.name) \(start)–\(end)" + (parent.map { " of \($0)" } ?? "")
        }
        return element.value("name").map { "\(element.name) \"\($0)\"" } ?? element.name
    }
}
