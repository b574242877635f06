import Glibc

/// What a folder entry is, as `lstat` sees it: a link is reported as a link, never as what it points at.
struct FileEntry {
    /// The kinds of file a folder can hold.
    enum Kind: Equatable {
        case regularFile, folder, symbolicLink, fifo, socket, characterDevice, blockDevice, unknown

        /// The kind in words, e.g. "a symbolic link".
        var description: String {
            switch self {
            case .regularFile: return "a regular file"
            case .folder: return "a folder"
            case .symbolicLink: return "a symbolic link"
            case .fifo: return "a fifo"
            case .socket: return "a socket"
            case .characterDevice: return "a character device"
            case .blockDevice: return "a block device"
            case .unknown: return "a special file"
            }
        }
    }

    /// The entry's kind.
    var kind: Kind
    /// The permission bits, e.g. 0o600.
    var permissions: mode_t
    /// The owning user.
    var owner: uid_t
    /// How many names (hard links) the file has.
    var links: Int
    /// The device and inode, which together identify the file.
    var identity: (device: UInt64, inode: UInt64)
    /// The file's size, its identity, and when its contents and its entry last changed: what tells, without reading
    /// it, that the file is the one a digest was made from (see `FileStamp`).
    var stamp: FileStamp

    init(_ status: stat) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .symbolicLink
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        default: kind = .unknown
        }
        permissions = status.st_mode & 0o7777
        owner = status.st_uid
        links = Int(status.st_nlink)
        identity = (UInt64(status.st_dev), UInt64(status.st_ino))
        stamp = FileStamp(
            size: Int64(status.st_size), device: UInt64(status.st_dev), inode: UInt64(status.st_ino),
            modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec),
            changed: Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec))
    }

    /// Whether `other` is the same file (same device and inode).
    func isSameFile(as other: FileEntry) -> Bool {
        identity == other.identity
    }
}
