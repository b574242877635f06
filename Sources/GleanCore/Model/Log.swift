/// One participant's log for one fortnight: a date and its sections.
public struct Log: Codable, Equatable, Sendable, Identifiable {
    /// The log's id, unique in the programme.
    public var id: String
    /// The code of the participant who wrote it.
    public var participant: String
    /// The day it was written; it decides the log's fortnight.
    public var date: Day
    /// The answers, one per prompt, in the order asked.
    public var sections: [LogSection]
}

/// One answered prompt of a log, e.g. "Concerns" and what the participant wrote.
public struct LogSection: Codable, Equatable, Sendable {
    /// The question asked.
    public var prompt: String
    /// The participant's answer.
    public var text: String

    /// Creates a section.
    init(prompt: String, text: String) {
        self.prompt = prompt
        self.text = text
    }

    /// The length of `text` in Unicode scalars, the unit of quote offsets.
    var scalarCount: Int { text.unicodeScalars.count }
}
