import Foundation
import Glibc

/// The lock that lets one Glean at a time edit a project: `glean.lock`, held with `flock` for the whole session.
///
/// The kernel releases a `flock` when its process dies, however it dies, so a lock left by a crashed Glean is taken
/// over at once; the file's contents only say who holds it, for the message a second Glean shows.
public final class ProjectLock {
    /// Who holds a lock.
    public struct Holder: Codable, Equatable, Sendable {
        public var host: String
        public var process: Int32
        public var user: String
        public var since: String

        /// "on HOST (process PID, user USER) since SINCE".
        public var description: String { "on \(host) (process \(process), user \(user)) since \(since)" }
    }

    private let url: URL
    private var descriptor: Int32

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    deinit {
        release()
    }

    /// Takes the lock of the project at `layout`; returns it with the holder it took over from a dead process, if any.
    /// Throws a `ProjectError` naming the holder when another live Glean holds it.
    public static func acquire(_ layout: ProjectLayout) throws -> (lock: ProjectLock, takenOver: Holder?) {
        let url = layout.lockFile
        for _ in 0..<5 {
            let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw AtomicFile.failure("cannot create the lock file", url) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let holder = readHolder(descriptor)
                close(descriptor)
                throw ProjectError(
                    file: layout.display(url),
                    problem: "the project is open in Glean \(holder?.description ?? "in another process"). "
                        + "Close it there, or open it read-only with `glean open --read-only`")
            }
            guard isStillTheLockFile(descriptor, url) else {
                close(descriptor)
                continue
            }
            let previous = readHolder(descriptor)
            let lock = ProjectLock(url: url, descriptor: descriptor)
            try lock.write(Holder(host: hostName(), process: getpid(), user: userName(), since: timestamp()))
            return (lock, previous)
        }
        throw ProjectError(file: layout.display(url), problem: "the lock file keeps changing; try again")
    }

    /// Gives the lock up and removes the lock file.
    public func release() {
        guard descriptor >= 0 else { return }
        unlink(url.path)
        close(descriptor)
        descriptor = -1
    }

    private func write(_ holder: Holder) throws {
        let data = try JSONFormat.snapshot(holder)
        guard ftruncate(descriptor, 0) == 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw AtomicFile.failure("cannot write the lock file", url)
        }
        try AtomicFile.writeAll(data, to: descriptor, path: url)
        fsync(descriptor)
    }

    /// Whether the path still names the file `descriptor` has open: it may have been removed by a holder releasing it
    /// between our `open` and our `flock`.
    private static func isStillTheLockFile(_ descriptor: Int32, _ url: URL) -> Bool {
        var opened = stat()
        var named = stat()
        guard fstat(descriptor, &opened) == 0, stat(url.path, &named) == 0 else { return false }
        return opened.st_ino == named.st_ino && opened.st_dev == named.st_dev
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
