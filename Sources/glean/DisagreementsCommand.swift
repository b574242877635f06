import ArgumentParser
import GleanCore

/// `glean disagreements`: the concerns in logs where the facilitators who coded the log differ, open ones first.
struct DisagreementsCommand: FortnightOptionCommand {
    static let configuration = CommandConfiguration(
        commandName: "disagreements",
        abstract:
            "List the concerns in logs that some facilitators tagged and others did not, open ones first, then decided ones."
    )

    @OptionGroup var project: ProjectOption

    @Option(help: "Only this fortnight (default: every fortnight).")
    var fortnight: Int?

    @Flag(help: "Print JSON (documented in the README) instead of lines.")
    var json = false

    func run() throws {
        let store = try project.open()
        let names = store.facilitatorNames()
        let found = store.opened.disagreements(fortnight: fortnight)
        if json {
            Console.json(try DisagreementText.json(found, in: store.opened, naming: names.name(of:)))
        } else {
            Console.block(DisagreementText.render(found, in: store.opened, naming: names.name(of:)))
        }
    }
}
