import ArgumentParser
import GleanCore

/// `glean summary-rule`: which concerns the fortnight summaries write up as key, shown or set (one undoable edit).
struct SummaryRuleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary-rule",
        abstract: "Show or set which concerns the summaries write up as key: the top N, or those raised by at least P%."
    )

    @OptionGroup var project: ProjectOption

    @Option(help: "Key concerns are the N raised by most participants (with any tied at the cut-off), 1 to 99.")
    var top: Int?

    @Option(
        name: .customLong("at-least"),
        help: "Key concerns are those raised by at least P% of the participants who wrote, 1 to 100.")
    var atLeast: Int?

    func validate() throws {
        try OptionRange.check(top, KeyConcernRule.topRange, option: "--top")
        try OptionRange.check(atLeast, KeyConcernRule.percentRange, option: "--at-least")
        guard top == nil || atLeast == nil else {
            throw ValidationError("give one of --top N and --at-least P, not both")
        }
    }

    func run() throws {
        guard let rule = top.map(KeyConcernRule.top) ?? atLeast.map({ KeyConcernRule.atLeast(percent: $0) }) else {
            let store = try project.open()
            return Console.say(
                "Key concerns: \(store.opened.keyConcernRule.label). \(store.opened.keyConcernRule.footnote)")
        }
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        guard store.opened.keyConcernRule != rule else {
            return Console.say("Key concerns are already \(rule.label): nothing to save")
        }
        let edit = Edit(summary: "Key concerns: \(rule.label)", changes: [.setKeyConcernRule(rule: rule)])
        try reportingErrors { try store.record(edit) }
        Console.say("Saved: \(edit.summary)")
    }
}
