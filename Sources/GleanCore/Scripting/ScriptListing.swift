/// A log as `glean logs` lists it: where it is, how far its coding has got, and its sentences numbered as
/// `glean tag --sentence` counts them.
public struct ListedLog: Codable, Equatable, Sendable {
    /// A section with its sentences.
    public struct Section: Codable, Equatable, Sendable {
        /// The section's index, from 0, as `--section` takes it.
        public var index: Int
        /// The question asked.
        public var prompt: String
        /// The sentences, numbered from 1 (the Reader's sentences, `TextSegments.sentences`).
        public var sentences: [Sentence]
    }

    /// A sentence: its number within the section, its offsets and its text.
    public struct Sentence: Codable, Equatable, Sendable {
        public var number: Int
        var start: Int
        var end: Int
        public var text: String
    }

    public var id: String
    public var participant: String
    public var date: String
    public var fortnight: Int
    /// "not started", "in progress" or "done".
    public var progress: String
    public var done: Bool
    public var quotes: Int
    public var sections: [Section]

    /// The listing of `log` in fortnight `number` of `project`.
    public init(_ log: Log, fortnight number: Int, in project: Project) {
        let fortnight = project.fortnight(number)
        id = log.id
        participant = log.participant
        date = log.date.iso
        self.fortnight = number
        let progress = fortnight.progress(ofLog: log.id)
        self.progress = progress.label
        done = progress == .done
        quotes = fortnight.quotes.count { $0.log == log.id }
        sections = log.sections.enumerated().map { index, section in
            let ranges = TextSegments.sentences(in: section.text)
            let texts = TextSegments.slices(section.text, ranges)
            return Section(
                index: index, prompt: section.prompt,
                sentences: zip(ranges, texts).enumerated().map { number, pair in
                    Sentence(number: number + 1, start: pair.0.lowerBound, end: pair.0.upperBound, text: pair.1)
                })
        }
    }
}

/// A quote as `glean quotes` lists it: its id, where it is, its text and concerns by name.
public struct ListedQuote: Codable, Equatable, Sendable {
    /// A concern the quote is tagged with.
    public struct ConcernName: Codable, Equatable, Sendable {
        var id: String
        public var name: String
    }

    public var id: String
    var fortnight: Int
    public var log: String
    var participant: String
    public var section: Int
    var prompt: String
    public var start: Int
    public var end: Int
    public var text: String
    public var concerns: [ConcernName]
    public var featured: Bool
    public var memo: String

    /// The listing of `quote` in fortnight `number` of `project`.
    public init(_ quote: Quote, fortnight number: Int, in project: Project) {
        let section = project.fortnight(number).log(id: quote.log)?.sections[safeIndex: quote.section]
        id = quote.id
        fortnight = number
        log = quote.log
        participant = quote.participant
        self.section = quote.section
        prompt = section?.prompt ?? ""
        start = quote.start
        end = quote.end
        text = section.map { TextSegments.slice($0.text, quote.range) } ?? ""
        concerns = quote.concerns.map { ConcernName(id: $0, name: project.codebook.concern(id: $0)?.name ?? $0) }
        featured = quote.featured
        memo = quote.memo
    }
}

extension Array {
    fileprivate subscript(safeIndex index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

/// Listings as JSON, written as the project files are (pretty printed, keys sorted), ending with a newline.
public enum ListingJSON {
    /// `value` as JSON text.
    public static func text<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try JSONFormat.snapshot(value), as: UTF8.self)
    }
}
