import ArgumentParser
import GleanCore

/// `glean logs`: the logs with their ids, how far their coding has got, and (with `--sentences`) their sentences
/// numbered as `glean tag --sentence` counts them.
struct LogsCommand: FortnightOptionCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "List logs with their ids, participant, date, fortnight, done mark and quotes.",
        discussion: """
            With --sentences each section is listed with its sentences numbered from 1, as \
            `glean tag --log ID --section N --sentence N` counts them (the JSON always has them).
            """)

    /// Which logs to list by how far their coding has got.
    enum Progress: String, EnumerableFlag {
        case todo, done

        static func help(for value: Progress) -> ArgumentHelp? {
            value == .todo ? "Only logs not marked done." : "Only logs marked done."
        }
    }

    @OptionGroup var project: ProjectOption

    @Option(help: "Only the logs of this fortnight.")
    var fortnight: Int?

    @Option(help: "Only the logs of the participant with this code.")
    var participant: String?

    @Flag var progress: Progress?

    @Flag(help: "List each section's sentences, numbered from 1.")
    var sentences = false

    @Flag(help: "Print JSON (every log with its sections and sentences) instead of lines.")
    var json = false

    func run() throws {
        let opened = try project.open().opened
        if let participant, opened.participant(code: participant) == nil {
            printError("--participant: there is no participant \"\(participant)\"")
            throw ExitCode.failure
        }
        let numbers = fortnight.map { [$0] } ?? opened.fortnights.keys.sorted()
        let listed = numbers.flatMap { number in
            opened.fortnight(number).logs
                .filter { participant == nil || $0.participant == participant }
                .map { ListedLog($0, fortnight: number, in: opened) }
                .filter { progress == nil || $0.done == (progress == .done) }
        }
        if json { return Console.json(try ListingJSON.text(listed)) }
        for log in listed {
            let quotes = log.quotes == 1 ? "1 quote" : "\(log.quotes) quotes"
            Console.say(
                "\(log.id)  \(log.participant)  \(log.date)  fortnight \(log.fortnight)  \(log.progress)  \(quotes)")
            guard sentences else { continue }
            for section in log.sections {
                Console.say("  section \(section.index): \(section.prompt)")
                for sentence in section.sentences {
                    Console.say("    \(sentence.number). \(sentence.text)")
                }
            }
        }
        if listed.isEmpty { Console.say("No logs match") }
    }
}
