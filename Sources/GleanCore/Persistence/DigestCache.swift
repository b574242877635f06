import Foundation

/// The fortnights' digests, kept in `cache/digests/003.json` so that counting a programme, or opening it, need not
/// read every fortnight's text.
///
/// A cache and nothing more: derived from the snapshot files, never committed (a team's `.gitignore` leaves out all but
/// `team/`), never the only copy of anything. Each record names the exact files it was made from by their `FileStamp`;
/// a record whose stamps do not match the files now, or that cannot be read for any reason, is ignored and made again
/// from the files. Writing is best effort and never fails an edit: a record lost to a crash is made again later.
enum DigestCache {
    /// The folder of records, relative to the project.
    static let folder = "cache/digests"
    /// The record format; a record of another version is made again.
    static let version = 1
    /// A record larger than this is not read (a fortnight's digest is tens of kilobytes at 1,000 writers).
    static let largestRecord = 4 << 20

    /// One record: the digest and the stamps of the two files it was made from.
    struct Record: Codable, Equatable {
        var version: Int
        var logs: FileStamp
        var coding: FileStamp
        var digest: FortnightDigest
    }

    /// The stamps of fortnight `number`'s two files as they are now; nil when either is missing or not a regular file.
    static func stamps(ofFortnight number: Int, in fortnights: FolderDescriptor?) -> (
        logs: FileStamp, coding: FileStamp
    )? {
        guard let folder = try? fortnights?.subfolder(Project.threeDigits(number), create: false),
            let logs = try? folder.entry(SnapshotFile.logs(number).name), logs.kind == .regularFile,
            let coding = try? folder.entry(SnapshotFile.coding(number).name), coding.kind == .regularFile
        else { return nil }
        return (logs.stamp, coding.stamp)
    }

    /// The digest of fortnight `number` when its record was made from exactly the files stamped `stamps`.
    static func trusted(_ number: Int, stamps: (logs: FileStamp, coding: FileStamp), in root: FolderDescriptor)
        -> FortnightDigest?
    {
        guard let record = record(number, in: root), record.logs == stamps.logs, record.coding == stamps.coding else {
            return nil
        }
        return record.digest
    }

    /// Records `digest`, made from the files stamped `stamps`; gives up quietly when it cannot.
    static func store(
        _ digest: FortnightDigest, stamps: (logs: FileStamp, coding: FileStamp), in root: FolderDescriptor
    ) {
        let record = Record(version: version, logs: stamps.logs, coding: stamps.coding, digest: digest)
        guard let records = try? root.folder(at: folder, create: true), let data = try? JSONEncoder().encode(record)
        else { return }
        let name = fileName(digest.number)
        guard let temporary = try? records.createTemporaryFile(beside: name, data, flushing: false) else { return }
        let existing = (try? records.entry(name)).flatMap { $0 }
        guard existing == nil || existing?.kind == .regularFile, (try? records.rename(temporary, to: name)) != nil
        else {
            try? records.remove(temporary)
            return
        }
    }

    /// Makes and records the digests of the fortnights just written, as `project` holds them: those whose two files
    /// were both written (`bothWritten`), and those whose `logs.json` was left as it was and still has the stamp their
    /// record vouched for, so a `logs.json` changed by someone else meanwhile is never vouched for from memory.
    static func store(
        _ numbers: some Sequence<Int>, bothWritten: Set<Int>, of project: Project, in layout: ProjectLayout
    ) {
        guard let root = try? layout.openRoot() else { return }
        let fortnights = try? root.subfolder("fortnights", create: false)
        for number in numbers {
            guard let stamps = stamps(ofFortnight: number, in: fortnights) else { continue }
            guard bothWritten.contains(number) || record(number, in: root)?.logs == stamps.logs else { continue }
            store(project.fortnight(number).digest, stamps: stamps, in: root)
        }
    }

    /// After a backup hard-linked every snapshot file (which changes each file's entry-change time but not its
    /// contents), gives each record whose files are otherwise exactly as stamped the files' new stamps, so the next
    /// opening still trusts it. Runs under the project's lock, right after the backup.
    static func restamp(in layout: ProjectLayout) {
        guard let root = try? layout.openRoot(), let records = try? root.folder(at: folder),
            let names = try? records.names()
        else { return }
        let fortnights = try? root.subfolder("fortnights", create: false)
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            guard let number = Int(name.dropLast(5)), let record = record(number, in: root),
                let now = stamps(ofFortnight: number, in: fortnights),
                record.logs != now.logs || record.coding != now.coding,
                record.logs.isSameContent(as: now.logs), record.coding.isSameContent(as: now.coding)
            else { continue }
            store(record.digest, stamps: now, in: root)
        }
    }

    /// The record of fortnight `number`, when one can be read.
    private static func record(_ number: Int, in root: FolderDescriptor) -> Record? {
        let name = fileName(number)
        guard let records = try? root.folder(at: folder),
            let entry = try? records.entry(name), entry.kind == .regularFile, entry.stamp.size <= largestRecord,
            let data = try? records.read(name),
            let record = try? JSONDecoder().decode(Record.self, from: data),
            record.version == version, record.digest.number == number
        else { return nil }
        return record
    }

    private static func fileName(_ number: Int) -> String {
        "\(Project.threeDigits(number)).json"
    }
}
