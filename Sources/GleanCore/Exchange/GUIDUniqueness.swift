/// The rule that every `guid` in a REFI-QDA document names one thing only.
///
/// Two selections, codes, sources, cases, notes, users or variables (or any other elements) with the same GUID would
/// otherwise be merged silently — one quote where the file has two, every coding landing on the second code — so the
/// document is refused, naming both elements. GUIDs are compared as `GUIDText` reads them (case and braces aside).
enum GUIDUniqueness {
    /// Throws when two elements in `root` share a GUID.
    ///
    /// - Throws: `ProjectError` at the second element's line, naming both elements and their lines.
    static func check(_ root: ParsedElement, file: String) throws {
        var seen: [String: (label: String, line: Int)] = [:]
        func visit(_ element: ParsedElement, parent: String?) throws {
            guard let raw = element.value("guid") else {
                for child in element.children { try visit(child, parent: parent) }
                return
            }
            let label = describe(element, in: parent)
            let guid = GUIDText.normalised(raw) ?? raw
            if let first = seen[guid] {
                throw ProjectError(
                    file: file, line: element.line,
                    problem: "the GUID \(raw) is used twice, by \(first.label) (line \(first.line)) and by \(label) (line \(element.line)); a GUID must name one thing only (refused)")
            }
            seen[guid] = (label, element.line)
            for child in element.children { try visit(child, parent: label) }
        }
        try visit(root, parent: nil)
    }

    /// `Code "Health"`, or a selection by its positions and source: `PlainTextSelection 9–17 of TextSource "Interview 1"`.
    private static func describe(_ element: ParsedElement, in parent: String?) -> String {
        if let start = element.value("startPosition"), let end = element.value("endPosition") {
            return "\(element.name) \(start)–\(end)" + (parent.map { " of \($0)" } ?? "")
        }
        return element.value("name").map { "\(element.name) \"\($0)\"" } ?? element.name
    }
}
