/// Maps a read REFI-QDA document to Glean's participants, logs, concerns and quotes, reporting whatever cannot be
/// mapped. See `ExchangeImport.Options` for how participants and dates are found.
struct ExchangeMapping {
    /// The result.
    private(set) var incoming: ExchangeImport.Incoming

    private let document: ExchangeDocument
    private let options: ExchangeImport.Options
    private var concernOfCode: [String: String] = [:]
    private var usedNotes: Set<String> = []
    /// The first case (by position) that holds each source or selection GUID, and each case name.
    private let caseOfSource: [String: Int]
    private let caseOfSelection: [String: Int]
    private let caseNamed: [String: Int]
    private var participantCodes: Set<String> = []

    /// Maps `document`; throws an `ExchangeMappingError` when a source has no participant or no date under `options`.
    init(_ document: ExchangeDocument, options: ExchangeImport.Options, file: String) throws {
        self.document = document
        self.options = options
        var caseOfSource: [String: Int] = [:]
        var caseOfSelection: [String: Int] = [:]
        var caseNamed: [String: Int] = [:]
        for (index, found) in document.cases.enumerated().reversed() {
            found.sources.forEach { caseOfSource[$0] = index }
            found.selections.forEach { caseOfSelection[$0] = index }
            if let name = found.name { caseNamed[IncomingText.singleLine(name)] = index }
        }
        (self.caseOfSource, self.caseOfSelection, self.caseNamed) = (caseOfSource, caseOfSelection, caseNamed)
        let dataNote = document.notes.first { $0.value.name == GleanExchangeData.noteName }
        let data = dataNote.flatMap { GleanExchangeData(text: $0.value.text) }
        let start = try data.map { data in
            guard let day = Day(iso: data.start) else {
                throw ProjectError(
                    file: file,
                    problem:
                        "the note \"\(GleanExchangeData.noteName)\" gives the programme start \"\(IncomingText.singleLine(data.start).prefix(40))\", not a date YYYY-MM-DD with \(Day.supportedYearsText) (refused)"
                )
            }
            return day
        }
        incoming = ExchangeImport.Incoming(name: IncomingText.singleLine(document.name), start: start)
        incoming.notes = data?.notes ?? [:]
        incoming.done = data?.done ?? []
        incoming.unmapped = document.unmapped
        usedNotes = Set(dataNote.map { [$0.key] } ?? [])
        let applied = Set(
            document.sources.flatMap { $0.selections.flatMap(\.coding.codes) + $0.wholeCodings.flatMap(\.codes) })
        let flattening = CodeFlattening(document.codes, applied: applied, data: data)
        for entry in flattening.entries {
            incoming.concerns.append(entry.concern)
            concernOfCode[entry.guid] = entry.concern.id
        }
        if options.participantFrom == .caseName {
            incoming.participants = document.cases.compactMap { $0.name }.map { IncomingText.singleLine($0) }.filter {
                !$0.isEmpty
            }
            .map { Participant(code: $0, attributes: attributes(ofCaseNamed: $0)) }
            participantCodes = Set(incoming.participants.map(\.code))
        }
        var missing: [ExchangeMappingError.UnmappedSource] = []
        for source in document.sources {
            if let lack = addLog(source) {
                missing.append(ExchangeMappingError.UnmappedSource(source: source.name ?? source.guid, lack: lack))
            }
        }
        if !missing.isEmpty {
            throw ExchangeMappingError.sourcesWithoutLogs(file: file, sources: missing)
        }
        for (guid, note) in document.notes.sorted(by: { $0.key < $1.key }) where !usedNotes.contains(guid) {
            incoming.unmapped.append("note \"\(note.name ?? guid)\" is not attached to a coded passage; not imported")
        }
    }

    private func attributes(ofCaseNamed name: String) -> [String: String] {
        guard let found = caseNamed[name].map({ document.cases[$0] }) else { return [:] }
        return Dictionary(found.values.map { (IncomingText.singleLine($0.key), IncomingText.singleLine($0.value)) }) {
            first, _ in first
        }
    }

    /// Adds the log of `source` and its quotes; returns what it lacks to be a log: a participant or a date.
    private mutating func addLog(_ source: ExchangeDocument.Source) -> ExchangeMappingError.Lack? {
        let label = "source \"\(source.name ?? source.guid)\""
        let holder = ([caseOfSource[source.guid]] + source.selections.map { caseOfSelection[$0.guid] }).compactMap {
            $0
        }.min()
            .map { document.cases[$0] }
        let participant: String?
        switch options.participantFrom {
        case .caseName: participant = holder?.name
        case .variable(let name): participant = value(named: name, in: source)
        case .sourceName: participant = source.name ?? source.guid
        }
        guard let code = participant.map(IncomingText.singleLine), !code.isEmpty else {
            return .participant(options.participantFrom)
        }
        let dateText = value(named: options.dateVariable ?? ProjectXML.dateVariable, in: source)
            .map { String($0.trimmingCharacters(in: .whitespaces).prefix(10)) }.flatMap { $0.isEmpty ? nil : $0 }
        if let dateText, Day(iso: dateText) == nil {
            return .unreadableDate(IncomingText.singleLine(dateText))
        }
        guard let date = dateText.flatMap(Day.init(iso:)) ?? options.date else {
            return .date
        }
        guard let text = source.text else {
            let codings = source.selections.count + source.wholeCodings.count
            incoming.unmapped.append(
                "\(label): its text (\(source.location)) is not in the archive; \(codings) coding(s) not imported")
            return nil
        }
        if participantCodes.insert(code).inserted {
            incoming.participants.append(
                Participant(code: code, attributes: holder?.name.map(attributes(ofCaseNamed:)) ?? [:]))
        }
        let positions = SourcePositions(text: text, ranges: source.selections.map { ($0.start, $0.end) })
        if positions.hasCRLF {
            incoming.notices.append(
                "\(label): positions count CR LF as \(positions.crlfCountsOne ? "one character (converted to two)" : "two characters, as the standard says")"
            )
        }
        let layout =
            SourceLayout(value: source.values[SourceLayout.variableName], scalars: positions.scalars)
            ?? SourceLayout(whole: positions.scalars)
        let log = Log(
            id: source.guid, participant: code, date: date,
            sections: layout.sections.map {
                LogSection(prompt: $0.prompt, text: SourcePositions.string(positions.scalars[$0.text]))
            })
        incoming.logs.append(log)
        let fallbackTime = source.created.flatMap(DateTimeText.valid) ?? "\(date.iso)T00:00:00Z"
        for selection in source.selections {
            let place = "\(label), selection \(selection.start)–\(selection.end)"
            guard let range = positions.range(selection.start, selection.end) else {
                report(selection.coding, "\(place) is empty or runs past the end of the text")
                continue
            }
            guard let index = layout.sections.firstIndex(where: { $0.text.upperBound > range.lowerBound }),
                let clipped = Self.clip(range, to: layout.sections[index].text)
            else {
                report(selection.coding, "\(place) covers no section text")
                continue
            }
            if clipped != range {
                incoming.notices.append("\(place) spans more than one section; kept within section \(index + 1)")
            }
            let featured =
                selection.description.trimmingCharacters(in: .whitespacesAndNewlines) == ProjectXML.featuredMarker
            let description = featured ? "" : selection.description
            addQuote(
                selection.coding, id: selection.guid, log: log, section: index,
                range: clipped.lowerBound - layout.sections[index].text.lowerBound..<clipped.upperBound
                    - layout.sections[index].text.lowerBound,
                extraMemo: description, featured: featured, fallbackTime: fallbackTime, where: place)
        }
        for (number, coding) in source.wholeCodings.enumerated() {
            for (index, section) in layout.sections.enumerated() where !section.text.isEmpty {
                addQuote(
                    coding, id: ExchangeGUIDs.nameBased("\(source.guid)|whole|\(number)|\(index)"), log: log,
                    section: index,
                    range: 0..<section.text.count, extraMemo: "", featured: false, fallbackTime: fallbackTime,
                    where: "\(label) (coded as a whole)")
            }
            if !coding.codes.isEmpty {
                incoming.notices.append("\(label) is coded as a whole; each section became a quote")
            }
        }
        return nil
    }

    private mutating func addQuote(
        _ coding: ExchangeDocument.Coding, id: String, log: Log, section: Int, range: Range<Int>, extraMemo: String,
        featured: Bool, fallbackTime: String, where label: String
    ) {
        let concerns = coding.codes.compactMap { concernOfCode[$0] }
        let unknown = coding.codes.count - concerns.count
        if unknown > 0 {
            incoming.unmapped.append("\(label): \(unknown) coding(s) on a code not in the codebook; not imported")
        }
        usedNotes.formUnion(coding.notes)
        guard !concerns.isEmpty else {
            if coding.codes.isEmpty { incoming.unmapped.append("\(label) has no code; not imported") }
            return
        }
        let memo = (coding.notes.compactMap { document.notes[$0]?.text } + [extraMemo]).filter { !$0.isEmpty }
            .joined(separator: "\n\n")
        incoming.quotes.append(
            Quote(
                id: id, log: log.id, participant: log.participant, section: section, start: range.lowerBound,
                end: range.upperBound, concerns: QuoteTagging.ordered(concerns), memo: SourcePositions.cleaned(memo),
                featured: featured,
                coder: SourcePositions.cleaned(coding.user.flatMap { document.users[$0] } ?? "imported"),
                created: coding.created.flatMap(DateTimeText.valid) ?? fallbackTime))
    }

    private mutating func report(_ coding: ExchangeDocument.Coding, _ problem: String) {
        usedNotes.formUnion(coding.notes)
        incoming.unmapped.append("\(problem); \(coding.codes.count) coding(s) not imported")
    }

    private func value(named name: String, in source: ExchangeDocument.Source) -> String? {
        source.values.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    private static func clip(_ range: Range<Int>, to section: Range<Int>) -> Range<Int>? {
        let lower = max(range.lowerBound, section.lowerBound)
        let upper = min(range.upperBound, section.upperBound)
        return lower < upper ? lower..<upper : nil
    }
}
