/// Finds inconsistencies a JSON decoder cannot see: duplicate ids, dangling references, offsets past a text's end.
///
/// This is the one rule for what a project may hold. `glean check` reports what it finds; `glean compact` and opening
/// a project for editing refuse to fold a journal whose lines it finds fault with.
public enum ProjectChecker {
    /// The journal's name in problems.
    static let journalFile = Journal.fileName

    /// Every problem in `project`, each naming the file it lives in (relative to the project), in a stable order. A
    /// problem that a journal line brought in (per `journal`) names that line of the journal instead.
    public static func problems(in project: Project, journal: JournalLines = JournalLines()) -> [ProjectError] {
        var problems: [ProjectError] = []
        let manifest = "glean.json"
        let concernLines = project.codebook.concerns.map { journal.line(ofConcern: $0.id) }
        problems += duplicates(project.participants.map { ($0.code, nil) }, file: manifest, what: "participant code")
        problems += duplicates(project.participants.map { ($0.alias, nil) }, file: manifest, what: "participant alias")
        problems += duplicates(
            Array(zip(project.codebook.concerns.map(\.id), concernLines)), file: manifest, what: "concern id")
        let keyed = zip(project.codebook.concerns, concernLines).compactMap { concern, line in
            concern.key.map { (String($0), line) }
        }
        problems += duplicates(keyed, file: manifest, what: "concern key")
        for concern in project.codebook.concerns {
            let place = Place(file: manifest, journalLine: journal.line(ofConcern: concern.id))
            if let key = concern.key, !(1...9).contains(key) {
                problems.append(place.problem("concern \"\(concern.id)\" has key \(key); keys run from 1 to 9"))
            }
            if !isHexColour(concern.colour) {
                problems.append(
                    place.problem("concern \"\(concern.id)\" has colour \"\(concern.colour)\"; expected #RRGGBB"))
            }
        }
        let codes = Set(project.participants.map(\.code))
        let concernIDs = Set(project.codebook.concerns.map(\.id))
        var logIDs: [(String, Int?)] = []
        var quoteIDs: [(String, Int?)] = []
        for number in project.fortnights.keys.sorted() {
            let fortnight = project.fortnight(number)
            let folder = "fortnights/\(Project.threeDigits(number))"
            let logsFile = "\(folder)/logs.json"
            let codingFile = "\(folder)/coding.json"
            if !Project.fortnightRange.contains(number) {
                problems.append(
                    ProjectError(
                        file: "fortnights",
                        problem:
                            "fortnight \(number) is outside \(Project.fortnightRange.lowerBound)–\(Project.fortnightRange.upperBound)"
                    ))
            }
            var logs: [String: Log] = [:]
            for log in fortnight.logs {
                logIDs.append((log.id, nil))
                logs[log.id] = log
                if !codes.contains(log.participant) {
                    problems.append(
                        ProjectError(
                            file: logsFile,
                            problem:
                                "log \"\(log.id)\" names participant \"\(log.participant)\", who is not in glean.json"))
                }
                let actual = project.programme.fortnight(containing: log.date)
                if actual != number {
                    problems.append(
                        ProjectError(
                            file: logsFile,
                            problem:
                                "log \"\(log.id)\" is dated \(log.date.iso), which falls in fortnight \(actual), not \(number)"
                        ))
                }
            }
            for quote in fortnight.quotes {
                let line = journal.line(ofQuote: quote.id, fortnight: number)
                quoteIDs.append((quote.id, line))
                let place = Place(file: codingFile, journalLine: line, fortnight: number)
                problems += check(quote, logs: logs, concerns: concernIDs, place: place, journal: journal)
            }
            for id in fortnight.done.sorted() where logs[id] == nil {
                let place = Place(
                    file: codingFile, journalLine: journal.line(ofDoneMark: id, fortnight: number), fortnight: number)
                problems.append(place.problem("marks log \"\(id)\" done, but it is not in \(place.thisFortnight)"))
            }
            for decision in fortnight.decisions {
                let place = Place(
                    file: codingFile,
                    journalLine: journal.line(ofDecision: decision.log, concern: decision.concern, fortnight: number),
                    fortnight: number)
                if logs[decision.log] == nil {
                    problems.append(
                        place.problem("decides on log \"\(decision.log)\", which is not in \(place.thisFortnight)"))
                }
                if !concernIDs.contains(decision.concern) {
                    problems.append(
                        place.problem("decides on concern \"\(decision.concern)\", which is not in the codebook"))
                }
            }
        }
        problems += duplicates(logIDs, file: "fortnights", what: "log id")
        problems += duplicates(quoteIDs, file: "fortnights", what: "quote id")
        return problems
    }

    /// Where a problem lies: a line of the journal when one set the value at fault, else the snapshot file.
    private struct Place {
        var file: String
        var journalLine: Int?
        /// The fortnight of a coding file, named in problems reported at a journal line.
        var fortnight: Int?

        /// A problem at this place; `moreRecentLine` is another journal line that made the value wrong, if any.
        func problem(_ text: String, moreRecentLine: Int? = nil) -> ProjectError {
            let lines = [journalLine, moreRecentLine].compactMap { $0 }
            guard let line = lines.max() else { return ProjectError(file: file, problem: text) }
            return ProjectError(file: ProjectChecker.journalFile, line: line, problem: text)
        }

        /// How a problem names the quote's fortnight: "this fortnight" in its coding file.
        var thisFortnight: String {
            journalLine == nil ? "this fortnight" : "fortnight \(fortnight ?? 0)"
        }
    }

    private static func check(
        _ quote: Quote, logs: [String: Log], concerns: Set<String>, place: Place, journal: JournalLines
    ) -> [ProjectError] {
        var problems: [ProjectError] = []
        let name = "quote \"\(quote.id)\""
        if let log = logs[quote.log] {
            if quote.participant != log.participant {
                problems.append(
                    place.problem(
                        "\(name) names participant \"\(quote.participant)\", but log \"\(quote.log)\" was written by \"\(log.participant)\""
                    ))
            }
            if log.sections.indices.contains(quote.section) {
                let length = log.sections[quote.section].scalarCount
                if quote.start < 0 || quote.end > length || quote.start >= quote.end {
                    problems.append(
                        place.problem(
                            "\(name) spans \(quote.start)..<\(quote.end), outside section \(quote.section) of log \"\(quote.log)\" (\(length) characters)"
                        ))
                }
            } else {
                problems.append(
                    place.problem(
                        "\(name) points at section \(quote.section) of log \"\(quote.log)\", which has \(log.sections.count) sections"
                    ))
            }
        } else {
            problems.append(
                place.problem("\(name) points at log \"\(quote.log)\", which is not in \(place.thisFortnight)"))
        }
        if quote.concerns.isEmpty {
            problems.append(place.problem("\(name) is tagged with no concern"))
        }
        for concern in quote.concerns where !concerns.contains(concern) {
            problems.append(
                place.problem(
                    "\(name) is tagged \"\(concern)\", which is not in the codebook",
                    moreRecentLine: journal.line(ofConcern: concern)))
        }
        return problems
    }

    /// A problem for each value used more than once, at the latest journal line that set one of its uses, if any.
    private static func duplicates(_ values: [(String, Int?)], file: String, what: String) -> [ProjectError] {
        var lines: [String: [Int?]] = [:]
        var repeated: [String] = []
        for (value, line) in values {
            lines[value, default: []].append(line)
            if lines[value]?.count == 2 { repeated.append(value) }
        }
        return repeated.map { value in
            let line = lines[value, default: []].compactMap { $0 }.max()
            return Place(file: file, journalLine: line).problem("\(what) \"\(value)\" is used more than once")
        }
    }

    private static func isHexColour(_ text: String) -> Bool {
        text.count == 7 && text.first == "#" && text.dropFirst().allSatisfy(\.isHexDigit)
    }
}
