import ArgumentParser
import GleanCore

/// `glean feature`: features a quote in the fortnight summary, or stops featuring it, as `*` does in the Reader.
struct FeatureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feature",
        abstract: "Feature a quote in the summary (or stop, with --off); prints \"Saved\" once it is on disk.")

    @OptionGroup var project: ProjectOption

    @Argument(help: "The quote's id (glean quotes lists them).")
    var quote: String

    @Flag(help: "Stop featuring the quote.")
    var off = false

    func run() throws {
        try EditRecorder.record(project) { opened in
            try QuoteMarking.featuring(opened, quote: quote, featured: !off)
        } unchanged: {
            off
                ? "Quote \(quote) is not featured: nothing to save"
                : "Quote \(quote) is featured already: nothing to save"
        }
    }
}
