import Foundation

/// A REFI-QDA project or codebook as read, before it is mapped to Glean: only what Glean can use, plus counts of
/// what it cannot, so that nothing is left out without being reported.
struct ExchangeDocument {
    /// A code and the codes nested in it.
    struct Code {
        var guid: String
        var name: String
        var colour: String?
        var description: String
        var children: [Code]
    }

    /// Codes applied to a passage or a whole source, with who applied them and the notes attached.
    struct Coding {
        var codes: [String]
        var user: String?
        var created: String?
        var notes: [String]
    }

    /// A passage of a text source: positions as the tool wrote them, its codings and notes.
    struct Selection {
        var guid: String
        var start: Int
        var end: Int
        var coding: Coding
        var description: String
    }

    /// A text source: its text (nil when it could not be found), variable values by name and selections.
    struct Source {
        var guid: String
        var name: String?
        var text: String?
        var location: String
        var created: String?
        var values: [String: String]
        var selections: [Selection]
        var wholeCodings: [Coding]
    }

    /// A case: its name, variable values by name, and the sources and selections it holds.
    struct Case {
        var guid: String
        var name: String?
        var values: [String: String]
        var sources: [String]
        var selections: [String]
    }

    /// A note: its name and text.
    struct Note {
        var name: String?
        var text: String
    }

    /// The elements an import reads (by local name), those it counts to report what it leaves out, and the standard's
    /// variable values; `SafeXMLReader` keeps no others.
    static let elementsRead: Set<String> = [
        "Project", "CodeBook", "Codes", "Code", "Description", "Users", "User", "Variables", "Variable", "Cases", "Case",
        "SourceRef", "SelectionRef", "Notes", "Note", "PlainTextContent", "Sources", "TextSource", "PlainTextSelection",
        "Coding", "CodeRef", "NoteRef", "VariableValue", "VariableRef", "TextValue", "BooleanValue", "IntegerValue",
        "FloatValue", "DateValue", "DateTimeValue", "Sets", "Set", "Links", "Link", "Graphs", "Graph",
        "PictureSource", "PDFSource", "AudioSource", "VideoSource", "PictureSelection", "PDFSelection",
        "AudioSelection", "VideoSelection", "Transcript", "TranscriptSelection",
    ]

    /// The project's name.
    var name = ""
    /// User names by GUID.
    var users: [String: String] = [:]
    /// The top-level codes.
    var codes: [Code] = []
    /// Every case.
    var cases: [Case] = []
    /// Every text source, in document order.
    var sources: [Source] = []
    /// Notes by GUID.
    var notes: [String: Note] = [:]
    /// What the document holds that Glean cannot import, one line each.
    var unmapped: [String] = []

    /// Reads a project (`<Project>`) or codebook (`<CodeBook>`) element of `file`; `text` finds the text a
    /// `plainTextPath` or `richTextPath` points to, given the paths and the source's GUID.
    ///
    /// - Throws: `ProjectError` when two elements share a GUID, when a source's text is larger than
    ///   `InputLimits.logTextBytes`, or when `text` throws.
    init(root: ParsedElement, file: String, text: (_ plain: String?, _ rich: String?, _ guid: String) throws -> String?) throws {
        try GUIDUniqueness.check(root, file: file)
        name = root.value("name") ?? ""
        let codeBook = root.name == "CodeBook" ? root : root.element(local: "CodeBook")
        codes = codeBook?.element(local: "Codes")?.elements(local: "Code").map(Self.code) ?? []
        for user in root.element(local: "Users")?.elements(local: "User") ?? [] {
            if let guid = user.guid() { users[guid] = user.value("name") ?? user.value("id") ?? guid }
        }
        var variables: [String: String] = [:]
        for variable in root.element(local: "Variables")?.elements(local: "Variable") ?? [] {
            if let guid = variable.guid() { variables[guid] = variable.value("name") ?? guid }
        }
        cases = (root.element(local: "Cases")?.elements(local: "Case") ?? []).map {
            Case(
                guid: $0.guid() ?? "", name: $0.value("name"), values: Self.values($0, variables),
                sources: $0.targets("SourceRef"), selections: $0.targets("SelectionRef"))
        }
        for note in root.element(local: "Notes")?.elements(local: "Note") ?? [] {
            guard let guid = note.guid() else { continue }
            let content = try note.element(local: "PlainTextContent")?.stringValue
                ?? text(note.value("plainTextPath"), note.value("richTextPath"), guid) ?? ""
            notes[guid] = Note(name: note.value("name"), text: content)
        }
        for element in root.element(local: "Sources")?.children ?? [] {
            let label = "\(element.name) \"\(element.value("name") ?? element.value("guid") ?? "")\""
            guard element.name == "TextSource", let guid = element.guid() else {
                let codings = Self.count(element, "Coding")
                if element.name == "TextSource" {
                    unmapped.append("\(label) (line \(element.line)) has no GUID; it and its \(codings) coding(s) not imported")
                } else if codings > 0 {
                    unmapped.append("\(label): \(codings) coding(s) not imported (Glean imports text only)")
                }
                continue
            }
            let plain = element.value("plainTextPath"), rich = element.value("richTextPath")
            let selections = element.elements(local: "PlainTextSelection")
            let readable = selections.compactMap(Self.selection)
            if readable.count < selections.count {
                unmapped.append("source \"\(element.value("name") ?? guid)\": \(selections.count - readable.count) selection(s) without a GUID or whole-number positions not imported")
            }
            let content = try element.element(local: "PlainTextContent")?.stringValue ?? text(plain, rich, guid)
            if let content, content.utf8.count > InputLimits.logTextBytes {
                throw ProjectError(
                    file: file, line: element.line,
                    problem: "source \"\(element.value("name") ?? guid)\" has \(content.utf8.count) bytes of text, more than the \(InputLimits.describe(bytes: InputLimits.logTextBytes)) Glean takes as one log (refused)")
            }
            sources.append(
                Source(
                    guid: guid, name: element.value("name"), text: content,
                    location: plain ?? rich ?? "PlainTextContent", created: element.value("creationDateTime"),
                    values: Self.values(element, variables),
                    selections: readable,
                    wholeCodings: element.elements(local: "Coding").map {
                        Coding(codes: $0.targets("CodeRef"), user: $0.guid("creatingUser"), created: $0.value("creationDateTime"), notes: $0.targets("NoteRef"))
                    }))
        }
        for kind in ["Sets", "Links", "Graphs"] {
            let count = root.element(local: kind)?.children.count ?? 0
            if count > 0 {
                unmapped.append("\(count) \(kind.lowercased()) not imported (Glean has no \(kind.lowercased()))")
            }
        }
    }

    private static func code(_ element: ParsedElement) -> Code {
        Code(
            guid: element.guid() ?? "", name: element.value("name") ?? "", colour: element.value("color"),
            description: element.element(local: "Description")?.stringValue ?? "",
            children: element.elements(local: "Code").map(code))
    }

    private static func selection(_ element: ParsedElement) -> Selection? {
        guard let guid = element.guid(), let start = element.value("startPosition").flatMap(Int.init),
            let end = element.value("endPosition").flatMap(Int.init)
        else { return nil }
        return Selection(
            guid: guid, start: start, end: end, coding: coding(element.elements(local: "Coding"), in: element),
            description: element.element(local: "Description")?.stringValue ?? "")
    }

    private static func coding(_ codings: [ParsedElement], in element: ParsedElement) -> Coding {
        Coding(
            codes: codings.flatMap { $0.targets("CodeRef") },
            user: element.guid("creatingUser") ?? codings.lazy.compactMap { $0.guid("creatingUser") }.first,
            created: element.value("creationDateTime") ?? codings.lazy.compactMap { $0.value("creationDateTime") }.first,
            notes: element.targets("NoteRef") + codings.flatMap { $0.targets("NoteRef") })
    }

    private static func values(_ element: ParsedElement, _ variables: [String: String]) -> [String: String] {
        var values: [String: String] = [:]
        for value in element.elements(local: "VariableValue") {
            guard let variable = value.element(local: "VariableRef")?.guid("targetGUID") else { continue }
            let content = value.children.first { $0.name != "VariableRef" }
            values[variables[variable] ?? variable] = content?.stringValue ?? ""
        }
        return values
    }

    private static func count(_ element: ParsedElement, _ name: String) -> Int {
        element.children.reduce(0) { $0 + ($1.name == name ? 1 : count($1, name)) }
    }
}
