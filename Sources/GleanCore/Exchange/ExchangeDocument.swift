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
        "Project", "CodeBook", "Codes", "Code", "Description", "Users", "User", "Variables", "Variable", "Cases",
        "Case",
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

    /// Reads a project (`<Project>`) or codebook (`<CodeBook>`) element of `file` held whole; `text` finds the text a
    /// `plainTextPath` or `richTextPath` points to, given the paths and the source's GUID.
    ///
    /// - Throws: `ProjectError` when two elements share a GUID, when a source's text is larger than
    ///   `InputLimits.logTextBytes`, or when `text` throws.
    init(
        root: ParsedElement, file: String,
        text: @escaping (_ plain: String?, _ rich: String?, _ guid: String) throws -> String?
    ) throws {
        try GUIDUniqueness.check(root, file: file)
        let sources = SourceReading(file: file, text: text)
        root.element(local: "Sources")?.children.forEach(sources.add)
        try self.init(root: root, sources: sources)
    }

    /// Reads the project XML `xml` of `file` as `init(root:file:text:)` does, with the same checks and messages, but
    /// without ever holding the whole tree: each child of `<Sources>` is read into a `Source` as soon as the parser
    /// has it, and only the rest (codes, cases, notes) is kept as a tree.
    /// `tally`, when given, counts the sources the tree kept (none).
    static func read(
        _ xml: Data, file: String, tally: EntryTally? = nil,
        text: @escaping (_ plain: String?, _ rich: String?, _ guid: String) throws -> String?
    ) throws -> ExchangeDocument {
        let sources = SourceReading(file: file, text: text)
        let root = try SafeXMLReader.root(
            of: xml, file: file, reading: elementsRead, checkingGUIDs: true, streaming: "Sources", to: sources.add)
        tally?.sourcesKept = root.element(local: "Sources")?.children.count ?? 0
        return try ExchangeDocument(root: root, sources: sources)
    }

    /// The document of `root`, whose sources `sources` has read. A note's error is thrown before a source's, as notes
    /// are read first.
    private init(root: ParsedElement, sources: SourceReading) throws {
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
                guid: $0.guid() ?? "", name: $0.value("name"), values: Self.values(Self.variableValues($0), variables),
                sources: $0.targets("SourceRef"), selections: $0.targets("SelectionRef"))
        }
        for note in root.element(local: "Notes")?.elements(local: "Note") ?? [] {
            guard let guid = note.guid() else { continue }
            let content =
                try note.element(local: "PlainTextContent")?.stringValue
                ?? sources.text(note.value("plainTextPath"), note.value("richTextPath"), guid) ?? ""
            notes[guid] = Note(name: note.value("name"), text: content)
        }
        if let error = sources.error { throw error }
        self.sources = sources.sources.map { read in
            var source = read.source
            source.values = Self.values(read.values, variables)
            return source
        }
        unmapped = sources.unmapped
        for kind in ["Sets", "Links", "Graphs"] {
            let count = root.element(local: kind)?.children.count ?? 0
            if count > 0 {
                unmapped.append("\(count) \(kind.lowercased()) not imported (Glean has no \(kind.lowercased()))")
            }
        }
    }

    /// Reads each child of `<Sources>` as it comes, keeping its variable values by variable GUID until the variables'
    /// names are known, and the first error, which stops the reading of sources.
    private final class SourceReading {
        let file: String
        let text: (_ plain: String?, _ rich: String?, _ guid: String) throws -> String?
        /// The sources read, with their variable values (variable GUID, value) in document order.
        private(set) var sources: [(source: Source, values: [(variable: String, value: String)])] = []
        private(set) var unmapped: [String] = []
        private(set) var error: Error?

        init(file: String, text: @escaping (_ plain: String?, _ rich: String?, _ guid: String) throws -> String?) {
            self.file = file
            self.text = text
        }

        /// Reads `element`, a child of `<Sources>`, unless an earlier one failed.
        func add(_ element: ParsedElement) {
            guard error == nil else { return }
            do { try read(element) } catch { self.error = error }
        }

        private func read(_ element: ParsedElement) throws {
            let label = "\(element.name) \"\(element.value("name") ?? element.value("guid") ?? "")\""
            guard element.name == "TextSource", let guid = element.guid() else {
                let codings = ExchangeDocument.count(element, "Coding")
                if element.name == "TextSource" {
                    unmapped.append(
                        "\(label) (line \(element.line)) has no GUID; it and its \(codings) coding(s) not imported")
                } else if codings > 0 {
                    unmapped.append("\(label): \(codings) coding(s) not imported (Glean imports text only)")
                }
                return
            }
            let plain = element.value("plainTextPath")
            let rich = element.value("richTextPath")
            let selections = element.elements(local: "PlainTextSelection")
            let readable = selections.compactMap(ExchangeDocument.selection)
            if readable.count < selections.count {
                unmapped.append(
                    "source \"\(element.value("name") ?? guid)\": \(selections.count - readable.count) selection(s) without a GUID or whole-number positions not imported"
                )
            }
            let content = try element.element(local: "PlainTextContent")?.stringValue ?? text(plain, rich, guid)
            if let content, content.utf8.count > InputLimits.logTextBytes {
                throw ProjectError(
                    file: file, line: element.line,
                    problem:
                        "source \"\(element.value("name") ?? guid)\" has \(content.utf8.count) bytes of text, more than the \(InputLimits.describe(bytes: InputLimits.logTextBytes)) Glean takes as one log (refused)"
                )
            }
            let source = Source(
                guid: guid, name: element.value("name"), text: content,
                location: plain ?? rich ?? "PlainTextContent", created: element.value("creationDateTime"),
                values: [:],
                selections: readable,
                wholeCodings: element.elements(local: "Coding").map {
                    Coding(
                        codes: $0.targets("CodeRef"), user: $0.guid("creatingUser"),
                        created: $0.value("creationDateTime"), notes: $0.targets("NoteRef"))
                })
            sources.append((source, ExchangeDocument.variableValues(element)))
        }
    }

    private static func code(_ element: ParsedElement) -> Code {
        Code(
            guid: element.guid() ?? "", name: element.value("name") ?? "", colour: element.value("color"),
            description: element.element(local: "Description")?.stringValue ?? "",
            children: element.elements(local: "Code").map(code))
    }

    fileprivate static func selection(_ element: ParsedElement) -> Selection? {
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
            created: element.value("creationDateTime")
                ?? codings.lazy.compactMap { $0.value("creationDateTime") }.first,
            notes: element.targets("NoteRef") + codings.flatMap { $0.targets("NoteRef") })
    }

    /// The variable values of `element`: each variable's GUID (or the reference as written) and value, in order.
    private static func variableValues(_ element: ParsedElement) -> [(variable: String, value: String)] {
        element.elements(local: "VariableValue").compactMap { value in
            guard let variable = value.element(local: "VariableRef")?.guid("targetGUID") else { return nil }
            return (variable, value.children.first { $0.name != "VariableRef" }?.stringValue ?? "")
        }
    }

    /// `values` by variable name, the last value of a name winning.
    private static func values(_ values: [(variable: String, value: String)], _ variables: [String: String]) -> [String:
        String]
    {
        var named: [String: String] = [:]
        for (variable, value) in values { named[variables[variable] ?? variable] = value }
        return named
    }

    fileprivate static func count(_ element: ParsedElement, _ name: String) -> Int {
        element.children.reduce(0) { $0 + ($1.name == name ? 1 : count($1, name)) }
    }
}
