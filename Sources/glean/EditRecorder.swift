import GleanCore

/// Opens a project for editing, makes one edit and records it in the journal: the steps of the small editing
/// commands.
enum EditRecorder {
    /// Opens `project` for editing, records what `makeEdit` returns and prints "Saved: …", or prints `unchanged()`
    /// when it returns nil; an error names the problem and fails the command, writing nothing.
    static func record(
        _ project: ProjectOption, _ makeEdit: (Project) throws -> Edit?, unchanged: () -> String
    ) throws {
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        guard let edit = try reportingErrors({ try makeEdit(store.opened) }) else {
            return Console.say(unchanged())
        }
        try reportingErrors { try store.record(edit) }
        Console.say("Saved: \(edit.summary)")
    }
}
