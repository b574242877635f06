import ArgumentParser
import GleanCore

/// What `glean check` finds wrong with a project, one line each: files Glean refuses or others could change, then
/// (when the files can be read) the inconsistencies `ProjectChecker` finds, those from the journal at their line.
/// `glean compact` refuses to fold while there is any.
struct ProjectProblems {
    /// The project opened read-only, unless its files could not be read.
    let store: ProjectStore?
    /// The problems, each a line naming a full path.
    let lines: [String]

    /// Checks the project `option` names, writing nothing; fails (after saying why) when it cannot be opened at all.
    init(_ option: ProjectOption) throws {
        let files = try reportingErrors { try ProjectFileAudit.problems(ProjectLayout(root: option.url)) }
        guard files.isEmpty else {
            store = nil
            lines = files.map(\.description)
            return
        }
        let store = try option.open()
        self.store = store
        lines = store.problems.map { "\(store.layout.root.path)/\($0.description)" }
    }

    /// Prints every problem and a count to standard error, and fails, when there is any.
    func failIfAny() throws {
        guard !lines.isEmpty else { return }
        lines.forEach { printError($0) }
        printError("\(lines.count) problem(s) found")
        throw ExitCode.failure
    }
}
