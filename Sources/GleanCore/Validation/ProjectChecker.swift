/// Finds inconsistencies a JSON decoder cannot see: duplicate ids, dangling references, offsets past a text's end.
public enum ProjectChecker {
    /// Every problem in `project`, each naming the file it lives in (relative to the project), in a stable order.
    public static func problems(in project: Project) -> [ProjectError] {
        var problems: [ProjectError] = []
        let manifest = "glean.json"
        problems += duplicates(project.participants.map(\.code), file: manifest, what: "participant code")
        problems += duplicates(project.participants.map(\.alias), file: manifest, what: "participant alias")
        problems += duplicates(project.codebook.concerns.map(\.id), file: manifest, what: "concern id")
        let keys = project.codebook.concerns.compactMap(\.key)
        problems += duplicates(keys.map(String.init), file: manifest, what: "concern key")
        for concern in project.codebook.concerns {
            if let key = concern.key, !(1...9).contains(key) {
                problems.append(ProjectError(file: manifest, problem: "concern \"\(concern.id)\" has key \(key); keys run from 1 to 9"))
            }
            if !isHexColour(concern.colour) {
                problems.append(ProjectError(file: manifest, problem: "concern \"\(concern.id)\" has colour \"\(concern.colour)\"; expected #RRGGBB"))
            }
        }
        let codes = Set(project.participants.map(\.code))
        let concernIDs = Set(project.codebook.concerns.map(\.id))
        var logIDs: [String] = []
        var quoteIDs: [String] = []
        for number in project.fortnights.keys.sorted() {
            let fortnight = project.fortnight(number)
            let folder = "fortnights/\(Project.threeDigits(number))"
            let logsFile = "\(folder)/logs.json"
            let codingFile = "\(folder)/coding.json"
            var logs: [String: Log] = [:]
            for log in fortnight.logs {
                logIDs.append(log.id)
                logs[log.id] = log
                if !codes.contains(log.participant) {
                    problems.append(ProjectError(file: logsFile, problem: "log \"\(log.id)\" names participant \"\(log.participant)\", who is not in glean.json"))
                }
                let actual = project.programme.fortnight(containing: log.date)
                if actual != number {
                    problems.append(ProjectError(file: logsFile, problem: "log \"\(log.id)\" is dated \(log.date.iso), which falls in fortnight \(actual), not \(number)"))
                }
            }
            for quote in fortnight.quotes {
                quoteIDs.append(quote.id)
                problems += check(quote, logs: logs, concerns: concernIDs, file: codingFile)
            }
        }
        problems += duplicates(logIDs, file: "fortnights", what: "log id")
        problems += duplicates(quoteIDs, file: "fortnights", what: "quote id")
        return problems
    }

    private static func check(_ quote: Quote, logs: [String: Log], concerns: Set<String>, file: String) -> [ProjectError] {
        var problems: [ProjectError] = []
        let name = "quote \"\(quote.id)\""
        if let log = logs[quote.log] {
            if quote.participant != log.participant {
                problems.append(ProjectError(file: file, problem: "\(name) names participant \"\(quote.participant)\", but log \"\(quote.log)\" was written by \"\(log.participant)\""))
            }
            if log.sections.indices.contains(quote.section) {
                let length = log.sections[quote.section].scalarCount
                if quote.start < 0 || quote.end > length || quote.start >= quote.end {
                    problems.append(ProjectError(file: file, problem: "\(name) spans \(quote.start)..<\(quote.end), outside section \(quote.section) of log \"\(quote.log)\" (\(length) characters)"))
                }
            } else {
                problems.append(ProjectError(file: file, problem: "\(name) points at section \(quote.section) of log \"\(quote.log)\", which has \(log.sections.count) sections"))
            }
        } else {
            problems.append(ProjectError(file: file, problem: "\(name) points at log \"\(quote.log)\", which is not in this fortnight"))
        }
        if quote.concerns.isEmpty {
            problems.append(ProjectError(file: file, problem: "\(name) is tagged with no concern"))
        }
        for concern in quote.concerns where !concerns.contains(concern) {
            problems.append(ProjectError(file: file, problem: "\(name) is tagged \"\(concern)\", which is not in the codebook"))
        }
        return problems
    }

    private static func duplicates(_ values: [String], file: String, what: String) -> [ProjectError] {
        var seen = Set<String>()
        var reported = Set<String>()
        return values.compactMap { value in
            if seen.insert(value).inserted || !reported.insert(value).inserted { return nil }
            return ProjectError(file: file, problem: "\(what) \"\(value)\" is used more than once")
        }
    }

    private static func isHexColour(_ text: String) -> Bool {
        text.count == 7 && text.first == "#" && text.dropFirst().allSatisfy(\.isHexDigit)
    }
}
