import Foundation

/// `transaction.json`: the commit point of a write that spans several snapshot files (an import, a fold, a schema
/// upgrade, a restore).
///
/// The new files are first written aside under staged names: beside the file each replaces, or, for a fortnight new to
/// the project, as one hidden folder holding both its files. Writing this record (atomically, flushed) commits them.
/// They are then renamed into place, removed fortnights deleted, and the record marked applied. A reader that finds a
/// record not yet applied reads the staged files in place of the old ones, and an editor opening the project finishes
/// the renames, so every reader and every later editor sees all of the new files or none of them. Staged files no
/// committed record names were left by a crash before the commit; the next editor removes them.
struct TransactionRecord: Codable, Equatable {
    /// The record's file name, in the project folder.
    static let fileName = "transaction.json"
    /// How a staged file's name ends.
    static let stagedSuffix = ".staged"

    /// Rises by one with every transaction, so a reader can tell that one was committed while it read.
    var sequence: Int
    /// The part of the staged names that is this transaction's own.
    var token: String
    /// Whether every file is in place.
    var applied: Bool
    /// Whether `glean.json` is replaced.
    var manifest: Bool
    /// The fortnights (already on disk) whose `logs.json` is replaced.
    var logs: [Int]
    /// The fortnights (already on disk) whose `coding.json` is replaced.
    var codings: [Int]
    /// The fortnights new to the project, each staged as a whole folder.
    var newFortnights: [Int]
    /// The fortnights whose folder is removed.
    var removedFortnights: [Int]

    /// A new, empty record following `previous`.
    init(following previous: TransactionRecord?) {
        sequence = (previous?.sequence ?? 0) + 1
        token = String(UInt64.random(in: .min ... .max), radix: 16)
        applied = false
        manifest = false
        logs = []
        codings = []
        newFortnights = []
        removedFortnights = []
    }

    /// Whether the record changes nothing.
    var isEmpty: Bool {
        !manifest && logs.isEmpty && codings.isEmpty && newFortnights.isEmpty && removedFortnights.isEmpty
    }

    /// The files replaced in folders already on disk, each staged beside it.
    var replacedFiles: [SnapshotFile] {
        (manifest ? [.manifest] : []) + logs.map(SnapshotFile.logs) + codings.map(SnapshotFile.coding)
    }

    /// The staged name of the entry `name`, in the same folder.
    func staged(_ name: String) -> String {
        ".\(name).\(token)\(TransactionRecord.stagedSuffix)"
    }

    /// The staged name of fortnight `number`'s new folder, in `fortnights`.
    func stagedFolder(ofFortnight number: Int) -> String {
        staged(Project.threeDigits(number))
    }

    /// The record in `root`, or nil when the project has none. A record that is damaged or names anything but the
    /// project's own files is refused, since an editor would act on it.
    static func read(_ root: FolderDescriptor) throws -> TransactionRecord? {
        let file = root.path(of: fileName)
        guard let data = try root.read(fileName) else { return nil }
        let record = try JSONFormat.decode(TransactionRecord.self, from: data, file: file)
        if let problem = record.problem { throw ProjectError(file: file, problem: problem) }
        return record
    }

    /// Writes the record in `root` atomically and durably.
    func write(in root: FolderDescriptor) throws {
        try AtomicFile.write(try JSONFormat.snapshot(self), named: TransactionRecord.fileName, in: root)
    }

    /// What makes the record unusable, if anything.
    private var problem: String? {
        guard sequence >= 1, sequence < Int.max else { return "sequence \(sequence) is out of range" }
        guard (1...32).contains(token.count), token.allSatisfy({ $0.isASCII && $0.isHexDigit }) else {
            return "the token is not a short hexadecimal number"
        }
        for number in logs + codings + newFortnights + removedFortnights where !Project.fortnightRange.contains(number)
        {
            return
                "names fortnight \(number); fortnights run from \(Project.fortnightRange.lowerBound) to \(Project.fortnightRange.upperBound)"
        }
        return nil
    }
}
