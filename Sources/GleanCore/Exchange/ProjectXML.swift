import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The `project.qde` of a Glean project, and the log texts it points to.
///
/// Coders are Users; the codebook is themes holding concerns (`CodeBookXML`); participants are Cases with their
/// attributes as Text variables and a SourceRef to each of their logs; each log is a TextSource whose text is in
/// `sources/<GUID>.txt`, with its date, fortnight and section layout (`SourceLayout`) as variable values; each quote a
/// PlainTextSelection over that text, in Unicode scalars from 0, end exclusive (REFI-QDA §10.2), with a Coding per
/// concern, its memo as a Note linked by NoteRef, and `Featured in the Glean summary` as its Description when
/// featured. One project note carries `GleanExchangeData`.
struct ProjectXML {
    /// The Description that marks a featured quote's selection.
    static let featuredMarker = "Featured in the Glean summary"
    /// The names of the source variables for a log's date and fortnight.
    static let dateVariable = "Date", fortnightVariable = "Fortnight"

    /// The project exported.
    let project: Project
    /// Its GUIDs.
    let guids: ExchangeGUIDs

    /// Prepares the export of `project`.
    init(_ project: Project) {
        self.project = project
        guids = ExchangeGUIDs(start: project.programme.start)
    }

    /// Every log, in fortnight order, with its source GUID.
    var logs: [(log: Log, guid: String)] {
        project.fortnights.keys.sorted().flatMap { project.fortnight($0).logs }.map { ($0, guids.guid("log", $0.id)) }
    }

    /// The XML of `project.qde`.
    var document: Data {
        let dataNote = guids.guid("note", GleanExchangeData.noteName)
        let root = ExchangeXML.element(
            "Project", ["name": project.programme.name, "origin": "Glean"],
            [
                ExchangeXML.group("Users", users),
                CodeBookXML.codes(project.codebook, guids: guids).map { ExchangeXML.element("CodeBook", [:], [$0]) },
                ExchangeXML.group("Variables", variables),
                ExchangeXML.group("Cases", cases),
                ExchangeXML.group("Sources", logs.map(source)),
                ExchangeXML.group("Notes", memos + [note(dataNote, GleanExchangeData.noteName, GleanExchangeData(project, guids: guids).text)]),
                ExchangeXML.element("NoteRef", ["targetGUID": dataNote]),
            ].compactMap { $0 })
        return ExchangeXML.document(root, namespace: "urn:QDA-XML:project:1.0")
    }

    private var quotes: [Quote] {
        project.fortnights.keys.sorted().flatMap { project.fortnight($0).quotes }
    }

    private var users: [XMLElement] {
        Set(quotes.map(\.coder)).sorted().map { ExchangeXML.element("User", ["guid": guids.guid("user", $0), "name": $0]) }
    }

    private var variables: [XMLElement] {
        let attributes = project.attributeNames.map { (guids.guid("attribute", $0), $0, "Text") }
        let sourceVariables = [
            (Self.dateVariable, "Date"), (Self.fortnightVariable, "Integer"), (SourceLayout.variableName, "Text"),
        ].map { (guids.guid("source variable", $0.0), $0.0, $0.1) }
        return (attributes + sourceVariables).map {
            ExchangeXML.element("Variable", ["guid": $0.0, "name": $0.1, "typeOfVariable": $0.2])
        }
    }

    private var cases: [XMLElement] {
        let logs = self.logs
        return project.participants.map { participant in
            let values = participant.attributes.sorted { $0.key < $1.key }.map {
                value(guids.guid("attribute", $0.key), "TextValue", $0.value)
            }
            let sources = logs.filter { $0.log.participant == participant.code }.map {
                ExchangeXML.element("SourceRef", ["targetGUID": $0.guid])
            }
            return ExchangeXML.element(
                "Case", ["guid": guids.guid("participant", participant.code), "name": participant.code], values + sources)
        }
    }

    private var memos: [XMLElement] {
        quotes.filter { !$0.memo.isEmpty }.map { note(guids.guid("memo", $0.id), "Memo on \($0.log)", $0.memo, quote: $0) }
    }

    private func source(_ log: Log, guid: String) -> XMLElement {
        let number = project.programme.fortnight(containing: log.date)
        let selections = project.fortnight(number).quotes(inLog: log.id).map { selection($0, in: log) }
        let values = [
            value(guids.guid("source variable", Self.dateVariable), "DateValue", log.date.iso),
            value(guids.guid("source variable", Self.fortnightVariable), "IntegerValue", String(number)),
            value(guids.guid("source variable", SourceLayout.variableName), "TextValue", SourceLayout.value(of: log)),
        ]
        return ExchangeXML.element(
            "TextSource", ["guid": guid, "name": log.id, "plainTextPath": "internal://\(guid).txt"], selections + values)
    }

    private func selection(_ quote: Quote, in log: Log) -> XMLElement {
        let offset = quote.section < log.sections.count ? SourceLayout.textOffset(of: quote.section, in: log) : 0
        let user = guids.guid("user", quote.coder)
        let created = DateTimeText.valid(quote.created)
        let description = quote.featured ? [ExchangeXML.element("Description", text: Self.featuredMarker)] : []
        let codings = quote.concerns.map { concern in
            ExchangeXML.element(
                "Coding", ["guid": guids.guid("coding", "\(quote.id)|\(concern)"), "creatingUser": user, "creationDateTime": created],
                [ExchangeXML.element("CodeRef", ["targetGUID": guids.guid("concern", concern)])])
        }
        let memo = quote.memo.isEmpty ? [] : [ExchangeXML.element("NoteRef", ["targetGUID": guids.guid("memo", quote.id)])]
        return ExchangeXML.element(
            "PlainTextSelection",
            [
                "guid": guids.selection(quote), "startPosition": String(offset + quote.start),
                "endPosition": String(offset + quote.end), "creatingUser": user, "creationDateTime": created,
            ], description + codings + memo)
    }

    private func note(_ guid: String, _ name: String, _ text: String, quote: Quote? = nil) -> XMLElement {
        ExchangeXML.element(
            "Note",
            [
                "guid": guid, "name": name, "creatingUser": quote.map { guids.guid("user", $0.coder) },
                "creationDateTime": quote.flatMap { DateTimeText.valid($0.created) },
            ], [ExchangeXML.element("PlainTextContent", text: text)])
    }

    private func value(_ variable: String, _ kind: String, _ text: String) -> XMLElement {
        ExchangeXML.element(
            "VariableValue", [:],
            [ExchangeXML.element("VariableRef", ["targetGUID": variable]), ExchangeXML.element(kind, text: text)])
    }
}

/// `xsd:dateTime` values, as Glean's quotes record when they were made.
enum DateTimeText {
    /// `text` when it is an `xsd:dateTime` such as `2020-05-19T09:07:00Z`, else nil.
    static func valid(_ text: String) -> String? {
        text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$"#, options: .regularExpression) != nil
            ? text : nil
    }
}
