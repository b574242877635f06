import Foundation

import Glibc

/// Writes files so that a crash leaves either the old contents or the new, never a mixture, and makes them durable.
///
/// The data goes to a temporary file beside the target, which is flushed to disk, renamed over the target, and the
/// directory flushed so the rename itself survives power loss. Files are readable by their owner only.
public enum AtomicFile {
    /// Replaces the file at `url` with `data` atomically and durably, creating folders (mode 0700) as needed.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try makeFolder(folder)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw failure("cannot create", temporary) }
        do {
            try writeAll(data, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw failure("cannot flush", temporary) }
        } catch {
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        close(descriptor)
        guard rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw failure("cannot replace", url)
        }
        try syncFolder(folder)
    }

    /// Creates `folder` and its parents with mode 0700 when missing.
    public static func makeFolder(_ folder: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue { return }
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try syncFolder(folder.deletingLastPathComponent())
    }

    /// Flushes a folder's entries (new, renamed or removed files) to disk.
    public static func syncFolder(_ folder: URL) throws {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw failure("cannot open folder", folder) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("cannot flush folder", folder) }
    }

    /// Writes every byte of `data` to an open file descriptor.
    static func writeAll(_ data: Data, to descriptor: Int32, path: URL) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", path)
                }
                offset += written
            }
        }
    }

    static func failure(_ action: String, _ url: URL) -> ProjectError {
        ProjectError(file: url.path, problem: "\(action): \(String(cString: strerror(errno)))")
    }
}
