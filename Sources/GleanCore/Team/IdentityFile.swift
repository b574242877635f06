import Foundation
import Glibc

/// The identity file's contents: the id, and the name once one is set.
struct StoredIdentity: Codable, Equatable {
    var id: String
    var name: String?
}

/// Reads and writes the identity file without trusting what is there: a link, a special file, a file of another
/// user's, one over 64 KiB or one that is not a valid identity is refused with a `ProjectError` naming it, never
/// followed or half-read. Writes go to a new 0600 file that is renamed into place, in a 0700 folder.
enum IdentityFile {
    /// The largest identity file read.
    static let sizeLimit = 64 * 1024

    /// Opens Glean's configuration folder, creating it (and the configuration folder) when missing.
    static func folder(_ location: IdentityLocation) throws -> FolderDescriptor {
        let base = location.configuration
        if !FileManager.default.fileExists(atPath: base.path) {
            do {
                try FileManager.default.createDirectory(
                    at: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw ProjectError(file: base.path, problem: "cannot create the folder: \(error.localizedDescription)")
            }
        }
        let configuration = try FolderDescriptor.opening(base)
        guard let folder = try configuration.subfolder(IdentityLocation.folderName, create: true) else {
            throw ProjectError(
                file: configuration.path(of: IdentityLocation.folderName), problem: "cannot create the folder")
        }
        let status = try folder.status()
        guard status.owner == geteuid() else {
            throw ProjectError(
                file: folder.path,
                problem:
                    "owned by user \(status.owner), not by you (user \(geteuid())); Glean keeps your identity only in a folder of yours"
            )
        }
        return folder
    }

    /// The stored identity in `folder`, or nil when there is none yet.
    static func read(in folder: FolderDescriptor) throws -> StoredIdentity? {
        let name = IdentityLocation.fileName
        let path = folder.path(of: name)
        var status = stat()
        guard fstatat(folder.descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
            if errno == ENOENT { return nil }
            throw folder.failure("cannot inspect", name)
        }
        let entry = FileEntry(status)
        guard entry.kind == .regularFile else {
            throw ProjectError(
                file: path,
                problem:
                    "\(entry.kind.description) where a regular file belongs; Glean never follows links or reads special files for your identity"
            )
        }
        guard entry.owner == geteuid() else {
            throw ProjectError(
                file: path,
                problem:
                    "owned by user \(entry.owner), not by you (user \(geteuid())); Glean trusts only an identity file of yours"
            )
        }
        guard status.st_size <= sizeLimit else { throw tooLarge(path, bytes: Int(status.st_size)) }
        guard let data = try folder.read(name) else { return nil }
        guard data.count <= sizeLimit else { throw tooLarge(path, bytes: data.count) }
        let stored = try JSONFormat.decode(StoredIdentity.self, from: data, file: path)
        guard FacilitatorID.isValid(stored.id) else {
            throw ProjectError(file: path, problem: "\"id\" should be a lower-case UUID, not \"\(stored.id)\"")
        }
        if let storedName = stored.name, case .failure(let problem) = FacilitatorName.checked(storedName) {
            throw ProjectError(file: path, problem: "\"name\" is not a usable name: \(problem)")
        }
        return stored
    }

    /// Writes `identity` as the file in `folder` only if none is there yet; returns the identity now stored (another
    /// glean may have made one first, and then that one stands).
    static func create(_ identity: StoredIdentity, in folder: FolderDescriptor) throws -> StoredIdentity {
        let name = IdentityLocation.fileName
        let temporary = try folder.createTemporaryFile(beside: name, try JSONFormat.snapshot(identity))
        defer { try? folder.remove(temporary) }
        switch try folder.linkWithoutReplacing(temporary, to: name) {
        case true?: break
        case false?: return try read(in: folder) ?? identity
        case nil: try folder.rename(temporary, to: name)
        }
        try folder.sync()
        return identity
    }

    /// Replaces the file in `folder` with `identity`, atomically.
    static func replace(with identity: StoredIdentity, in folder: FolderDescriptor) throws {
        try AtomicFile.write(try JSONFormat.snapshot(identity), named: IdentityLocation.fileName, in: folder)
    }

    private static func tooLarge(_ path: String, bytes: Int) -> ProjectError {
        ProjectError(file: path, problem: "\(bytes) bytes is too large for an identity file (at most 64 KiB)")
    }
}
