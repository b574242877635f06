import Foundation

/// Where exports are written: only to a new path or, when the user agreed to replace it, over an existing regular
/// file, which is replaced atomically.
///
/// A regular file already at the path is replaced only when the caller says `replacing` (the interface asks, the
/// command line needs `--force`); otherwise `Exists` is thrown and the file is left as it was. Anything else at the
/// path (a device such as `/dev/null`, a fifo, a socket, a folder, a symbolic link) is refused and left as it was: it
/// is never opened, written through or replaced.
public enum ExportFile {
    /// What is at an export's path.
    enum Destination: Equatable, Sendable {
        /// Nothing yet.
        case newFile
        /// A regular file, which the export replaces.
        case regularFile
    }

    /// Thrown when an export would replace the regular file at `path` and the caller did not agree to replace it.
    public struct Exists: Error, Equatable, CustomStringConvertible {
        /// The file that is already there.
        public let path: String

        public var description: String { "\(path): already exists; Glean replaces it only when asked to" }
    }

    /// What is at `url`; throws a `ProjectError` for anything but a new path or a regular file.
    static func destination(_ url: URL) throws -> Destination {
        let (folder, name) = try parent(of: url)
        return try destination(of: name, in: folder)
    }

    /// Writes `data` to `url` (mode 0600), atomically: staged beside it, then given the name (a new path) or renamed
    /// over the regular file there.
    /// Throws `Exists` when a regular file is there and `replacing` is false.
    public static func write(_ data: Data, to url: URL, replacing: Bool) throws {
        try write(to: url, replacing: replacing) { try FolderDescriptor.writeAll(data, to: $0, path: $1) }
    }

    /// Writes the file at `url` as `write(_:to:replacing:)` does, its bytes written by `fill` into the staged file
    /// (given open, with its path for messages) as they are made, so that none need be held in memory.
    static func write(to url: URL, replacing: Bool, filling fill: (_ file: Int32, _ path: String) throws -> Void) throws
    {
        let (folder, name) = try parent(of: url)
        try write(named: name, in: folder, replacing: replacing, filling: fill)
    }

    /// Writes `data` as the file `name` in `folder`, as `write(_:to:replacing:)` does; once `cancellation` is
    /// cancelled, throws `CancellationError` instead of giving the staged file its name, and removes it.
    static func write(
        _ data: Data, named name: String, in folder: FolderDescriptor, replacing: Bool,
        cancellation: CancellationToken? = nil
    ) throws {
        try write(named: name, in: folder, replacing: replacing, cancellation: cancellation) {
            try FolderDescriptor.writeAll(data, to: $0, path: $1)
        }
    }

    /// Writes the file `name` in `folder`, filled by `fill`, as `write(to:replacing:filling:)` does; once
    /// `cancellation` is cancelled, throws `CancellationError` instead of giving the staged file its name.
    private static func write(
        named name: String, in folder: FolderDescriptor, replacing: Bool, cancellation: CancellationToken? = nil,
        filling fill: (_ file: Int32, _ path: String) throws -> Void
    ) throws {
        try check(name, in: folder, replacing: replacing)
        let temporary = try folder.createTemporaryFile(beside: name, filling: fill)
        defer { try? folder.remove(temporary) }
        try cancellation?.check()
        for _ in 0..<3 {
            switch try destination(of: name, in: folder) {
            case .newFile:
                guard let linked = try folder.linkWithoutReplacing(temporary, to: name) else {
                    try folder.rename(temporary, to: name)
                    return try folder.sync()
                }
                guard linked else { continue }
            case .regularFile:
                try refuseReplacing(.regularFile, name, in: folder, unless: replacing)
                try folder.rename(temporary, to: name)
            }
            return try folder.sync()
        }
        throw ProjectError(file: folder.path(of: name), problem: "the path keeps changing; try again")
    }

    /// Throws as `write` would before writing anything: for anything but a new path or a regular file, and `Exists`
    /// for a regular file unless `replacing`.
    static func check(_ name: String, in folder: FolderDescriptor, replacing: Bool) throws {
        try refuseReplacing(try destination(of: name, in: folder), name, in: folder, unless: replacing)
    }

    /// Throws `Exists` for a regular file the caller did not agree to replace.
    private static func refuseReplacing(
        _ destination: Destination, _ name: String, in folder: FolderDescriptor, unless replacing: Bool
    ) throws {
        guard destination == .regularFile, !replacing else { return }
        throw Exists(path: folder.path(of: name))
    }

    /// What is at `name` in `folder`, refusing anything but nothing or a regular file.
    private static func destination(of name: String, in folder: FolderDescriptor) throws -> Destination {
        guard let entry = try folder.entry(name) else { return .newFile }
        guard entry.kind == .regularFile else {
            throw ProjectError(
                file: folder.path(of: name),
                problem:
                    "not a regular file (\(entry.kind.description)); Glean writes exports only to new files or regular files"
            )
        }
        return .regularFile
    }

    /// The folder holding `url`, opened (following links: where exports go is the user's choice), and its name there.
    static func parent(of url: URL) throws -> (FolderDescriptor, String) {
        let standard = url.standardizedFileURL
        let name = standard.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw ProjectError(
                file: standard.path,
                problem: "not a regular file (a folder); Glean writes exports only to new files or regular files")
        }
        return (try FolderDescriptor.opening(standard.deletingLastPathComponent()), name)
    }
}
