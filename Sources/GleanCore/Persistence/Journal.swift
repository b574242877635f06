import Foundation
import Glibc

/// The append-only file of edits not yet folded into the snapshot files.
///
/// Each edit is one JSON line, written with a single `write` and flushed with `fsync` before it is reported saved,
/// so its cost does not grow with the programme. A crash can leave only the last line cut short; that edit was never
/// reported saved, and reading drops it.
final class Journal {
    /// What reading a journal found.
    struct Contents {
        /// The complete entries, in order.
        var entries: [JournalEntry]
        /// The line of the file each entry was read from, counting from 1.
        var lineNumbers: [Int]
        /// The byte length of the complete lines; anything after it is a cut-short final line.
        var validLength: Int
        /// Whether a final line was cut short by a crash.
        var hasTornTail: Bool
    }

    /// The journal's file name, in the project folder.
    static let fileName = "journal.jsonl"

    private let path: String
    private var descriptor: Int32

    /// Opens the journal in the project folder `root` for appending, creating it (mode 0600) when missing. A torn tail
    /// (bytes after `validLength`) is moved to `journal.jsonl.torn` first, so nothing the file held is lost. A journal
    /// that is a link, not a regular file, not the user's own or hard-linked elsewhere is refused.
    init(in root: FolderDescriptor, validLength: Int) throws {
        path = root.path(of: Journal.fileName)
        if let data = try root.read(Journal.fileName), data.count > validLength {
            try Journal.setAside(data.suffix(from: data.startIndex + validLength), in: root)
        }
        let opened = try root.openOwnedFile(Journal.fileName, flags: O_WRONLY | O_APPEND)
        descriptor = opened.descriptor
        if opened.created {
            try root.sync()
        } else if ftruncate(descriptor, off_t(validLength)) != 0 {
            throw ProjectError(file: path, problem: "cannot repair the journal: \(lastError())")
        }
    }

    deinit {
        close(descriptor)
    }

    /// Appends `entry` and returns once it is on disk.
    func append(_ entry: JournalEntry) throws {
        try FolderDescriptor.writeAll(try JSONFormat.line(entry), to: descriptor, path: path)
        guard fsync(descriptor) == 0 else {
            throw ProjectError(file: path, problem: "cannot flush the journal: \(lastError())")
        }
    }

    /// Empties the journal durably, once its entries are folded into the snapshot files.
    func clear() throws {
        guard ftruncate(descriptor, 0) == 0, fsync(descriptor) == 0 else {
            throw ProjectError(file: path, problem: "cannot clear the journal: \(lastError())")
        }
    }

    /// What is wrong with `entry` following `previous`, if anything: sequences rise, fortnights are in range.
    private static func problem(with entry: JournalEntry, after previous: JournalEntry?) -> String? {
        guard entry.sequence > (previous?.sequence ?? 0), entry.sequence < Int.max else {
            return "sequence \(entry.sequence) does not follow \(previous?.sequence ?? 0)"
        }
        for change in entry.changes {
            if let number = change.fortnight, !Project.fortnightRange.contains(number) {
                return
                    "names fortnight \(number); fortnights run from \(Project.fortnightRange.lowerBound) to \(Project.fortnightRange.upperBound)"
            }
        }
        return nil
    }

    /// Appends `tail`, a line cut short, to `journal.jsonl.torn` in `root`, durably.
    private static func setAside(_ tail: Data, in root: FolderDescriptor) throws {
        let name = fileName + ".torn"
        let opened = try root.openOwnedFile(name, flags: O_WRONLY | O_APPEND)
        defer { close(opened.descriptor) }
        try FolderDescriptor.writeAll(tail + Data([0x0A]), to: opened.descriptor, path: root.path(of: name))
        guard fsync(opened.descriptor) == 0 else {
            throw ProjectError(file: root.path(of: name), problem: "cannot flush: \(lastError())")
        }
        if opened.created { try root.sync() }
    }

    /// Reads the journal in the project folder `root`; a missing file is an empty journal.
    static func read(in root: FolderDescriptor) throws -> Contents {
        let displayName = root.path(of: fileName)
        guard let data = try root.read(fileName) else {
            return Contents(entries: [], lineNumbers: [], validLength: 0, hasTornTail: false)
        }
        var entries: [JournalEntry] = []
        var lineNumbers: [Int] = []
        var lineStart = data.startIndex
        var lineNumber = 1
        while let newline = data[lineStart...].firstIndex(of: 0x0A) {
            let line = data[lineStart..<newline]
            if !line.isEmpty {
                let entry: JournalEntry
                do {
                    entry = try JSONFormat.decode(JournalEntry.self, from: Data(line), file: displayName)
                } catch var error as ProjectError {
                    error.line = lineNumber
                    throw error
                }
                if let problem = problem(with: entry, after: entries.last) {
                    throw ProjectError(file: displayName, line: lineNumber, problem: problem)
                }
                entries.append(entry)
                lineNumbers.append(lineNumber)
            }
            lineStart = newline + 1
            lineNumber += 1
        }
        return Contents(
            entries: entries, lineNumbers: lineNumbers, validLength: lineStart - data.startIndex,
            hasTornTail: lineStart < data.endIndex)
    }
}
