/// Which section of a log a command names: its index (from 0, as quotes store it) or its prompt.
public enum SectionChoice: Equatable, Sendable {
    case index(Int)
    case prompt(String)

    /// `text` read as a section: digits are an index, anything else a prompt.
    public init(_ text: String) {
        if let number = Int(text) { self = .index(number) } else { self = .prompt(text) }
    }
}

/// Which passage of a section (or log) a command names.
public enum PassageChoice: Equatable, Sendable {
    /// Unicode-scalar offsets from 0, `end` exclusive; nil for the end of the section.
    case offsets(start: Int, end: Int?)
    /// Sentences `first` to `last` of the section, counted from 1, as the Reader's `j` and `J` select them.
    case sentences(first: Int, last: Int)
    /// The one place `text` occurs, exactly, in the section (or the whole log when no section is named).
    case snippet(String)
}

/// Where a quote goes: a section of a log and a range of Unicode-scalar offsets in it.
struct QuoteLocation: Equatable, Sendable {
    /// The section's index, from 0.
    var section: Int
    /// The passage's offsets within the section.
    var range: Range<Int>
}

/// Turns a passage named the way a person names it on the command line (a section by prompt or number, sentences by
/// count, a snippet of text) into a quote's section and offsets. Sentences are the Reader's: `TextSegments.sentences`.
enum QuoteLocator {
    /// The location of `passage` in `log`, within `section` when given (section 0 for offsets and sentences when
    /// not). Throws a `ScriptingError` saying what does not fit: an unknown section, a sentence out of range, a
    /// snippet found nowhere or in several places (each listed by section and sentence).
    static func locate(
        _ passage: PassageChoice, section: SectionChoice?, in log: Log
    ) throws(ScriptingError) -> QuoteLocation {
        let chosen = try section.map { choice throws(ScriptingError) in try index(of: choice, in: log) }
        switch passage {
        case .offsets(let start, let end):
            let number = chosen ?? 0
            let length = log.sections[number].scalarCount
            let end = end ?? length
            guard start >= 0, start < end, end <= length else {
                throw .offsetsOutsideSection(start: start, end: end, section: number, length: length)
            }
            return QuoteLocation(section: number, range: start..<end)
        case .sentences(let first, let last):
            let number = chosen ?? 0
            let sentences = TextSegments.sentences(in: log.sections[number].text)
            guard first >= 1, first <= last, last <= sentences.count else {
                throw .sentencesOutsideSection(
                    log: log.id, section: number, first: first, last: last, count: sentences.count)
            }
            return QuoteLocation(
                section: number, range: sentences[first - 1].lowerBound..<sentences[last - 1].upperBound)
        case .snippet(let text):
            return try find(text, in: log, section: chosen)
        }
    }

    /// The index of the section `choice` names; throws naming the sections the log has.
    static func index(of choice: SectionChoice, in log: Log) throws(ScriptingError) -> Int {
        switch choice {
        case .index(let number):
            guard log.sections.indices.contains(number) else { break }
            return number
        case .prompt(let prompt):
            let matches = log.sections.indices.filter { log.sections[$0].prompt.lowercased() == prompt.lowercased() }
            if matches.count == 1 { return matches[0] }
        }
        throw .unknownSection(log: log.id, prompts: log.sections.map(\.prompt))
    }

    /// The one place `snippet` occurs in `section` of `log` (every section when nil).
    private static func find(_ snippet: String, in log: Log, section: Int?) throws(ScriptingError) -> QuoteLocation {
        let needle = Array(snippet.unicodeScalars)
        guard !needle.isEmpty else { throw .emptySnippet }
        let sections = section.map { [$0] } ?? Array(log.sections.indices)
        let matches = sections.flatMap { number in
            occurrences(of: needle, in: Array(log.sections[number].text.unicodeScalars)).map {
                QuoteLocation(section: number, range: $0..<($0 + needle.count))
            }
        }
        guard matches.count == 1 else {
            guard !matches.isEmpty else {
                throw .snippetNotFound(snippet, log: log.id, section: section)
            }
            throw .snippetAmbiguous(snippet, log: log.id, section: section, places: matches.map { place($0, in: log) })
        }
        return matches[0]
    }

    /// Every offset at which `needle` starts in `haystack`, overlapping occurrences included.
    private static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard haystack.count >= needle.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { start in
            haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// Where a match starts, in the units `glean logs --sentences` shows.
    private static func place(_ location: QuoteLocation, in log: Log) -> ScriptingError.SnippetPlace {
        let sentences = TextSegments.sentences(in: log.sections[location.section].text)
        let start = location.range.lowerBound
        let sentence = (sentences.firstIndex { $0.upperBound > start } ?? max(sentences.count - 1, 0)) + 1
        return ScriptingError.SnippetPlace(section: location.section, sentence: sentence, offset: start)
    }
}
