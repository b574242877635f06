import ArgumentParser
import GleanCore

/// `glean quotes`: the quotes with their ids, log, section, text, concerns by name, featured mark and memo.
struct QuotesCommand: FortnightOptionCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotes with their ids, log, section, text, concerns, featured mark and memo.")

    @OptionGroup var project: ProjectOption

    @Option(help: "Only the quotes of this fortnight.")
    var fortnight: Int?

    @Option(help: "Only quotes tagged with this concern (its id, name or number key).")
    var concern: String?

    @Option(help: "Only the quotes of the log with this id.")
    var log: String?

    @Flag(help: "Only quotes featured in the summary.")
    var featured = false

    @Flag(help: "Print JSON instead of lines.")
    var json = false

    func run() throws {
        let opened = try project.open().opened
        let concernID = try concern.map { reference in try reportingErrors { try opened.findConcern(reference).id } }
        if let log { _ = try reportingErrors { try opened.findLog(log) } }
        let numbers = fortnight.map { [$0] } ?? opened.fortnights.keys.sorted()
        let listed = numbers.flatMap { number in
            opened.fortnight(number).quotes
                .filter { quote in
                    (log == nil || quote.log == log) && (!featured || quote.featured)
                        && (concernID.map { quote.concerns.contains($0) } ?? true)
                }
                .map { ListedQuote($0, fortnight: number, in: opened) }
        }
        if json { return Console.json(try ListingJSON.text(listed)) }
        for quote in listed {
            let place = "\(quote.log) section \(quote.section) \(quote.start)-\(quote.end)"
            let concerns = quote.concerns.map(\.name).joined(separator: ", ")
            Console.say("\(quote.id)  \(place)\(quote.featured ? "  ★ featured" : "")  \(concerns)")
            Console.say("    “\(quote.text)”")
            if !quote.memo.isEmpty { Console.say("    memo: \(quote.memo)") }
        }
        if listed.isEmpty { Console.say("No quotes match") }
    }
}
