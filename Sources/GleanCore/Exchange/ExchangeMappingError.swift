/// Why an exchange project cannot be imported: sources that cannot become logs, each with what it lacks. The import
/// is refused whole.
public enum ExchangeMappingError: DomainError, Equatable {
    /// The sources of `file` that cannot become logs, in document order (the message lists the first five).
    case sourcesWithoutLogs(file: String, sources: [UnmappedSource])

    /// A source (by name, else GUID) and what it lacks.
    public struct UnmappedSource: Equatable, Sendable {
        /// The source's name, or its GUID when it has none.
        var source: String
        /// What it lacks.
        var lack: Lack

        /// Creates one.
        init(source: String, lack: Lack) {
            (self.source, self.lack) = (source, lack)
        }
    }

    /// What keeps a source from becoming a log.
    public enum Lack: Equatable, Sendable {
        /// No participant was found where the options said to look.
        case participant(ExchangeImport.ParticipantSource)
        /// Its date variable holds this text, which is not a date Glean reads.
        case unreadableDate(String)
        /// It has no date, and no date was given for such sources.
        case date
    }

    /// The file the sources are in.
    public var file: String {
        switch self {
        case .sourcesWithoutLogs(let file, _): return file
        }
    }

    public var message: String { message(hint: { _ in nil }) }

    /// The message with `hint`, what to give instead in the reader's own terms, after each lack that has one.
    public func message(hint: (Lack) -> String?) -> String {
        switch self {
        case .sourcesWithoutLogs(_, let sources):
            let listed = sources.prefix(5).map { Self.describe($0, hint: hint($0.lack)) }
            return "\(sources.count) source(s) cannot become logs: \(listed.joined(separator: "; "))"
        }
    }

    private static func describe(_ unmapped: UnmappedSource, hint: String?) -> String {
        let label = "source \"\(unmapped.source)\""
        switch unmapped.lack {
        case .participant(let from):
            let reason: String
            switch from {
            case .caseName: reason = "no case holds it"
            case .variable(let name): reason = "no variable \"\(name)\""
            case .sourceName: reason = "no name"
            }
            return "\(label) has no participant (\(reason)\(hint.map { "; \($0)" } ?? ""))"
        case .unreadableDate(let text):
            return "\(label) has the date \"\(text)\", not a date YYYY-MM-DD with \(Day.supportedYearsText)"
        case .date:
            return "\(label) has no date" + (hint.map { " (\($0))" } ?? "")
        }
    }
}
