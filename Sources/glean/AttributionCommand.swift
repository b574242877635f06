import ArgumentParser
import GleanCore

/// `glean attribution`: shows or chooses which participant attributes attribute a featured quote in a summary.
struct AttributionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribution",
        abstract: "Show or choose the participant attributes that attribute a featured quote (role, care setting).",
        discussion: """
            A featured quote is attributed by its writer's role and care setting, e.g. "a GP partner in primary \
            care", never by name or code. Name the attributes that hold them with --role and --setting (an empty \
            value, --role "", attributes by no role); the change is one undoable edit.
            """)

    @OptionGroup var project: ProjectOption

    @Option(help: "The attribute holding each writer's role, e.g. \"Your role\" (\"\" for none).")
    var role: String?

    @Option(help: "The attribute holding each writer's care setting, e.g. \"Care setting\" (\"\" for none).")
    var setting: String?

    @Flag(help: "Show the setting and how each attribute's values read (the default without --role or --setting).")
    var show = false

    func run() throws {
        guard role != nil || setting != nil else { return try describe(try project.open().opened) }
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        var opened = store.opened
        let chosen = Attribution(
            role: role.map { $0.isEmpty ? nil : $0 } ?? opened.attribution.role,
            setting: setting.map { $0.isEmpty ? nil : $0 } ?? opened.attribution.setting)
        if let edit = try reportingErrors({ try opened.choosingAttribution(chosen) }) {
            try reportingErrors { try store.record(edit) }
            opened.apply(edit)
            Console.say("Saved: \(edit.summary)")
        } else {
            Console.say("Already attributed by \(chosen.description): nothing to save")
        }
        if show { try describe(opened) }
    }

    /// Prints the setting, the project's attributes, and an example attribution.
    private func describe(_ project: Project) throws {
        let attribution = project.attribution
        Console.say("Featured quotes are attributed by \(attribution.description)")
        for name in attribution.attributeNames where !project.attributeNames.contains(name) {
            Console.say("No participant has the attribute \"\(name)\"")
        }
        let names = project.attributeNames
        Console.say(
            names.isEmpty
                ? "Participants have no attributes" : "Attributes: " + names.map { "\"\($0)\"" }.joined(separator: ", ")
        )
        if let example = project.participants.first(where: attribution.describes) {
            Console.say("For example: \(attribution.text(for: example))")
        }
        let undescribed = project.participants.filter { !attribution.describes($0) }.count
        if undescribed > 0 {
            Console.say(
                "\(undescribed) of \(project.participants.count) participants would be attributed as \"\(Attribution.anonymous)\""
            )
        }
    }
}
