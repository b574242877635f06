import Foundation

/// A project directory opened for reading or for work: reads it, journals each edit durably, folds the journal into
/// the files, and keeps backups.
///
/// The store does not hold the project: callers keep the `Project` value and pass it back to `fold`.
public final class ProjectStore {
    /// How a project is opened.
    public enum Access: Sendable {
        /// Nothing is written; works while another Glean edits the project.
        case readOnly
        /// Takes the project's lock; edits, folds, upgrades and restores are allowed.
        case editing
    }

    /// Where the project's files are.
    public let layout: ProjectLayout
    /// The project as it stood when opened, journal replayed and upgraded to the current schema.
    public let opened: Project
    /// Things worth telling the user about the files, e.g. an unsaved edit cut short by a crash.
    public let notices: [String]
    /// How the project was opened.
    public let access: Access

    private let lock: ProjectLock?
    private let journalLines: JournalLines
    private var journal: Journal?
    private var journalValidLength: Int
    private var nextSequence: Int
    private var unfolded: SnapshotParts
    private var team: TeamLog?
    /// In a team project, the project as it was when the team began (`team/base/`, never changed after team init).
    private var teamBase: Project?
    /// In a team project, what the fold of everyone's edits decided by rule and the team should look at.
    public private(set) var reviews: [TeamReview] = []
    /// In a team project, the facilitators' names by id, as the team files gave them on opening.
    public private(set) var teamNames: [String: String] = [:]
    /// In a team project, how many edits each facilitator had made, by id, on opening.
    public private(set) var teamEditCounts: [String: Int] = [:]
    /// In a team project, who made each shared edit, as read on opening; nil in a project with no team.
    public private(set) var teamHistory: TeamHistory?
    /// In a team project opened for editing, the facilitator whose edits this store records.
    public var facilitator: Facilitator? { team?.facilitator }
    /// Whether the project is a team project (it has `team/base/`).
    public var isTeam: Bool { teamBase != nil }

    private init(
        layout: ProjectLayout, opened: Project, access: Access, lock: ProjectLock?, contents: Journal.Contents,
        notices: [String]
    ) {
        self.layout = layout
        self.opened = opened
        self.access = access
        self.lock = lock
        self.notices = notices
        journalLines = JournalLines(contents)
        journalValidLength = contents.validLength
        nextSequence = (contents.entries.last?.sequence ?? 0) + 1
        unfolded = SnapshotParts()
        for entry in contents.entries {
            entry.changes.forEach { unfolded.insert($0) }
        }
    }

    /// Opens the project in `directory`, replaying any journal left by an earlier session.
    ///
    /// `reading` chooses the fortnights read in full (with those the journal changes); the others stand as digests in
    /// `Project.unread` until `readFortnights` brings them in. A team project is always read whole (it is the fold of
    /// everyone's edits). Opened for editing, digests made while reading are recorded in the cache.
    ///
    /// Read-only access writes nothing; a write spanning several files that was committed but not finished is read as
    /// finished. Editing access takes the project's lock, finishes such a write, upgrades files from an earlier schema
    /// version on disk (keeping a backup of the old ones), and refuses a journal holding lines `ProjectChecker` finds
    /// fault with, so they are never folded into the files.
    public static func open(
        _ directory: URL, access: Access = .readOnly, reading selection: FortnightSelection = .all
    ) throws -> ProjectStore {
        let layout = ProjectLayout(root: directory)
        var notices: [String] = []
        var lock: ProjectLock?
        if access == .editing {
            let acquired = try ProjectLock.acquire(layout)
            lock = acquired.lock
            if let previous = acquired.takenOver {
                notices.append("took over the lock left by Glean \(previous.description), which is no longer running")
            }
            try SnapshotTransaction.recover(layout)
        }
        let files = TeamFiles(layout)
        if files.isTeam, (try layout.openRoot().entry(layout.manifest.lastPathComponent)) == nil {
            return try openTeam(files, read: nil, access: access, lock: lock, notices: notices)
        }
        let read = try ProjectLoading.read(
            layout, consistentWithWriters: access == .readOnly, reading: files.isTeam ? .all : selection)
        if access == .editing {
            try refuseFaultyJournal(read, layout)
            if let root = try? layout.openRoot() {
                read.madeDigests.forEach { DigestCache.store($0.digest, stamps: $0.stamps, in: root) }
            }
        }
        if read.hasPendingTransaction {
            notices.append(
                "a write that spans several files (an import, a fold or a restore) was cut short after it was committed; it is shown complete, and will be finished when the project is next opened for editing"
            )
        }
        if read.journal.hasTornTail {
            notices.append(
                "\(layout.display(layout.journal)): the last edit was cut short by a crash before it was saved; it is ignored (and kept in journal.jsonl.torn)"
            )
        }
        if access == .readOnly, read.schemaVersion < Project.currentSchemaVersion {
            notices.append(
                "the files are of schema version \(read.schemaVersion); they will be upgraded to \(Project.currentSchemaVersion), with a backup, when the project is next opened for editing"
            )
        }
        if files.isTeam {
            return try openTeam(files, read: read, access: access, lock: lock, notices: notices)
        }
        let store = ProjectStore(
            layout: layout, opened: read.project, access: access, lock: lock, contents: read.journal, notices: notices)
        if access == .editing, read.lacksAliases, read.schemaVersion == Project.currentSchemaVersion {
            try ProjectWriter.write(read.project, SnapshotParts(manifest: true), layout)
        }
        if access == .editing, read.schemaVersion < Project.currentSchemaVersion {
            let backup = try store.upgradeFiles(from: read.schemaVersion)
            return try ProjectStore(
                layout: layout, opened: read.project, access: access, lock: lock,
                contents: Journal.read(in: layout.openRoot()),
                notices: notices + [
                    "upgraded the project from schema version \(read.schemaVersion) to \(Project.currentSchemaVersion); "
                        + "the old files are kept in backups/\(backup)"
                ])
        }
        return store
    }

    /// Writes `project` as a new project in `directory`, which must not hold one already, and opens it for editing.
    /// All or nothing: when anything fails, what creating added is removed again (`NewProjectFolder`).
    ///
    /// Only `glean.json` is read back, to refuse a project whose files could not be read again (e.g. a start outside
    /// the years Glean reads). The fortnights are not: the store opens on `project` itself (with the aliases it was
    /// written with), which is what reading them would give, as a new project has no journal, no pending write and no
    /// team and is written at the current schema version, and the only value a fortnight's files can be refused for,
    /// a log's date, is checked in memory; when one would be refused, the project is read back in full so the
    /// refusal is the reader's.
    public static func create(_ project: Project, in directory: URL) throws -> ProjectStore {
        let folder = NewProjectFolder(directory)
        do {
            let layout = ProjectLayout(root: directory)
            try FileManager.default.createDirectory(
                at: layout.root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FolderDescriptor.opening(layout.root.deletingLastPathComponent()).sync()
            if try layout.openRoot().entry(layout.manifest.lastPathComponent) != nil {
                throw ProjectError(file: layout.display(layout.manifest), problem: "a project already exists here")
            }
            var project = project
            project.assignMissingAliases()
            try ProjectWriter.writeAll(project, layout)
            _ = try ProjectReader.readManifest(SnapshotSource(root: layout.openRoot(), pending: nil))
            let datesReadBack = project.fortnights.values.allSatisfy {
                $0.logs.allSatisfy { Day(iso: $0.date.iso) != nil }
            }
            guard datesReadBack else { return try open(directory, access: .editing) }
            let lock = try ProjectLock.acquire(layout).lock
            return ProjectStore(
                layout: layout, opened: project, access: .editing, lock: lock,
                contents: try Journal.read(in: layout.openRoot()), notices: [])
        } catch {
            folder.undo()
            throw error
        }
    }

    /// What reads, on any thread, the fortnights the project was opened without (`Project.unread`).
    public var unreadFortnights: UnreadFortnightReader {
        UnreadFortnightReader(layout: layout, opened: opened, recordsDigests: access == .editing)
    }

    /// Gives up the project's lock; the store must not be used to write afterwards.
    public func close() {
        lock?.release()
        journal = nil
    }

    /// Whether edits are journalled but not yet folded into the snapshot files.
    var hasUnfoldedEdits: Bool { !unfolded.isEmpty }

    /// Every problem `ProjectChecker` finds in the project as opened; those a journal line brought in name that line.
    public var problems: [ProjectError] {
        ProjectChecker.problems(in: opened, journal: journalLines)
    }

    /// Makes `edit` durable: it is on disk when this returns.
    public func record(_ edit: Edit) throws {
        try requireEditing()
        if journal == nil {
            journal = try Journal(in: layout.openRoot(), validLength: journalValidLength)
        }
        try team?.record(edit)
        try journal?.append(JournalEntry(sequence: nextSequence, summary: edit.summary, changes: edit.changes))
        nextSequence += 1
        edit.changes.forEach { unfolded.insert($0) }
    }

    /// Rewrites the snapshot files from `project` and empties the journal, keeping the old files as a backup.
    /// Returns the backup's name, or nil when there was nothing to fold.
    ///
    /// Each file is replaced atomically; a crash part-way leaves the journal in place, and replaying it over the
    /// part-written snapshot gives the same project, because every change sets a value rather than adjusting one.
    @discardableResult
    public func fold(_ project: Project) throws -> String? {
        try requireEditing()
        guard !unfolded.isEmpty else { return nil }
        let backup = try makeBackup(reason: "before folding the journal")
        try ProjectWriter.write(project, unfolded, layout)
        try clearJournal()
        return backup
    }

    /// Puts backup `name` back in place of the project's files, after backing the current ones up, and returns the
    /// restored project. Edits not yet folded are folded first from `project`, so the backup made first holds them.
    /// Refused in a team project, whose files are rebuilt from the shared edits on every opening.
    public func restore(_ name: String, current project: Project) throws -> Project {
        try requireEditing()
        guard !isTeam else {
            throw ProjectError(
                file: layout.display(layout.backupsFolder),
                problem:
                    "a team project is rebuilt from every facilitator's shared edits each time it opens, so a backup put back here would be replaced at once; undo an edit with u in the interface, or see who changed what with glean team history"
            )
        }
        guard let backup = Backups.list(layout).first(where: { $0.name == name }) else {
            let known = Backups.list(layout).map(\.name).joined(separator: ", ")
            throw ProjectError(
                file: layout.display(layout.backupsFolder),
                problem: "there is no backup \"\(name)\"\(known.isEmpty ? "" : "; the backups are \(known)")")
        }
        if !unfolded.isEmpty {
            try ProjectWriter.write(project, unfolded, layout)
        }
        try makeBackup(reason: "before restoring \(name)", keeping: [name])
        try BackupRestorer.restore(backup, into: layout)
        try clearJournal()
        return try ProjectLoading.read(layout, consistentWithWriters: false).project
    }

    /// Adds `participants` (new ones only) and `logs` to `project` on disk, then applies `coding` (concerns and
    /// quotes that come with the logs, as a REFI-QDA merge brings them), and returns the project with them, after
    /// folding any journalled edits and keeping a backup.
    ///
    /// Every file the import changes is written in one `SnapshotTransaction`, so a reader, or a Glean opening the
    /// project after a crash, sees all of the import or none of it.
    public func importLogs(
        participants: [Participant], logs: [Log], coding: Edit? = nil, into project: Project
    ) throws -> (project: Project, addition: Project.LogAddition) {
        try requireEditing()
        if !unfolded.isEmpty { try fold(project) }
        var updated = project
        updated.addParticipants(participants)
        let addition = updated.addLogs(logs)
        var parts = SnapshotParts(manifest: true, logs: Set(addition.added.keys))
        if let coding {
            updated.apply(coding)
            coding.changes.forEach { parts.insert($0) }
        }
        guard addition.count > 0 || updated.participants != project.participants || !(coding?.changes.isEmpty ?? true)
        else { return (updated, addition) }
        try makeBackup(reason: "before importing \(addition.count) logs")
        if let team {
            let newcomers = updated.participants.filter { participant in
                !project.participants.contains { $0.code == participant.code }
            }
            let added = TeamImport(
                participants: newcomers, logs: addition.added.keys.sorted().flatMap { addition.added[$0] ?? [] })
            try team.record(coding ?? Edit(summary: "Imported \(addition.count) logs", changes: []), imported: added)
        }
        try ProjectWriter.write(updated, parts, layout)
        return (updated, addition)
    }

    /// Opens a team project: the project is every facilitator's edits folded over the base, the same on every machine.
    /// Opened for editing, the local files are rewritten from the fold when they differ from it (after a sync brought
    /// others' edits, or a crash left the journal behind the facilitator's own file), and edits are recorded in the
    /// facilitator's own file as well as the journal.
    private static func openTeam(
        _ files: TeamFiles, read: ProjectLoading.Result?, access: Access, lock: ProjectLock?, notices: [String]
    ) throws -> ProjectStore {
        let layout = files.layout
        let facilitator =
            access == .editing ? try FacilitatorIdentity.current(environment: ProcessInfo.processInfo.environment) : nil
        let contents = try files.read(own: facilitator?.id)
        let folded = contents.folded()
        let empty = Journal.Contents(entries: [], lineNumbers: [], validLength: 0, hasTornTail: false)
        var journalContents = read?.journal ?? empty
        if access == .editing, folded.project != read?.project || !journalContents.entries.isEmpty {
            try ProjectWriter.writeAll(folded.project, layout)
            try Journal(in: layout.openRoot(), validLength: journalContents.validLength).clear()
            journalContents = empty
        }
        let store = ProjectStore(
            layout: layout, opened: folded.project, access: access, lock: lock, contents: journalContents,
            notices: notices)
        store.teamBase = contents.base
        store.adopt(contents, folded, as: facilitator)
        return store
    }

    /// In a team project opened for editing, after a sync: reads everyone's edits again (the base project is kept from
    /// opening), folds them, rewrites the local files when the fold differs from the project as this store has it,
    /// and returns the fold. Edits recorded up to the call are in the facilitator's own file, so they are in the fold;
    /// edits recorded afterwards build on it.
    public func refold() throws -> TeamFold.Result {
        try requireEditing()
        guard let base = teamBase, let team else {
            throw ProjectError(file: layout.display(layout.root), problem: "the project is not a team project")
        }
        let contents = TeamContents(base: base, edits: try TeamFiles(layout).readEdits(own: team.facilitator.id))
        let folded = contents.folded()
        if folded.project != team.current {
            try ProjectWriter.writeAll(folded.project, layout)
            try clearJournal()
        }
        adopt(contents, folded, as: team.facilitator)
        return folded
    }

    /// Takes the team's files as read in `contents`, folded as `folded`, as what edits build on from now.
    private func adopt(_ contents: TeamContents, _ folded: TeamFold.Result, as facilitator: Facilitator?) {
        reviews = folded.reviews
        teamNames = contents.names
        teamEditCounts = contents.counts
        teamHistory = TeamHistory(ops: contents.ops.values.flatMap { $0 })
        if let facilitator {
            team = TeamLog(facilitator, files: TeamFiles(layout), contents: contents, folded: folded.project)
        }
    }

    private func upgradeFiles(from version: Int) throws -> String {
        let backup = try makeBackup(reason: "before upgrading from schema version \(version)")
        try ProjectWriter.write(opened, SnapshotParts(manifest: true, codings: Set(opened.fortnights.keys)), layout)
        try clearJournal()
        return backup
    }

    /// Throws the first problem a journal line brought into the project `read`, naming the line, so that opening
    /// for editing never folds such lines into the files.
    private static func refuseFaultyJournal(_ read: ProjectLoading.Result, _ layout: ProjectLayout) throws {
        guard !read.journal.entries.isEmpty else { return }
        let faults = ProjectChecker.problems(in: read.project, journal: JournalLines(read.journal))
            .filter { $0.file == ProjectChecker.journalFile }
        guard let first = faults.first else { return }
        let more =
            faults.count > 1 ? " (and \(faults.count - 1) more problems in the journal; glean check lists them)" : ""
        throw ProjectError(
            file: layout.display(layout.journal), line: first.line,
            problem: first.problem + more + "; nothing was changed: correct or remove the line")
    }

    /// Backs the project's files up (`Backups.make`), then gives the digests the stamps the backup's hard links left
    /// their files with (`DigestCache.restamp`), so a backup does not make the next opening read every fortnight.
    @discardableResult
    private func makeBackup(reason: String, keeping kept: Set<String> = []) throws -> String {
        let backup = try Backups.make(layout, reason: reason, keeping: kept)
        DigestCache.restamp(in: layout)
        return backup
    }

    private func clearJournal() throws {
        if journal == nil {
            journal = try Journal(in: layout.openRoot(), validLength: journalValidLength)
        }
        try journal?.clear()
        journalValidLength = 0
        unfolded = SnapshotParts()
    }

    private func requireEditing() throws {
        guard access == .editing else {
            throw ProjectError(file: layout.display(layout.root), problem: "the project was opened read-only")
        }
    }
}
