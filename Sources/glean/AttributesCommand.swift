import ArgumentParser
import GleanCore

/// `glean attributes`: lists the participant attributes, or renames one for every participant and in the attribution
/// setting, as one undoable edit.
struct AttributesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attributes",
        abstract: "List the participant attributes, or rename one (rename OLD NEW) for every participant as one edit.")

    /// What to do with the attributes.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case list, rename
    }

    @OptionGroup var project: ProjectOption

    @Argument(help: "list (the default) or rename.")
    var action: Action = .list

    @Argument(help: "For rename: the attribute's name now and its new name, e.g. \"Your role\" role.")
    var names: [String] = []

    func validate() throws {
        switch action {
        case .list where !names.isEmpty: throw ValidationError("list takes no names")
        case .rename where names.count != 2: throw ValidationError("rename takes two names: OLD NEW")
        default: break
        }
    }

    func run() throws {
        guard action == .rename else { return list(try project.open().opened) }
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        let edit = try reportingErrors { try store.opened.renamingAttribute(names[0], to: names[1]) }
        try reportingErrors { try store.record(edit) }
        let renamed = edit.changes.filter { if case .setAttributes = $0 { return true } else { return false } }.count
        Console.say("Saved: \(edit.summary) for \(renamed) participant\(renamed == 1 ? "" : "s")")
    }

    /// Prints each attribute with how many participants have it, marking those quotes are attributed by.
    private func list(_ project: Project) {
        guard !project.attributeNames.isEmpty else { return Console.say("Participants have no attributes") }
        for name in project.attributeNames {
            let holders = project.participants.filter { $0.attributes[name] != nil }.count
            let use =
                name == project.attribution.role
                ? " (attributes quotes by role)"
                : name == project.attribution.setting ? " (attributes quotes by care setting)" : ""
            Console.say("\(name): \(holders) of \(project.participants.count) participants\(use)")
        }
    }
}
