import Foundation
import Glibc

/// Writing inside a folder held open: new files are created exclusively and never through a link, and files written
/// in place must be regular files of the user's own with a single name.
extension FolderDescriptor {
    /// How the name of a temporary file made by `createTemporaryFile` ends.
    static let temporarySuffix = ".partial"

    /// Opens the regular file `name` to be written in place (the journal, the lock), creating it with mode 0600 when
    /// missing; says whether it was created. Refuses a link, anything but a regular file, a file owned by another
    /// user, and a file with other names (hard links), whose contents Glean would change under those names too.
    func openOwnedFile(_ name: String, flags: Int32) throws -> (descriptor: Int32, created: Bool) {
        for _ in 0..<3 {
            if let inspected = try entry(name), inspected.kind != .regularFile {
                throw try refusal(name, expected: .regularFile)
            }
            var created = false
            var file = openat(descriptor, name, flags | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            if file < 0, errno == ENOENT {
                file = openat(descriptor, name, flags | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, 0o600)
                created = file >= 0
                if file < 0, errno == EEXIST { continue }
            }
            guard file >= 0 else {
                if errno == ELOOP { throw try refusal(name, expected: .regularFile) }
                throw failure("cannot open", name)
            }
            do {
                try requireOwnedRegularFile(file, name)
            } catch {
                close(file)
                throw error
            }
            return (file, created)
        }
        throw ProjectError(file: path(of: name), problem: "the file keeps changing; try again")
    }

    /// Writes `data` to the new file `name` (created exclusively, mode 0600, never through a link) and flushes it.
    func createFile(_ name: String, _ data: Data) throws {
        guard let file = try createExclusively(name) else { throw failure("cannot create", name) }
        try fill(file, name) { try FolderDescriptor.writeAll(data, to: $0, path: $1) }
    }

    /// Writes `data` to a new hidden file beside `name` (as `createFile` does) and returns the new file's name.
    func createTemporaryFile(beside name: String, _ data: Data, flushing: Bool = true) throws -> String {
        try createTemporaryFile(beside: name, flushing: flushing) {
            try FolderDescriptor.writeAll(data, to: $0, path: $1)
        }
    }

    /// Makes a new hidden file beside `name` (as `createFile` does), has `write` fill it (given the open file and its
    /// path for messages), flushes it unless told not to (a cache need not survive a crash) and returns its name; the
    /// file is removed when `write` throws.
    func createTemporaryFile(
        beside name: String, flushing: Bool = true, filling write: (_ file: Int32, _ path: String) throws -> Void
    ) throws -> String {
        for _ in 0..<5 {
            let temporary = ".\(name).\(UInt32.random(in: .min ... .max))\(FolderDescriptor.temporarySuffix)"
            guard let file = try createExclusively(temporary) else { continue }
            try fill(file, temporary, flushing: flushing, with: write)
            return temporary
        }
        throw failure("cannot create a temporary file beside", name)
    }

    /// Renames the entry `from` to `to` in this folder, replacing what `to` names.
    func rename(_ from: String, to: String) throws {
        guard renameat(descriptor, from, descriptor, to) == 0 else { throw failure("cannot rename \(from) to", to) }
    }

    /// Gives the file `from` the new name `to`, which must not exist yet; false when something is there already.
    /// Returns nil where the file system has no hard links.
    func linkWithoutReplacing(_ from: String, to: String) throws -> Bool? {
        if linkat(descriptor, from, descriptor, to, 0) == 0 { return true }
        switch errno {
        case EEXIST: return false
        case EPERM, EOPNOTSUPP, EMLINK: return nil
        default: throw failure("cannot link \(from) to", to)
        }
    }

    /// Hard-links the file `name` into `target` under the same name.
    func link(_ name: String, into target: FolderDescriptor) -> Bool {
        linkat(descriptor, name, target.descriptor, name, 0) == 0
    }

    /// Removes the entry `name` if present; a folder must be empty.
    func remove(_ name: String, isFolder: Bool = false) throws {
        guard unlinkat(descriptor, name, isFolder ? AT_REMOVEDIR : 0) == 0 || errno == ENOENT else {
            throw failure("cannot remove", name)
        }
    }

    /// Removes the entry `name` and, for a folder, everything in it; a link is removed, never followed.
    func removeTree(_ name: String) throws {
        guard let found = try entry(name) else { return }
        if found.kind == .folder, let folder = try subfolder(name, create: false) {
            for child in try folder.names() { try folder.removeTree(child) }
        }
        try remove(name, isFolder: found.kind == .folder)
    }

    /// Flushes the folder's entries (new, renamed or removed files) to disk.
    func sync() throws {
        guard fsync(descriptor) == 0 else {
            throw ProjectError(file: path, problem: "cannot flush the folder: \(lastError())")
        }
    }

    /// Writes every byte of `data` to an open file descriptor.
    static func writeAll(_ data: Data, to file: Int32, path: String) throws {
        try data.withUnsafeBytes { try writeAll($0, to: file, path: path) }
    }

    /// Writes every byte of `buffer` to an open file descriptor.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to file: Int32, path: String) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(file, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw ProjectError(file: path, problem: "cannot write: \(lastError())")
            }
            offset += written
        }
    }

    fileprivate func requireOwnedRegularFile(_ file: Int32, _ name: String) throws {
        let opened = try status(of: file, name)
        guard opened.kind == .regularFile else { throw try refusal(name, expected: .regularFile) }
        guard opened.owner == geteuid() else {
            throw ProjectError(
                file: path(of: name),
                problem:
                    "owned by user \(opened.owner), not by you (user \(geteuid())); Glean writes only files it owns")
        }
        guard opened.links <= 1 else {
            throw ProjectError(
                file: path(of: name),
                problem: "has \(opened.links) names (hard links); Glean does not write to a file that has other names")
        }
    }

    /// A new file `name` opened for writing, or nil when something is there already.
    fileprivate func createExclusively(_ name: String) throws -> Int32? {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if file >= 0 { return file }
        if errno == EEXIST { return nil }
        throw failure("cannot create", name)
    }

    /// Has `write` fill the new file `name` open as `file`, then flushes and closes it; removes it on failure.
    fileprivate func fill(
        _ file: Int32, _ name: String, flushing: Bool = true, with write: (_ file: Int32, _ path: String) throws -> Void
    ) throws {
        defer { close(file) }
        do {
            try write(file, path(of: name))
            guard !flushing || fsync(file) == 0 else { throw failure("cannot flush", name) }
        } catch {
            unlinkat(descriptor, name, 0)
            throw error
        }
    }
}
