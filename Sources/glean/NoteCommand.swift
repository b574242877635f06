import ArgumentParser
import Foundation
import GleanCore

/// `glean note`: writes a part of a fortnight's note (the words around the summary's figures), or prints the note,
/// as the Logs screen's `n` and the Counts screen's `p` do.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Write a part of a fortnight's note, or print the note; prints \"Saved\" once it is on disk.",
        discussion: """
            The parts: opening (the paragraph that opens the summary), closing-heading (empty for \
            "\(FortnightNote.standardClosingHeading)"), closing (the closing text), next (the "What's next?" \
            questions, one per line) and paragraph (the paragraph on the --concern, empty to use its description). \
            An empty TEXT clears the part. Without TEXT or --file the note is printed.
            """)

    /// The parts of a note, as `--part` names them.
    enum Part: String, ExpressibleByArgument, CaseIterable {
        case opening
        case closingHeading = "closing-heading"
        case closing, next, paragraph
    }

    @OptionGroup var project: ProjectOption

    @Option(help: "The fortnight whose note to write.")
    var fortnight: Int

    @Option(help: "The part to write.")
    var part: Part = .opening

    @Option(help: "The concern (id, name or number key) whose paragraph to write, with --part paragraph.")
    var concern: String?

    @Option(help: "Read the text from this file (UTF-8).")
    var file: String?

    @Argument(help: "The text (\"\" to clear the part).")
    var text: String?

    func validate() throws {
        try OptionRange.check(fortnight, Project.fortnightRange, option: "--fortnight")
        guard text == nil || file == nil else { throw ValidationError("give TEXT or --file, not both") }
        guard (part == .paragraph) == (concern != nil) else {
            throw ValidationError("--part paragraph needs --concern, and --concern needs --part paragraph")
        }
    }

    func run() throws {
        guard text != nil || file != nil else { return try show() }
        let content = try text ?? reportingErrors { try NoteWriting.read(URL(fileURLWithPath: file ?? "")) }
        try EditRecorder.record(project) { opened in
            try NoteWriting.edit(opened, fortnight: fortnight, part: notePart, text: content)
        } unchanged: {
            "The note says that already: nothing to save"
        }
    }

    private var notePart: NotePart {
        switch part {
        case .opening: return .opening
        case .closingHeading: return .closingHeading
        case .closing: return .closing
        case .next: return .next
        case .paragraph: return .paragraph(concern: concern ?? "")
        }
    }

    /// Prints every part of the note, each under its `--part` name.
    private func show() throws {
        let opened = try project.open().opened
        guard opened.fortnightNumbers.contains(fortnight) else {
            printError("--fortnight: the programme has fortnights 1 to \(opened.latestFortnight), not \(fortnight)")
            throw ExitCode.failure
        }
        let note = opened.fortnight(fortnight).note
        let parts: [(String, NotePart)] =
            [
                ("opening", .opening), ("closing-heading", .closingHeading), ("closing", .closing), ("next", .next),
            ] + note.paragraphs.keys.sorted().map { ("paragraph --concern \($0)", .paragraph(concern: $0)) }
        for (name, part) in parts {
            let text = part.text(in: note)
            Console.say(
                "\(name):"
                    + (text.isEmpty
                        ? " (empty)" : "\n" + text.split(separator: "\n").map { "    \($0)" }.joined(separator: "\n")))
        }
    }
}
