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
        /// The byte length of the complete lines; anything after it is a cut-short final line.
        var validLength: Int
        /// Whether a final line was cut short by a crash.
        var hasTornTail: Bool
    }

    private let url: URL
    private var descriptor: Int32

    /// Opens the journal at `url` for appending, creating it (mode 0600) when missing. A torn tail (bytes after
    /// `validLength`) is moved to `journal.jsonl.torn` first, so nothing the file held is lost.
    init(url: URL, validLength: Int) throws {
        self.url = url
        let existed = FileManager.default.fileExists(atPath: url.path)
        if existed { try Journal.setAsideTornTail(url, validLength: validLength) }
        descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { throw AtomicFile.failure("cannot open the journal", url) }
        if existed, ftruncate(descriptor, off_t(validLength)) != 0 {
            throw AtomicFile.failure("cannot repair the journal", url)
        }
        if !existed { try AtomicFile.syncFolder(url.deletingLastPathComponent()) }
    }

    deinit {
        close(descriptor)
    }

    /// Appends `entry` and returns once it is on disk.
    func append(_ entry: JournalEntry) throws {
        try AtomicFile.writeAll(try JSONFormat.line(entry), to: descriptor, path: url)
        guard fsync(descriptor) == 0 else { throw AtomicFile.failure("cannot flush the journal", url) }
    }

    /// Empties the journal durably, once its entries are folded into the snapshot files.
    func clear() throws {
        guard ftruncate(descriptor, 0) == 0, fsync(descriptor) == 0 else {
            throw AtomicFile.failure("cannot clear the journal", url)
        }
    }

    /// What is wrong with `entry` following `previous`, if anything: sequences rise, fortnights are in range.
    private static func problem(with entry: JournalEntry, after previous: JournalEntry?) -> String? {
        guard entry.sequence > (previous?.sequence ?? 0), entry.sequence < Int.max else {
            return "sequence \(entry.sequence) does not follow \(previous?.sequence ?? 0)"
        }
        for change in entry.changes {
            if let number = change.fortnight, !Project.fortnightRange.contains(number) {
                return "names fortnight \(number); fortnights run from \(Project.fortnightRange.lowerBound) to \(Project.fortnightRange.upperBound)"
            }
        }
        return nil
    }

    /// Appends the bytes after `validLength` to `journal.jsonl.torn` beside the journal, durably.
    private static func setAsideTornTail(_ url: URL, validLength: Int) throws {
        guard let data = FileManager.default.contents(atPath: url.path), data.count > validLength else { return }
        let aside = url.appendingPathExtension("torn")
        let descriptor = open(aside.path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { throw AtomicFile.failure("cannot keep the torn end of the journal", aside) }
        defer { close(descriptor) }
        try AtomicFile.writeAll(data.suffix(from: data.startIndex + validLength) + Data([0x0A]), to: descriptor, path: aside)
        guard fsync(descriptor) == 0 else { throw AtomicFile.failure("cannot flush", aside) }
        try AtomicFile.syncFolder(url.deletingLastPathComponent())
    }

    /// Reads the journal at `url`; a missing file is an empty journal. `displayName` names the file in errors.
    static func read(_ url: URL, displayName: String) throws -> Contents {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return Contents(entries: [], validLength: 0, hasTornTail: false)
        }
        var entries: [JournalEntry] = []
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
            }
            lineStart = newline + 1
            lineNumber += 1
        }
        return Contents(
            entries: entries, validLength: lineStart - data.startIndex, hasTornTail: lineStart < data.endIndex)
    }
}
