import Foundation
import Glibc

extension ExportFile {
    /// Writes to `url` the bytes `produce` hands its drain, a block at a time, straight into the file staged beside it
    /// (mode 0600), so an export of any size never sits whole in memory; then, as `write(_:to:replacing:)` does,
    /// flushes it and gives it the name or renames it over the regular file there. Nothing is left behind on failure.
    /// Throws `Exists` when a regular file is there and `replacing` is false, before `produce` is called.
    public static func write(
        to url: URL, replacing: Bool, _ produce: (_ drain: @escaping ([UInt8]) throws -> Void) throws -> Void
    ) throws {
        let (folder, name) = try parent(of: url)
        try write(named: name, in: folder, replacing: replacing) {
            let temporary = try folder.createTemporaryFile(beside: name, Data())
            do {
                let (file, _) = try folder.openOwnedFile(temporary, flags: O_WRONLY | O_APPEND)
                defer { close(file) }
                let path = folder.path(of: temporary)
                try produce { try FolderDescriptor.writeAll(Data($0), to: file, path: path) }
                guard fsync(file) == 0 else { throw folder.failure("cannot flush", temporary) }
            } catch {
                try? folder.remove(temporary)
                throw error
            }
            return temporary
        }
    }
}
