/// What identifies one version of a file without reading it: its size, device and inode, and the times its contents
/// (`modified`) and its entry (`changed`) last changed, in nanoseconds.
///
/// Glean replaces a snapshot file by writing a new file and renaming it into place, so every version it writes has a
/// new inode; any other writer changes the entry's `changed` time, which no program can set back. A stamp that still
/// matches therefore means the very bytes a digest was made from (the test git's index makes before trusting a
/// cached hash, without git's extra care for a change within the same clock tick). A file copied, restored, unpacked or
/// checked out anew never matches, so a digest that came with it is never trusted.
struct FileStamp: Codable, Equatable, Sendable {
    var size: Int64
    var device: UInt64
    var inode: UInt64
    var modified: Int64
    var changed: Int64

    /// Whether `other` is the same file with the same contents as far as its size and content-change time tell: all
    /// but the entry-change time, which a new hard link (a backup) changes too.
    func isSameContent(as other: FileStamp) -> Bool {
        size == other.size && device == other.device && inode == other.inode && modified == other.modified
    }
}
