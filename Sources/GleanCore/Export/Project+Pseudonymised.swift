extension Project {
    /// A copy of the project in which no participant can be recognised by code, for a pseudonymised export.
    ///
    /// Every participant's code becomes their alias (a writer missing from the participants gets a new alias first),
    /// and only the attributes `pseudonymisation` keeps remain. Log ids, which contain codes, become
    /// `ALIAS-yyyy-MM-dd` (with `-2`, `-3`, … for a second log on the same day). Codes written as words in log text,
    /// prompts, memos and notes become aliases too, with quote offsets moved to match. Counts are unchanged, since
    /// aliases are as distinct as codes.
    ///
    /// - Complexity: O(n × k) for n scalars of text and k participants.
    public func pseudonymised(_ pseudonymisation: Pseudonymisation) -> Project {
        var source = self
        let writers = Set(fortnights.values.flatMap { $0.logs.map(\.participant) + $0.quotes.map(\.participant) })
        source.addParticipants(writers.sorted().map { Participant(code: $0) })
        let aliases = Dictionary(
            source.participants.map { ($0.code, $0.alias) }, uniquingKeysWith: { first, _ in first })
        let scrubber = CodeScrubber(aliases: aliases)
        let logIDs = Project.pseudonymousLogIDs(source, aliases: aliases)

        var copy = source
        copy.participants = source.participants
            .map { participant in
                Participant(
                    code: participant.alias, alias: participant.alias,
                    attributes: participant.attributes.filter { pseudonymisation.keptAttributes.contains($0.key) })
            }
            .sorted { $0.code < $1.code }
        copy.fortnights = source.fortnights.mapValues { fortnight in
            var scrubbedSections: [String: [CodeScrubber.Result]] = [:]
            var result = fortnight
            result.logs = fortnight.logs.map { log in
                let sections = log.sections.map { scrubber.scrub($0.text) }
                scrubbedSections[log.id] = sections
                return Log(
                    id: logIDs[log.id] ?? log.id, participant: aliases[log.participant] ?? log.participant,
                    date: log.date,
                    sections: zip(log.sections, sections).map {
                        LogSection(prompt: scrubber.scrub($0.prompt).text, text: $1.text)
                    })
            }
            .sorted { ($0.participant, $0.date, $0.id) < ($1.participant, $1.date, $1.id) }
            result.done = Set(fortnight.done.map { logIDs[$0] ?? $0 })
            result.quotes = fortnight.quotes.map { quote in
                var moved = quote
                moved.log = logIDs[quote.log] ?? scrubber.scrub(quote.log).text
                moved.participant = aliases[quote.participant] ?? quote.participant
                moved.memo = scrubber.scrub(quote.memo).text
                if let sections = scrubbedSections[quote.log], sections.indices.contains(quote.section) {
                    moved.start = sections[quote.section].offset(quote.start)
                    moved.end = sections[quote.section].offset(quote.end)
                }
                return moved
            }
            .sorted(by: Quote.precedes)
            let note = fortnight.note
            result.note = FortnightNote(
                opening: scrubber.scrub(note.opening).text, next: note.next.map { scrubber.scrub($0).text },
                paragraphs: note.paragraphs.mapValues { scrubber.scrub($0).text },
                closingHeading: scrubber.scrub(note.closingHeading).text, closing: scrubber.scrub(note.closing).text)
            return result
        }
        return copy
    }

    /// `ALIAS-yyyy-MM-dd` for every log, numbered `-2`, `-3`, … in id order when a participant wrote twice in a day.
    private static func pseudonymousLogIDs(_ project: Project, aliases: [String: String]) -> [String: String] {
        let logs = project.fortnights.values.flatMap(\.logs)
            .sorted { ($0.participant, $0.date, $0.id) < ($1.participant, $1.date, $1.id) }
        var ids: [String: String] = [:]
        var taken: [String: Int] = [:]
        for log in logs {
            let base = "\(aliases[log.participant] ?? log.participant)-\(log.date.iso)"
            let count = (taken[base] ?? 0) + 1
            taken[base] = count
            ids[log.id] = count == 1 ? base : "\(base)-\(count)"
        }
        return ids
    }
}
