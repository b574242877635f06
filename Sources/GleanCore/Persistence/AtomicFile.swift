import Foundation

/// Replaces one file so that a crash leaves either the old contents or the new, never a mixture, and makes it durable.
///
/// The data goes to a new temporary file beside the target (created exclusively, never through a link), which is
/// flushed to disk and renamed over the target; the folder is then flushed so the rename survives power loss. Files are
/// readable by their owner only. Only a regular file is ever replaced: a link, fifo, device or folder is refused.
enum AtomicFile {
    /// Replaces the file `name` in `folder` with `data`, atomically and durably.
    static func write(_ data: Data, named name: String, in folder: FolderDescriptor) throws {
        let temporary = try folder.createTemporaryFile(beside: name, data)
        do {
            if let existing = try folder.entry(name), existing.kind != .regularFile {
                throw try folder.refusal(name, expected: .regularFile)
            }
            try folder.rename(temporary, to: name)
        } catch {
            try? folder.remove(temporary)
            throw error
        }
        try folder.sync()
    }
}
