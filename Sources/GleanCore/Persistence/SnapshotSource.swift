import Foundation

/// Where a reader finds each snapshot file: in place, or, while a committed transaction is not yet applied, staged
/// by it (see `TransactionRecord`). Nothing is followed through a link.
struct SnapshotSource {
    /// The project folder.
    let root: FolderDescriptor
    /// The committed transaction not yet applied, if any.
    let pending: TransactionRecord?
    private let fortnights: FolderDescriptor?

    /// The source of the snapshot in `root`, reading through `pending` when it is not yet applied.
    init(root: FolderDescriptor, pending: TransactionRecord?) throws {
        self.root = root
        self.pending = pending?.applied == false ? pending : nil
        fortnights = try root.subfolder("fortnights", create: false)
    }

    /// The fortnight numbers the snapshot has, sorted.
    func fortnightNumbers() throws -> [Int] {
        var numbers = Set(try ProjectLayout.fortnightNumbers(in: fortnights))
        numbers.formUnion(pending?.newFortnights ?? [])
        numbers.subtract(pending?.removedFortnights ?? [])
        return numbers.sorted()
    }

    /// The bytes of `file`, the path they were read from and the stamp of the file read; nil bytes when the file is
    /// missing.
    func read(_ file: SnapshotFile) throws -> (data: Data?, path: String, stamp: FileStamp?) {
        guard let folder = try folder(of: file) else { return (nil, root.path(of: file.relativePath), nil) }
        if let pending, pending.replacedFiles.contains(file),
            let staged = try folder.readStamped(pending.staged(file.name))
        {
            return (staged.data, folder.path(of: pending.staged(file.name)), staged.stamp)
        }
        let read = try folder.readStamped(file.name)
        return (read?.data, folder.path(of: file.name), read?.stamp)
    }

    /// The stamps of fortnight `number`'s two files as they are now, without reading them; nil while a transaction
    /// is pending (its staged files are what counts) or when a file is missing.
    func stamps(ofFortnight number: Int) -> (logs: FileStamp, coding: FileStamp)? {
        guard pending == nil else { return nil }
        return DigestCache.stamps(ofFortnight: number, in: fortnights)
    }

    /// The folder holding `file`: the staged folder of a new fortnight while it is still staged.
    private func folder(of file: SnapshotFile) throws -> FolderDescriptor? {
        guard let number = file.fortnight else { return root }
        guard let fortnights else { return nil }
        if let pending, pending.newFortnights.contains(number),
            let staged = try fortnights.subfolder(pending.stagedFolder(ofFortnight: number), create: false)
        {
            return staged
        }
        return try fortnights.subfolder(Project.threeDigits(number), create: false)
    }
}
