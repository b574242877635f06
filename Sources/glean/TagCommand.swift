import ArgumentParser
import Foundation
import GleanCore

/// `glean tag`: tags a passage of a log with concerns from the command line, as `1`–`9` do in the Reader. The
/// passage is named by sentences, by a snippet of its text, or by offsets.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag a passage of a log with concerns; prints \"Saved\" once it is on disk.",
        discussion: """
            Name the passage by --sentence (counted from 1 within the section, as the Reader's j and J select; \
            `glean logs --sentences` numbers them), by --snippet (text that occurs exactly once in the section, \
            or in the log without --section), or by --start and --end; with none of them, the whole section.
            """)

    @OptionGroup var project: ProjectOption

    @Option(help: "The log's id (glean logs lists them).")
    var log: String

    @Option(help: "The section: its index from 0, or its prompt (default: 0).")
    var section: String?

    @Option(help: ArgumentHelp("A sentence of the section, from 1, or a run of them such as 2-3.", valueName: "N|N-M"))
    var sentence: String?

    @Option(help: "Text that occurs exactly once in the section (or in the log without --section).")
    var snippet: String?

    @Option(help: "The passage's first character, in Unicode scalars from 0 (default: the start of the section).")
    var start: Int?

    @Option(help: "One past the passage's last character (default: the end of the section).")
    var end: Int?

    @Option(help: "A concern's id, name or number key (repeatable: the concerns go on one quote).")
    var concern: [String]

    func validate() throws {
        guard !concern.isEmpty else { throw ValidationError("give at least one --concern") }
        if let section, case .index(let number) = SectionChoice(section) {
            try OptionRange.check(number, 0...Int.max, option: "--section")
        }
        try OptionRange.check(start, 0...Int.max, option: "--start")
        try OptionRange.check(end, 1...Int.max, option: "--end")
        let ways = [sentence != nil, snippet != nil, start != nil || end != nil].count { $0 }
        guard ways <= 1 else {
            throw ValidationError("name the passage one way: --sentence, --snippet, or --start/--end")
        }
        if let sentence, SentenceSpan(sentence) == nil {
            throw ValidationError("--sentence takes a number from 1 or a run such as 2-3, not \"\(sentence)\"")
        }
    }

    func run() throws {
        let coder = try currentFacilitator().id
        try EditRecorder.record(project) { opened in
            try PassageTagging.edit(
                opened, log: log, section: section.map(SectionChoice.init), passage: passage, concerns: concern,
                id: UUID().uuidString.lowercased(), coder: coder,
                created: ISO8601DateFormatter().string(from: Date()))
        } unchanged: {
            "Already tagged: nothing to save"
        }
    }

    private var passage: PassageChoice {
        if let span = sentence.flatMap(SentenceSpan.init) { return .sentences(first: span.first, last: span.last) }
        if let snippet { return .snippet(snippet) }
        return .offsets(start: start ?? 0, end: end)
    }
}

/// `--sentence N` or `--sentence N-M`: the sentences a passage runs over, counted from 1.
struct SentenceSpan: Equatable {
    let first: Int
    let last: Int

    /// Reads "3" or "2-3"; nil for anything else.
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(parts.count), let first = parts[0], let last = parts[parts.count - 1] else { return nil }
        self.first = first
        self.last = last
    }
}
