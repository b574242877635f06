import ArgumentParser
import Foundation
import GleanCore

/// `glean autocode`: tags every sentence matching a pattern with a concern, as one edit.
struct AutocodeCommand: FortnightOptionCommand {
    static let configuration = CommandConfiguration(
        commandName: "autocode",
        abstract:
            "Tag every sentence matching a regular expression with a concern, as one edit (one undo in the interface).")

    @OptionGroup var project: ProjectOption

    @Option(
        help:
            "A regular expression (ICU's dialect, as in NSRegularExpression), matched ignoring case, e.g. \"exhaust|burn.?out\"; one that backtracks past its budget is stopped and nothing is tagged."
    )
    var pattern: String

    @Option(help: "The concern's id.")
    var concern: String

    @Option(help: "Only this fortnight (default: every fortnight).")
    var fortnight: Int?

    @Flag(help: "Say how many sentences would be tagged and show the first few, and write nothing.")
    var dryRun = false

    func run() throws {
        let coder = try currentFacilitator().id
        let store = try project.open(dryRun ? .readOnly : .editing)
        store.notices.forEach { printError($0) }
        let plan = try reportingErrors {
            try AutoCoding.plan(
                store.opened, pattern: pattern, concern: concern, fortnight: fortnight,
                newID: { UUID().uuidString.lowercased() }, coder: coder,
                created: ISO8601DateFormatter().string(from: Date()))
        }
        guard let plan else {
            return Console.say(
                "\(dryRun ? "Would tag" : "Tagged") 0 sentences: no untagged sentence matches \"\(pattern)\"")
        }
        let counts =
            "\(plan.sentences) sentence\(plan.sentences == 1 ? "" : "s") in \(plan.logs) log\(plan.logs == 1 ? "" : "s")"
        if !dryRun { try reportingErrors { try store.record(plan.edit) } }
        Console.say("\(dryRun ? "Would tag" : "Tagged") \(counts) with \(plan.concernName)")
        for sample in plan.samples {
            Console.say("  \(sample.log) (\(sample.participant)): \(Self.marked(sample))")
        }
        let more = plan.sentences - plan.samples.count
        if more > 0 { Console.say("  …and \(more) more") }
    }

    /// The sentence with its match in [brackets], so it shows without colour.
    private static func marked(_ sample: AutocodeSample) -> String {
        let scalars = Array(sample.sentence.unicodeScalars)
        let match = sample.match.clamped(to: 0..<scalars.count)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        return text(0..<match.lowerBound) + "[" + text(match) + "]" + text(match.upperBound..<scalars.count)
    }
}
