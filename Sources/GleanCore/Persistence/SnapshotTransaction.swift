import Foundation

/// Writes several snapshot files so that every reader, and every later editor, sees all of them or none (see
/// `TransactionRecord` for how). Used only while the project's lock is held.
final class SnapshotTransaction {
    private let root: FolderDescriptor
    private var record: TransactionRecord
    private var fortnights: FolderDescriptor?
    /// Whether each fortnight touched so far is new to the project (staged as a whole folder).
    private var isNewFortnight: [Int: Bool] = [:]
    /// The files staged in each new fortnight's folder.
    private var newFiles: [Int: Set<SnapshotFile>] = [:]

    /// Starts a transaction on the project at `layout`, whose last transaction must be applied (see `recover`).
    init(_ layout: ProjectLayout) throws {
        root = try layout.openRoot()
        let previous = try TransactionRecord.read(root)
        guard previous?.applied ?? true else {
            throw ProjectError(
                file: layout.display(layout.transaction),
                problem:
                    "the last write that spanned several files is not finished; open the project for editing to finish it"
            )
        }
        record = TransactionRecord(following: previous)
    }

    /// Stages `data` as the new contents of `file`; nothing is visible until `commit`.
    func put(_ data: Data, as file: SnapshotFile) throws {
        guard let number = file.fortnight else {
            try root.createFile(record.staged(file.name), data)
            record.manifest = true
            return
        }
        let target = try stagingFolder(ofFortnight: number)
        if try isNew(fortnight: number) {
            try target.createFile(file.name, data)
            newFiles[number, default: []].insert(file)
            return
        }
        try target.createFile(record.staged(file.name), data)
        if case .logs = file { record.logs.append(number) } else { record.codings.append(number) }
    }

    /// Whether fortnight `number` has no folder in the project yet, so that both its files must be put.
    func isNew(fortnight number: Int) throws -> Bool {
        if let known = isNewFortnight[number] { return known }
        let isNew = try fortnightsFolder().entry(Project.threeDigits(number)) == nil
        if isNew { record.newFortnights.append(number) }
        isNewFortnight[number] = isNew
        return isNew
    }

    /// Removes fortnight `number`'s folder, on commit.
    func removeFortnight(_ number: Int) {
        record.removedFortnights.append(number)
    }

    /// Makes every staged change visible at once: flushes the staged files' folders, writes the record (the commit
    /// point), then moves the files into place.
    func commit() throws {
        guard !record.isEmpty else { return }
        for number in record.newFortnights where newFiles[number] != Set(SnapshotFile.both(ofFortnight: number)) {
            throw ProjectError(
                file: root.path(of: "fortnights"), problem: "fortnight \(number) was staged without both its files")
        }
        for number in isNewFortnight.keys { try stagingFolder(ofFortnight: number).sync() }
        try fortnights?.sync()
        try root.sync()
        try record.write(in: root)
        try SnapshotTransaction.apply(record, in: root)
    }

    /// Finishes a transaction that was committed but not applied (a crash after its commit point), then removes staged
    /// and temporary files that no committed transaction names (a crash before it). Runs only under the project's lock.
    static func recover(_ layout: ProjectLayout) throws {
        let root = try layout.openRoot()
        if let record = try TransactionRecord.read(root), !record.applied {
            try apply(record, in: root)
        }
        try removeLeftovers(in: root)
        if let digests = try? root.folder(at: DigestCache.folder) { try? removeLeftovers(in: digests) }
        guard let fortnights = try root.subfolder("fortnights", create: false) else { return }
        try removeLeftovers(in: fortnights)
        for number in try ProjectLayout.fortnightNumbers(in: fortnights) {
            if let folder = try fortnights.subfolder(Project.threeDigits(number), create: false) {
                try removeLeftovers(in: folder)
            }
        }
    }

    /// Moves every file of the committed `record` into place (skipping those already moved), removes its removed
    /// fortnights, flushes, and marks the record applied.
    private static func apply(_ record: TransactionRecord, in root: FolderDescriptor) throws {
        var touched = [root]
        for file in record.replacedFiles {
            guard let folder = try root.folder(at: file.folder) else {
                throw ProjectError(file: root.path(of: file.folder), problem: "the folder is missing")
            }
            try place(record.staged(file.name), as: file.name, in: folder)
            touched.append(folder)
        }
        if let fortnights = try root.subfolder("fortnights", create: !record.newFortnights.isEmpty) {
            for number in record.newFortnights {
                let staged = record.stagedFolder(ofFortnight: number)
                guard try fortnights.entry(staged) != nil else { continue }
                guard try fortnights.entry(Project.threeDigits(number)) == nil else {
                    throw ProjectError(
                        file: fortnights.path(of: Project.threeDigits(number)),
                        problem: "is in the way of the new fortnight staged as \(staged)")
                }
                try fortnights.rename(staged, to: Project.threeDigits(number))
            }
            for number in record.removedFortnights {
                try fortnights.removeTree(Project.threeDigits(number))
            }
            touched.append(fortnights)
        }
        for folder in touched { try folder.sync() }
        var done = record
        done.applied = true
        try done.write(in: root)
    }

    /// Renames the staged file `staged` over `name`, unless it was moved already; only a regular file is replaced.
    private static func place(_ staged: String, as name: String, in folder: FolderDescriptor) throws {
        guard let entry = try folder.entry(staged) else { return }
        guard entry.kind == .regularFile else { throw try folder.refusal(staged, expected: .regularFile) }
        if let existing = try folder.entry(name), existing.kind != .regularFile {
            throw try folder.refusal(name, expected: .regularFile)
        }
        try folder.rename(staged, to: name)
    }

    /// Removes the hidden staged and temporary entries in `folder`.
    private static func removeLeftovers(in folder: FolderDescriptor) throws {
        for name in try folder.names()
        where name.hasPrefix(".")
            && (name.hasSuffix(TransactionRecord.stagedSuffix) || name.hasSuffix(FolderDescriptor.temporarySuffix))
        {
            try folder.removeTree(name)
        }
    }

    /// The folder fortnight `number`'s files are staged in: its own, or, when it has none yet, a new hidden one.
    private func stagingFolder(ofFortnight number: Int) throws -> FolderDescriptor {
        let name = try isNew(fortnight: number) ? record.stagedFolder(ofFortnight: number) : Project.threeDigits(number)
        let fortnights = try fortnightsFolder()
        guard let folder = try fortnights.subfolder(name, create: true) else {
            throw ProjectError(file: fortnights.path(of: name), problem: "cannot create the folder")
        }
        return folder
    }

    /// The project's `fortnights` folder, made when missing.
    private func fortnightsFolder() throws -> FolderDescriptor {
        if let fortnights { return fortnights }
        guard let made = try root.subfolder("fortnights", create: true) else {
            throw ProjectError(file: root.path(of: "fortnights"), problem: "cannot create the folder")
        }
        fortnights = made
        return made
    }
}
