import Foundation

/// The `project.qde` of a Glean project, and the log texts it points to.
///
/// Coders are Users; the codebook is themes holding concerns (`CodeBookXML`); participants are Cases with their
/// attributes as Text variables and a SourceRef to each of their logs; each log is a TextSource whose text is in
/// `sources/<GUID>.txt`, with its date, fortnight and section layout (`SourceLayout`) as variable values; each quote a
/// PlainTextSelection over that text, in Unicode scalars from 0, end exclusive (REFI-QDA §10.2), with a Coding per
/// concern, its memo as a Note linked by NoteRef, and `Featured in the Glean summary` as its Description when
/// featured. One project note carries `GleanExchangeData`.
///
/// The XML is written as it is made, one case, source or note at a time, so that a project of any size takes the
/// same memory to export; each table it needs (logs by participant, quotes by log, GUIDs of users and concerns) is
/// made once.
struct ProjectXML {
    /// The Description that marks a featured quote's selection.
    static let featuredMarker = "Featured in the Glean summary"
    /// The names of the source variables for a log's date and fortnight.
    static let dateVariable = "Date", fortnightVariable = "Fortnight"

    /// The project exported.
    let project: Project
    /// Its GUIDs.
    let guids: ExchangeGUIDs
    /// Every log, in fortnight order, with its source GUID.
    let logs: [(log: Log, guid: String)]
    /// The GUIDs of the source variables for a log's date, fortnight and sections, worked out once for all sources.
    private let dateGUID: String, fortnightGUID: String, layoutGUID: String

    /// Prepares the export of `project`.
    init(_ project: Project) {
        self.project = project
        let guids = ExchangeGUIDs(start: project.programme.start)
        self.guids = guids
        logs = project.fortnights.keys.sorted().flatMap { project.fortnight($0).logs }.map {
            ($0, guids.guid("log", $0.id))
        }
        dateGUID = guids.guid("source variable", Self.dateVariable)
        fortnightGUID = guids.guid("source variable", Self.fortnightVariable)
        layoutGUID = guids.guid("source variable", SourceLayout.variableName)
    }

    /// Writes the XML of `project.qde`, handing its bytes to `sink` a few tens of kilobytes at a time.
    func write(to sink: ([UInt8]) throws -> Void) throws {
        var writer = XMLTextWriter()
        func drain() throws {
            if writer.bytes.count >= 1 << 16 { try sink(writer.take()) }
        }
        let users = Set(quotes.map(\.coder)).sorted()
        let userGUIDs = Dictionary(uniqueKeysWithValues: users.map { ($0, guids.guid("user", $0)) })
        let concernGUIDs = Dictionary(project.codebook.concerns.map { ($0.id, guids.guid("concern", $0.id)) }) {
            first, _ in first
        }
        let ids = GUIDTables(users: userGUIDs, concerns: concernGUIDs, guids: guids)
        let dataNote = guids.guid("note", GleanExchangeData.noteName)
        writer.declaration()
        writer.start(
            ExchangeXML.element("Project", ["name": project.programme.name, "origin": "Glean"]),
            namespace: "urn:QDA-XML:project:1.0")
        if let group = ExchangeXML.group(
            "Users", users.map { ExchangeXML.element("User", ["guid": ids.user($0), "name": $0]) })
        {
            writer.write(group)
        }
        if let codes = CodeBookXML.codes(project.codebook, guids: guids) {
            writer.write(ExchangeXML.element("CodeBook", [:], [codes]))
        }
        writer.write(ExchangeXML.element("Variables", [:], variables))
        if !project.participants.isEmpty {
            let sources = Dictionary(grouping: logs, by: \.log.participant).mapValues { $0.map(\.guid) }
            writer.start(ExchangeXML.element("Cases"))
            for participant in project.participants {
                writer.write(participantCase(participant, sources: sources[participant.code] ?? []))
                try drain()
            }
            writer.end("Cases")
        }
        if !logs.isEmpty {
            var quotesByLog = QuotesByLog(project)
            writer.start(ExchangeXML.element("Sources"))
            for (log, guid) in logs {
                writer.write(source(log, guid: guid, quotes: quotesByLog.quotes(of: log), ids: ids))
                try drain()
            }
            writer.end("Sources")
        }
        writer.start(ExchangeXML.element("Notes"))
        for quote in quotes where !quote.memo.isEmpty {
            writer.write(note(guids.guid("memo", quote.id), "Memo on \(quote.log)", quote.memo, quote: quote, ids: ids))
            try drain()
        }
        writer.write(
            note(
                dataNote, GleanExchangeData.noteName, GleanExchangeData(project, guids: guids).text, quote: nil,
                ids: ids))
        writer.end("Notes")
        writer.write(ExchangeXML.element("NoteRef", ["targetGUID": dataNote]))
        writer.end("Project")
        try sink(writer.take())
    }

    /// Every quote, in fortnight order.
    private var quotes: some Sequence<Quote> {
        project.fortnights.keys.sorted().lazy.flatMap { project.fortnight($0).quotes }
    }

    private var variables: [XMLFragment] {
        let attributes = project.attributeNames.map { (guids.guid("attribute", $0), $0, "Text") }
        let sourceVariables = [
            (Self.dateVariable, "Date"), (Self.fortnightVariable, "Integer"), (SourceLayout.variableName, "Text"),
        ].map { (guids.guid("source variable", $0.0), $0.0, $0.1) }
        return (attributes + sourceVariables).map {
            ExchangeXML.element("Variable", ["guid": $0.0, "name": $0.1, "typeOfVariable": $0.2])
        }
    }

    private func participantCase(_ participant: Participant, sources: [String]) -> XMLFragment {
        let values = participant.attributes.sorted { $0.key < $1.key }.map {
            value(guids.guid("attribute", $0.key), "TextValue", $0.value)
        }
        return ExchangeXML.element(
            "Case", ["guid": guids.guid("participant", participant.code), "name": participant.code],
            values + sources.map { ExchangeXML.element("SourceRef", ["targetGUID": $0]) })
    }

    private func source(_ log: Log, guid: String, quotes: [Quote], ids: GUIDTables) -> XMLFragment {
        let number = project.programme.fortnight(containing: log.date)
        let selections = quotes.map { selection($0, in: log, ids: ids) }
        let values = [
            value(dateGUID, "DateValue", log.date.iso),
            value(fortnightGUID, "IntegerValue", String(number)),
            value(layoutGUID, "TextValue", SourceLayout.value(of: log)),
        ]
        return ExchangeXML.element(
            "TextSource", ["guid": guid, "name": log.id, "plainTextPath": "internal://\(guid).txt"], selections + values
        )
    }

    private func selection(_ quote: Quote, in log: Log, ids: GUIDTables) -> XMLFragment {
        let offset = quote.section < log.sections.count ? SourceLayout.textOffset(of: quote.section, in: log) : 0
        let user = ids.user(quote.coder)
        let created = DateTimeText.valid(quote.created)
        let description = quote.featured ? [ExchangeXML.element("Description", text: Self.featuredMarker)] : []
        let codings = quote.concerns.map { concern in
            ExchangeXML.element(
                "Coding",
                [
                    "guid": guids.guid("coding", "\(quote.id)|\(concern)"), "creatingUser": user,
                    "creationDateTime": created,
                ],
                [ExchangeXML.element("CodeRef", ["targetGUID": ids.concern(concern)])])
        }
        let memo =
            quote.memo.isEmpty ? [] : [ExchangeXML.element("NoteRef", ["targetGUID": guids.guid("memo", quote.id)])]
        return ExchangeXML.element(
            "PlainTextSelection",
            [
                "guid": guids.selection(quote), "startPosition": String(offset + quote.start),
                "endPosition": String(offset + quote.end), "creatingUser": user, "creationDateTime": created,
            ], description + codings + memo)
    }

    private func note(_ guid: String, _ name: String, _ text: String, quote: Quote?, ids: GUIDTables) -> XMLFragment {
        ExchangeXML.element(
            "Note",
            [
                "guid": guid, "name": name, "creatingUser": quote.map { ids.user($0.coder) },
                "creationDateTime": quote.flatMap { DateTimeText.valid($0.created) },
            ], [ExchangeXML.element("PlainTextContent", text: text)])
    }

    private func value(_ variable: String, _ kind: String, _ text: String) -> XMLFragment {
        ExchangeXML.element(
            "VariableValue", [:],
            [ExchangeXML.element("VariableRef", ["targetGUID": variable]), ExchangeXML.element(kind, text: text)])
    }
}

/// The GUIDs of an export's users and concerns, worked out once each rather than once a quote.
private struct GUIDTables {
    let users: [String: String]
    let concerns: [String: String]
    let guids: ExchangeGUIDs

    func user(_ coder: String) -> String { users[coder] ?? guids.guid("user", coder) }
    func concern(_ id: String) -> String { concerns[id] ?? guids.guid("concern", id) }
}

/// A log's quotes, from its fortnight's quotes grouped by log once: logs come fortnight by fortnight, so only one
/// fortnight's table is kept at a time.
private struct QuotesByLog {
    let project: Project
    private var fortnight: (number: Int, quotes: [String: [Quote]])?

    init(_ project: Project) {
        self.project = project
    }

    /// The quotes of `log` in its fortnight, in order.
    mutating func quotes(of log: Log) -> [Quote] {
        let number = project.programme.fortnight(containing: log.date)
        if fortnight?.number != number {
            fortnight = (number, Dictionary(grouping: project.fortnight(number).quotes, by: \.log))
        }
        return fortnight?.quotes[log.id] ?? []
    }
}

/// `xsd:dateTime` values, as Glean's quotes record when they were made.
enum DateTimeText {
    /// `text` when it is an `xsd:dateTime` such as `2020-05-19T09:07:00Z`, else nil.
    static func valid(_ text: String) -> String? {
        isPlainDateTime(text.utf8)
            || text.range(
                of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$"#, options: .regularExpression)
                != nil
            ? text : nil
    }

    /// Whether `bytes` match the pattern above in ASCII digits, as nearly every value does: checked byte by byte,
    /// since compiling the pattern for each of a project's hundreds of thousands of quotes took seconds. Anything
    /// else (other digits, a final line break) is left to the pattern itself.
    private static func isPlainDateTime(_ bytes: String.UTF8View) -> Bool {
        let shape = Array("dddd-dd-ddTdd:dd:dd".utf8)
        guard bytes.count >= shape.count else { return false }
        var index = bytes.startIndex
        for expected in shape {
            guard expected == UInt8(ascii: "d") ? isDigit(bytes[index]) : bytes[index] == expected else { return false }
            index = bytes.index(after: index)
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            let fractionStart = bytes.index(after: index)
            index = fractionStart
            while index < bytes.endIndex, isDigit(bytes[index]) { index = bytes.index(after: index) }
            guard index > fractionStart else { return false }
        }
        let zone = Array(bytes[index...])
        return zone.isEmpty || zone == [UInt8(ascii: "Z")]
            || (zone.count == 6 && (zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-")) && isDigit(zone[1])
                && isDigit(zone[2]) && zone[3] == UInt8(ascii: ":") && isDigit(zone[4]) && isDigit(zone[5]))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
