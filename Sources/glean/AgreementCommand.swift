import ArgumentParser
import Foundation
import GleanCore

/// `glean agreement`: how far facilitators agree, per concern, as a table or JSON.
struct AgreementCommand: FortnightOptionCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract:
            "Measure agreement between facilitators per concern: percentage agreement, Cohen's kappa, Krippendorff's alpha."
    )

    @OptionGroup var project: ProjectOption

    @Option(help: "Only this fortnight's logs (default: every fortnight).")
    var fortnight: Int?

    @Option(help: "Only this concern, by id, name or number key (default: every concern).")
    var concern: String?

    @Option(
        help:
            "The facilitators to compare, comma-separated, as their quotes record them (default: everyone who tagged).")
    var facilitators: String?

    @Option(help: "presence (did the log raise the concern) or character (which characters were tagged).")
    var unit: AgreementUnit = .presence

    @Flag(help: "Print JSON (documented in the README) instead of a table.")
    var json = false

    func run() throws {
        let store = try project.open()
        let names = store.facilitatorNames()
        let opened = store.opened.withCoders(named: names.name(of:))
        let named = facilitators.map {
            $0.split(separator: ",").map { names.name(of: $0.trimmingCharacters(in: .whitespaces)) }.filter {
                !$0.isEmpty
            }
        }
        let scope = try reportingErrors {
            try AgreementScope(project: opened, fortnight: fortnight, concern: concern, facilitators: named)
        }
        let report = AgreementReport(scope: scope, unit: unit)
        if json {
            Console.json(try report.json())
        } else {
            Console.block(AgreementText.render(report))
        }
    }
}

extension AgreementUnit: ExpressibleByArgument {}
