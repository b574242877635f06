import Foundation
import Glibc

/// A folder held open by its descriptor, so that every operation names an entry of exactly this folder: no path is
/// looked up again, and no symbolic link below it is followed.
///
/// Glean reads and writes only regular files and folders inside a project. A link, fifo, socket or device where one
/// belongs is refused with a `ProjectError` naming it, and is never opened for writing, written through or waited on.
/// This file holds opening and reading; `FolderDescriptor+Writing.swift` holds writing.
final class FolderDescriptor {
    /// The open descriptor.
    let descriptor: Int32
    /// The folder's path, for messages.
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// Opens the folder at `url`. Links on the way are followed: where a project or an export lives is the user's
    /// choice.
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
        try readStamped(name)?.data
    }

    /// The bytes of the regular file `name`, as `read` gives them, with the stamp of the very file they were read from.
    func readStamped(_ name: String) throws -> (data: Data, stamp: FileStamp)? {
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
        return (try readAll(file, name), opened.stamp)
    }

    /// The refusal of the entry `name`, which is not the `expected` kind: it says what is there instead.
    func refusal(_ name: String, expected: FileEntry.Kind) throws -> ProjectError {
        let found = try entry(name)?.kind ?? .unknown
        return ProjectError(
            file: path(of: name),
            problem: "\(found.description) where \(expected.description) belongs; "
                + "Glean never reads or writes through links, fifos or devices in a project")
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

    /// A `ProjectError` naming `name` in this folder: `action` failed, for the last system error.
    func failure(_ action: String, _ name: String) -> ProjectError {
        ProjectError(file: path(of: name), problem: "\(action): \(lastError())")
    }
}

/// The text of the last system error.
func lastError() -> String {
    String(cString: strerror(errno))
}
