import Foundation
import Glibc

/// Every file and folder under a directory with its bytes and modification time, to show that opening wrote nothing.
struct DirectorySnapshot {
    /// One file or folder.
    struct Entry: Equatable {
        /// A file's bytes; empty for a folder.
        let bytes: Data
        /// The modification time in nanoseconds since 1970; a folder's changes when an entry is added or removed.
        let modified: Int
        /// The permission bits.
        let mode: UInt32
    }

    /// The entries by path inside the directory; the directory itself is "".
    let entries: [String: Entry]

    /// Reads everything under `directory` now.
    init(of directory: URL) {
        let paths = [""] + ((try? FileManager.default.subpathsOfDirectory(atPath: directory.path)) ?? [])
        var entries: [String: Entry] = [:]
        for path in paths {
            let full = path.isEmpty ? directory.path : directory.appendingPathComponent(path).path
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            let isFile = (status.st_mode & S_IFMT) == S_IFREG
            entries[path] = Entry(
                bytes: isFile ? FileManager.default.contents(atPath: full) ?? Data() : Data(),
                modified: status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec, mode: status.st_mode)
        }
        self.entries = entries
    }

    /// What changed since `earlier`, one line per path: added, removed, rewritten or touched.
    func changes(since earlier: DirectorySnapshot) -> [String] {
        Set(entries.keys).union(earlier.entries.keys).sorted().compactMap { path in
            let name = path.isEmpty ? "the project folder" : path
            switch (earlier.entries[path], entries[path]) {
            case (nil, _): return "\(name) was created"
            case (_, nil): return "\(name) was removed"
            case (let before?, let after?) where before.bytes != after.bytes: return "\(name) was rewritten"
            case (let before?, let after?) where before != after:
                return "\(name) had its modification time or mode changed"
            default: return nil
            }
        }
    }
}
