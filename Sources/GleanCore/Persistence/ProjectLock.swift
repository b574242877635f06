import Foundation
import Glibc

/// The lock that lets one Glean at a time edit a project: `glean.lock`, held with `flock` for the whole session.
///
/// The kernel releases a `flock` when its process dies, however it dies, so a lock left by a crashed Glean is taken
/// over at once; the file's contents only say who holds it, for the message a second Glean shows.
final class ProjectLock {
    /// Who holds a lock.
    struct Holder: Codable, Equatable, Sendable {
        var host: String
        var process: Int32
        var user: String
        var since: String

        /// "on HOST (process PID, user USER) since SINCE".
        var description: String { "on \(host) (process \(process), user \(user)) since \(since)" }
    }

    private let root: FolderDescriptor
    private let name: String
    private var descriptor: Int32

    private init(root: FolderDescriptor, name: String, descriptor: Int32) {
        self.root = root
        self.name = name
        self.descriptor = descriptor
    }

    deinit {
        release()
    }

    /// Takes the lock of the project at `layout`; returns it with the holder it took over from a dead process, if any.
    /// Throws `ProjectLocked` naming the holder when another live Glean holds it, and refuses a lock file that is a
    /// link or anything but a regular file of the user's own.
    static func acquire(_ layout: ProjectLayout) throws -> (lock: ProjectLock, takenOver: Holder?) {
        let url = layout.lockFile
        let root = try layout.openRoot()
        let name = url.lastPathComponent
        for _ in 0..<5 {
            let descriptor = try root.openOwnedFile(name, flags: O_RDWR).descriptor
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let holder = readHolder(descriptor)
                close(descriptor)
                throw ProjectLocked(file: layout.display(url), holder: holder?.description)
            }
            guard try isStillTheLockFile(descriptor, root, name) else {
                close(descriptor)
                continue
            }
            let previous = readHolder(descriptor)
            let lock = ProjectLock(root: root, name: name, descriptor: descriptor)
            try lock.write(Holder(host: hostName(), process: getpid(), user: userName(), since: timestamp()))
            return (lock, previous)
        }
        throw ProjectError(file: layout.display(url), problem: "the lock file keeps changing; try again")
    }

    /// Gives the lock up and removes the lock file.
    func release() {
        guard descriptor >= 0 else { return }
        try? root.remove(name)
        close(descriptor)
        descriptor = -1
    }

    private func write(_ holder: Holder) throws {
        let data = try JSONFormat.snapshot(holder)
        guard ftruncate(descriptor, 0) == 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw ProjectError(file: root.path(of: name), problem: "cannot write the lock file: \(lastError())")
        }
        try FolderDescriptor.writeAll(data, to: descriptor, path: root.path(of: name))
        fsync(descriptor)
    }

    /// Whether the path still names the file `descriptor` has open: it may have been removed by a holder releasing it
    /// between our `open` and our `flock`.
    private static func isStillTheLockFile(_ descriptor: Int32, _ root: FolderDescriptor, _ name: String) throws -> Bool
    {
        guard let named = try root.entry(name) else { return false }
        return try root.status(of: descriptor, name).isSameFile(as: named)
    }

    private static func readHolder(_ descriptor: Int32) -> Holder? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return try? JSONDecoder().decode(Holder.self, from: Data(buffer[0..<count]))
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        return String(cString: buffer)
    }

    private static func userName() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? String(getuid())
    }

    /// The current time as ISO 8601 UTC, e.g. `2026-11-25T16:52:11Z`.
    static func timestamp(_ date: Date = Date()) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
