import Foundation

/// A project directory opened for work: reads it, journals each edit durably, and folds the journal into the files.
///
/// The store does not hold the project: callers keep the `Project` value and pass it back to `fold`.
public final class ProjectStore {
    /// Where the project's files are.
    public let layout: ProjectLayout
    /// The project as it stood when opened, journal replayed.
    public let opened: Project
    /// Things worth telling the user about the files, e.g. an unsaved edit cut short by a crash.
    public let notices: [String]

    private var journal: Journal?
    private var journalValidLength: Int
    private var nextSequence: Int
    private var unfolded: SnapshotParts

    private init(layout: ProjectLayout, opened: Project, contents: Journal.Contents, notices: [String]) {
        self.layout = layout
        self.opened = opened
        self.notices = notices
        journalValidLength = contents.validLength
        nextSequence = (contents.entries.last?.sequence ?? 0) + 1
        unfolded = SnapshotParts()
        for entry in contents.entries {
            entry.changes.forEach { unfolded.insert($0) }
        }
    }

    /// Opens the project in `directory`, replaying any journal left by an earlier session. Writes nothing.
    public static func open(_ directory: URL) throws -> ProjectStore {
        let layout = ProjectLayout(root: directory)
        var project = try ProjectReader.readSnapshot(layout)
        let journalName = layout.display(layout.journal)
        let contents = try Journal.read(layout.journal, displayName: journalName)
        for entry in contents.entries {
            entry.changes.forEach { project.apply($0) }
        }
        var notices: [String] = []
        if contents.hasTornTail {
            notices.append("\(journalName): the last edit was cut short by a crash before it was saved; it is ignored")
        }
        return ProjectStore(layout: layout, opened: project, contents: contents, notices: notices)
    }

    /// Writes `project` as a new project in `directory`, which must not hold one already.
    public static func create(_ project: Project, in directory: URL) throws -> ProjectStore {
        let layout = ProjectLayout(root: directory)
        if FileManager.default.fileExists(atPath: layout.manifest.path) {
            throw ProjectError(file: layout.display(layout.manifest), problem: "a project already exists here")
        }
        try AtomicFile.makeFolder(layout.root)
        try ProjectWriter.writeAll(project, layout)
        return try open(directory)
    }

    /// Whether edits are journalled but not yet folded into the snapshot files.
    public var hasUnfoldedEdits: Bool { !unfolded.isEmpty }

    /// Makes `edit` durable: it is on disk when this returns.
    public func record(_ edit: Edit) throws {
        if journal == nil {
            journal = try Journal(url: layout.journal, validLength: journalValidLength)
        }
        try journal?.append(JournalEntry(sequence: nextSequence, summary: edit.summary, changes: edit.changes))
        nextSequence += 1
        edit.changes.forEach { unfolded.insert($0) }
    }

    /// Rewrites the snapshot files the journal touched from `project`, then empties the journal.
    ///
    /// Each file is replaced atomically; a crash part-way leaves the journal in place, and replaying it over the
    /// part-written snapshot gives the same project, because every change sets a value rather than adjusting one.
    public func fold(_ project: Project) throws {
        guard !unfolded.isEmpty else { return }
        try ProjectWriter.write(project, unfolded, layout)
        if journal == nil {
            journal = try Journal(url: layout.journal, validLength: journalValidLength)
        }
        try journal?.clear()
        journalValidLength = 0
        unfolded = SnapshotParts()
    }
}
