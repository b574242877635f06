import ArgumentParser
import GleanCore

/// `glean memo`: writes or clears the memo on a quote, as `m` does in the Reader.
struct MemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo",
        abstract: "Write the memo on a quote (or clear it, with --clear); prints \"Saved\" once on disk.")

    @OptionGroup var project: ProjectOption

    @Argument(help: "The quote's id (glean quotes lists them).")
    var quote: String

    @Argument(help: "The memo, one line.")
    var text: String?

    @Flag(help: "Clear the memo.")
    var clear = false

    func validate() throws {
        guard (text != nil) != clear else {
            throw ValidationError("give the memo's TEXT or --clear, not both or neither")
        }
        guard !(text ?? "").contains(where: \.isNewline) else { throw ValidationError("a memo is one line") }
    }

    func run() throws {
        let memo = clear ? "" : text ?? ""
        try EditRecorder.record(project) { opened in
            try QuoteMarking.memo(opened, quote: quote, memo: memo)
        } unchanged: {
            "Quote \(quote)'s memo says that already: nothing to save"
        }
    }
}
