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

    /// Creates a location.
    init(section: Int, range: Range<Int>) {
        self.section = section
        self.range = range
    }
}

/// Turns a passage named the way a person names it on the command line (a section by prompt or number, sentences by
/// count, a snippet of text) into a quote's section and offsets. Sentences are the Reader's: `TextSegments.sentences`.
enum QuoteLocator {
    /// The location of `passage` in `log`, within `section` when given (section 0 for offsets and sentences when
    /// not). Throws a `ProjectError` naming the option and what does not fit: an unknown section, a sentence out of
    /// range, a snippet found nowhere or in several places (each listed by section and sentence).
    static func locate(_ passage: PassageChoice, section: SectionChoice?, in log: Log) throws -> QuoteLocation {
        let chosen = try section.map { try index(of: $0, in: log) }
        switch passage {
        case .offsets(let start, let end):
            let number = chosen ?? 0
            let length = log.sections[number].scalarCount
            let end = end ?? length
            guard start >= 0, start < end, end <= length else {
                throw ProjectError(
                    file: "--start/--end",
                    problem: "\(start)..<\(end) is not a passage of section \(number), which has \(length) characters")
            }
            return QuoteLocation(section: number, range: start..<end)
        case .sentences(let first, let last):
            let number = chosen ?? 0
            let sentences = TextSegments.sentences(in: log.sections[number].text)
            guard first >= 1, first <= last, last <= sentences.count else {
                let asked = first == last ? "sentence \(first)" : "sentences \(first)-\(last)"
                let has = sentences.isEmpty ? "no sentences" : "sentences 1 to \(sentences.count)"
                throw ProjectError(
                    file: "--sentence", problem: "section \(number) of log \"\(log.id)\" has \(has), not \(asked)")
            }
            return QuoteLocation(section: number, range: sentences[first - 1].lowerBound..<sentences[last - 1].upperBound)
        case .snippet(let text):
            return try find(text, in: log, section: chosen)
        }
    }

    /// The index of the section `choice` names; throws naming the sections the log has.
    static func index(of choice: SectionChoice, in log: Log) throws -> Int {
        switch choice {
        case .index(let number):
            guard log.sections.indices.contains(number) else { break }
            return number
        case .prompt(let prompt):
            let matches = log.sections.indices.filter { log.sections[$0].prompt.lowercased() == prompt.lowercased() }
            if matches.count == 1 { return matches[0] }
        }
        let sections = log.sections.indices.map { "\($0) \"\(log.sections[$0].prompt)\"" }.joined(separator: ", ")
        throw ProjectError(file: "--section", problem: "log \"\(log.id)\" has sections \(sections)")
    }

    /// The one place `snippet` occurs in `section` of `log` (every section when nil).
    private static func find(_ snippet: String, in log: Log, section: Int?) throws -> QuoteLocation {
        let needle = Array(snippet.unicodeScalars)
        guard !needle.isEmpty else { throw ProjectError(file: "--snippet", problem: "the snippet is empty") }
        let sections = section.map { [$0] } ?? Array(log.sections.indices)
        let matches = sections.flatMap { number in
            occurrences(of: needle, in: Array(log.sections[number].text.unicodeScalars)).map {
                QuoteLocation(section: number, range: $0..<($0 + needle.count))
            }
        }
        let place = section.map { "section \($0) of log \"\(log.id)\"" } ?? "log \"\(log.id)\""
        guard matches.count == 1 else {
            guard !matches.isEmpty else {
                throw ProjectError(file: "--snippet", problem: "\"\(snippet)\" is not in \(place) (it must match exactly)")
            }
            let listed = matches.map { describe($0, in: log) }.joined(separator: "; ")
            throw ProjectError(
                file: "--snippet",
                problem: "\"\(snippet)\" occurs \(matches.count) times in \(place): \(listed); give a longer snippet or --section")
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

    /// "section 1 sentence 3 (offset 57)": where a match starts, in the units `glean logs --sentences` shows.
    private static func describe(_ location: QuoteLocation, in log: Log) -> String {
        let sentences = TextSegments.sentences(in: log.sections[location.section].text)
        let start = location.range.lowerBound
        let sentence = (sentences.firstIndex { $0.upperBound > start } ?? max(sentences.count - 1, 0)) + 1
        return "section \(location.section) sentence \(sentence) (offset \(start))"
    }
}
