import Foundation

/// Finds what, among a project's files and folders, Glean refuses to read or write through, or others could change:
/// symbolic links; fifos, sockets and devices; a folder where a file belongs or the other way round; and files or
/// folders the group or everyone may write to (anyone who can write in a project folder can plant a link in it).
///
/// It looks at the project folder itself, Glean's own entries in it, and everything below `fortnights`, `backups`,
/// `exports` and `cache`; nothing is followed through a link. Other entries (a `.git` folder, say) are not Glean's to
/// judge.
public enum ProjectFileAudit {
    /// Glean's own files in the project folder.
    static let files = [
        "glean.json", Journal.fileName, Journal.fileName + ".torn", "glean.lock", TransactionRecord.fileName,
    ]
    /// Glean's own folders in the project folder, whose whole contents are Glean's.
    static let folders = ["fortnights", "backups", "exports", "cache"]
    /// Deeper than any folder Glean makes (`backups/NAME/fortnights/003` is 4 below the project).
    static let deepest = 8

    /// Every problem found, one per file or folder, each naming its full path; the project folder must open.
    public static func problems(_ layout: ProjectLayout) throws -> [ProjectError] {
        let root = try layout.openRoot()
        var problems: [ProjectError] = []
        if let problem = writable(try root.status()) {
            problems.append(ProjectError(file: root.path, problem: problem))
        }
        for name in (files + folders).sorted() {
            guard let entry = try root.entry(name) else { continue }
            let expected: FileEntry.Kind = files.contains(name) ? .regularFile : .folder
            if let problem = problem(with: entry, expected: expected) {
                problems.append(ProjectError(file: root.path(of: name), problem: problem))
            }
            if entry.kind == .folder, expected == .folder {
                problems += try audit(contentsOf: name, in: root, depth: 1)
            }
        }
        return problems
    }

    /// The problems of everything inside the folder `name` of `parent`.
    private static func audit(contentsOf name: String, in parent: FolderDescriptor, depth: Int) throws -> [ProjectError]
    {
        guard let folder = try parent.subfolder(name, create: false) else { return [] }
        guard depth < deepest else {
            return [ProjectError(file: folder.path, problem: "folders are nested deeper than Glean ever makes them")]
        }
        var problems: [ProjectError] = []
        for child in try folder.names().sorted() {
            guard let entry = try folder.entry(child) else { continue }
            if let problem = problem(with: entry, expected: nil) {
                problems.append(ProjectError(file: folder.path(of: child), problem: problem))
            }
            if entry.kind == .folder {
                problems += try audit(contentsOf: child, in: folder, depth: depth + 1)
            }
        }
        return problems
    }

    /// What is wrong with `entry`, which should be of the `expected` kind (or, when nil, a regular file or folder).
    private static func problem(with entry: FileEntry, expected: FileEntry.Kind?) -> String? {
        switch entry.kind {
        case .symbolicLink:
            return
                "a symbolic link; Glean never follows links in a project: put the file itself here, or remove the link"
        case .regularFile, .folder:
            if let expected, entry.kind != expected {
                return "\(entry.kind.description) where \(expected.description) belongs"
            }
            return writable(entry)
        default:
            return "\(entry.kind.description), not a regular file or folder; Glean never reads or writes one: remove it"
        }
    }

    /// Whether others than the owner may write to `entry`, in words; nil when they may not.
    private static func writable(_ entry: FileEntry) -> String? {
        let group = entry.permissions & 0o020 != 0
        let world = entry.permissions & 0o002 != 0
        guard group || world else { return nil }
        let who = group && world ? "group- and world-writable" : group ? "group-writable" : "world-writable"
        let mode = String(entry.permissions, radix: 8)
        let risk = entry.kind == .folder ? "add, replace or link files in it" : "change it"
        return
            "\(who) (mode \(String(repeating: "0", count: max(0, 4 - mode.count)) + mode)), so others could \(risk); "
            + "make it writable by its owner only (chmod go-w)"
    }
}
