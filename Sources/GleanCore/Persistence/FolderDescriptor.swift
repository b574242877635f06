import Foundation
import Glibc

/// A folder held open by its descriptor, so that every operation names an entry of exactly this folder: no path is
/// looked up again, and no symbolic link below it is followed.
///
/// Glean reads and writes only regular files and folders inside a project. A link, fifo, socket or device where one
/// belongs is refused with a `ProjectError` naming it, and is never opened for writing, written through or waited on.
final class FolderDescriptor {
    /// The open descriptor.
    let descriptor: Int32
    /// The folder's path, for messages.
    let path: String

    /// How the name of a temporary file made by `createTemporaryFile` ends.
    static let temporarySuffix = ".partial"

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// Opens the folder at `url`. Links on the way are followed: where a project or an export lives is the user's choice.
    static func opening(_ url: URL) throws -> FolderDescriptor {
        let path = url.standardizedFileURL.path
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ProjectError(file: path, problem: "cannot open the folder: \(lastError())") }
        return FolderDescriptor(descriptor: descriptor, path: path)
    }

    /// The path of entry `name`, for messages.
    func path(of name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    /// What is at `name`, a link being reported as a link; nil when nothing is.
    func entry(_ name: String) throws -> FileEntry? {
        var status = stat()
        if fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 { return FileEntry(status) }
        if errno == ENOENT { return nil }
        throw failure("cannot inspect", name)
    }

    /// The folder `relative` below this one (e.g. `fortnights/003`), each step opened without following a link; nil
    /// when a step is missing, unless `create`, which makes the missing folders with mode 0700.
    func folder(at relative: String, create: Bool = false) throws -> FolderDescriptor? {
        var current = self
        for name in relative.split(separator: "/").map(String.init) {
            guard let next = try current.subfolder(name, create: create) else { return nil }
            current = next
        }
        return current
    }

    /// The folder `name` inside this one, refusing a link or anything but a folder; nil when missing, unless
    /// `create`, which makes it with mode 0700.
    func subfolder(_ name: String, create: Bool) throws -> FolderDescriptor? {
        for _ in 0..<3 {
            let opened = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            if opened >= 0 { return FolderDescriptor(descriptor: opened, path: path(of: name)) }
            switch errno {
            case ENOENT:
                guard create else { return nil }
                guard mkdirat(descriptor, name, 0o700) == 0 || errno == EEXIST else {
                    throw failure("cannot create the folder", name)
                }
                try sync()
            case ELOOP, ENOTDIR:
                throw try refusal(name, expected: .folder)
            default:
                throw failure("cannot open the folder", name)
            }
        }
        throw ProjectError(file: path(of: name), problem: "the folder keeps changing; try again")
    }

    /// The names in this folder, except `.` and `..`.
    func names() throws -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            throw ProjectError(file: path, problem: "cannot list the folder: \(lastError())")
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let item = readdir(stream) {
            let name = withUnsafePointer(to: item.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The bytes of the regular file `name`; nil when it is missing. Anything but a regular file is refused without
    /// being opened (so a fifo is never waited on), and the file opened is checked to be the one inspected.
    func read(_ name: String) throws -> Data? {
        guard let inspected = try entry(name) else { return nil }
        guard inspected.kind == .regularFile else { throw try refusal(name, expected: .regularFile) }
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard file >= 0 else {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw try refusal(name, expected: .regularFile) }
            throw failure("cannot read", name)
        }
        defer { close(file) }
        let opened = try status(of: file, name)
        guard opened.kind == .regularFile, opened.isSameFile(as: inspected) else {
            throw ProjectError(file: path(of: name), problem: "the file changed while it was opened; try again")
        }
        return try readAll(file, name)
    }

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
        try fill(file, name, with: data)
    }

    /// Writes `data` to a new hidden file beside `name` (as `createFile` does) and returns the new file's name.
    func createTemporaryFile(beside name: String, _ data: Data) throws -> String {
        for _ in 0..<5 {
            let temporary = ".\(name).\(UInt32.random(in: .min ... .max))\(FolderDescriptor.temporarySuffix)"
            guard let file = try createExclusively(temporary) else { continue }
            try fill(file, temporary, with: data)
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
        guard fsync(descriptor) == 0 else { throw ProjectError(file: path, problem: "cannot flush the folder: \(lastError())") }
    }

    /// The refusal of the entry `name`, which is not the `expected` kind: it says what is there instead.
    func refusal(_ name: String, expected: FileEntry.Kind) throws -> ProjectError {
        let found = try entry(name)?.kind ?? .unknown
        return ProjectError(
            file: path(of: name),
            problem: "\(found.description) where \(expected.description) belongs; "
                + "Glean never reads or writes through links, fifos or devices in a project")
    }

    /// Writes every byte of `data` to an open file descriptor.
    static func writeAll(_ data: Data, to file: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
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
    }

    /// The folder's own `FileEntry`.
    func status() throws -> FileEntry {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw ProjectError(file: path, problem: "cannot inspect the folder: \(lastError())")
        }
        return FileEntry(status)
    }

    /// The `FileEntry` of an open descriptor.
    func status(of file: Int32, _ name: String) throws -> FileEntry {
        var status = stat()
        guard fstat(file, &status) == 0 else { throw failure("cannot inspect", name) }
        return FileEntry(status)
    }

    private func requireOwnedRegularFile(_ file: Int32, _ name: String) throws {
        let opened = try status(of: file, name)
        guard opened.kind == .regularFile else { throw try refusal(name, expected: .regularFile) }
        guard opened.owner == geteuid() else {
            throw ProjectError(
                file: path(of: name),
                problem: "owned by user \(opened.owner), not by you (user \(geteuid())); Glean writes only files it owns")
        }
        guard opened.links <= 1 else {
            throw ProjectError(
                file: path(of: name),
                problem: "has \(opened.links) names (hard links); Glean does not write to a file that has other names")
        }
    }

    /// A new file `name` opened for writing, or nil when something is there already.
    private func createExclusively(_ name: String) throws -> Int32? {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if file >= 0 { return file }
        if errno == EEXIST { return nil }
        throw failure("cannot create", name)
    }

    /// Writes `data` to the new file `name` open as `file`, flushes and closes it; removes it on failure.
    private func fill(_ file: Int32, _ name: String, with data: Data) throws {
        defer { close(file) }
        do {
            try FolderDescriptor.writeAll(data, to: file, path: path(of: name))
            guard fsync(file) == 0 else { throw failure("cannot flush", name) }
        } catch {
            unlinkat(descriptor, name, 0)
            throw error
        }
    }

    private func readAll(_ file: Int32, _ name: String) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = Glibc.read(file, &buffer, buffer.count)
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 {
                return data
            } else if errno != EINTR {
                throw failure("cannot read", name)
            }
        }
    }

    private func failure(_ action: String, _ name: String) -> ProjectError {
        ProjectError(file: path(of: name), problem: "\(action): \(lastError())")
    }
}

/// The text of the last system error.
func lastError() -> String {
    String(cString: strerror(errno))
}
