import Foundation

/// Where exports are written: only to a new path or over an existing regular file, which is replaced atomically.
///
/// Anything else at the path (a device such as `/dev/null`, a fifo, a socket, a folder, a symbolic link) is refused
/// and left as it was: it is never opened, written through or replaced.
public enum ExportFile {
    /// What is at an export's path.
    public enum Destination: Equatable, Sendable {
        /// Nothing yet.
        case newFile
        /// A regular file, which the export replaces.
        case regularFile
    }

    /// What is at `url`; throws a `ProjectError` for anything but a new path or a regular file.
    public static func destination(_ url: URL) throws -> Destination {
        let (folder, name) = try parent(of: url)
        return try destination(of: name, in: folder)
    }

    /// Writes `data` to `url` (mode 0600), atomically: staged beside it, then given the name (a new path) or renamed
    /// over the regular file there.
    public static func write(_ data: Data, to url: URL) throws {
        let (folder, name) = try parent(of: url)
        try write(data, named: name, in: folder)
    }

    /// Writes `data` as the file `name` in `folder`, as `write(_:to:)` does.
    static func write(_ data: Data, named name: String, in folder: FolderDescriptor) throws {
        _ = try destination(of: name, in: folder)
        let temporary = try folder.createTemporaryFile(beside: name, data)
        defer { try? folder.remove(temporary) }
        for _ in 0..<3 {
            switch try destination(of: name, in: folder) {
            case .newFile:
                guard let linked = try folder.linkWithoutReplacing(temporary, to: name) else {
                    try folder.rename(temporary, to: name)
                    return try folder.sync()
                }
                guard linked else { continue }
            case .regularFile:
                try folder.rename(temporary, to: name)
            }
            return try folder.sync()
        }
        throw ProjectError(file: folder.path(of: name), problem: "the path keeps changing; try again")
    }

    /// What is at `name` in `folder`, refusing anything but nothing or a regular file.
    private static func destination(of name: String, in folder: FolderDescriptor) throws -> Destination {
        guard let entry = try folder.entry(name) else { return .newFile }
        guard entry.kind == .regularFile else {
            throw ProjectError(
                file: folder.path(of: name),
                problem: "not a regular file (\(entry.kind.description)); Glean writes exports only to new files or regular files")
        }
        return .regularFile
    }

    /// The folder holding `url`, opened (following links: where exports go is the user's choice), and its name there.
    private static func parent(of url: URL) throws -> (FolderDescriptor, String) {
        let standard = url.standardizedFileURL
        let name = standard.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw ProjectError(
                file: standard.path, problem: "not a regular file (a folder); Glean writes exports only to new files or regular files")
        }
        return (try FolderDescriptor.opening(standard.deletingLastPathComponent()), name)
    }
}
