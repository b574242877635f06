import Foundation

/// Where each part of a project lives inside its directory.
///
/// ```
/// glean.json                  schema version, programme, participants, codebook
/// fortnights/003/logs.json    the logs of fortnight 3
/// fortnights/003/coding.json  the quotes and note of fortnight 3
/// journal.jsonl               changes not yet folded into the files above
/// glean.lock                  who is editing the project, while someone is
/// transaction.json            the commit point of the last write that spanned several files
/// backups/20261125T165211Z/   the files as they were before a fold, a restore or an upgrade
/// exports/                    summaries exported from the interface
/// cache/digests/003.json      fortnight 3's digest, derived from its files (see `DigestCache`)
/// ```
public struct ProjectLayout: Sendable {
    /// The project directory.
    public let root: URL

    /// A layout for the project directory at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// `glean.json`.
    public var manifest: URL { root.appendingPathComponent("glean.json") }
    /// `journal.jsonl`.
    var journal: URL { root.appendingPathComponent("journal.jsonl") }
    /// `glean.lock`, present while a Glean edits the project.
    var lockFile: URL { root.appendingPathComponent("glean.lock") }
    /// `transaction.json` (see `TransactionRecord`).
    var transaction: URL { root.appendingPathComponent(TransactionRecord.fileName) }
    /// The folder of dated backups.
    public var backupsFolder: URL { root.appendingPathComponent("backups", isDirectory: true) }
    /// The folder of summaries exported from the interface.
    var exportsFolder: URL { root.appendingPathComponent("exports", isDirectory: true) }
    /// The folder holding every fortnight's folder.
    var fortnightsFolder: URL { root.appendingPathComponent("fortnights", isDirectory: true) }

    /// The folder of fortnight `number`, e.g. `fortnights/003`.
    public func folder(ofFortnight number: Int) -> URL {
        fortnightsFolder.appendingPathComponent(Project.threeDigits(number), isDirectory: true)
    }

    /// The logs file of fortnight `number`.
    func logs(ofFortnight number: Int) -> URL {
        folder(ofFortnight: number).appendingPathComponent("logs.json")
    }

    /// The coding file of fortnight `number`.
    func coding(ofFortnight number: Int) -> URL {
        folder(ofFortnight: number).appendingPathComponent("coding.json")
    }

    /// The project folder, held open (see `FolderDescriptor`).
    func openRoot() throws -> FolderDescriptor {
        try FolderDescriptor.opening(root)
    }

    /// The folder `relative` inside the project (e.g. `fortnights/003`), opened without following any link inside the
    /// project; nil when missing, unless `create`.
    func openFolder(_ relative: String, create: Bool = false) throws -> FolderDescriptor? {
        try openRoot().folder(at: relative, create: create)
    }

    /// The fortnight numbers that have a folder in `fortnights`, sorted; a numbered folder outside
    /// `Project.fortnightRange` is an error, not something to skip. Hidden names (staged files) are not fortnights.
    static func fortnightNumbers(in fortnights: FolderDescriptor?) throws -> [Int] {
        guard let fortnights else { return [] }
        return try fortnights.names().compactMap { name in
            guard name.count >= 3, name.allSatisfy(\.isASCII), name.allSatisfy(\.isNumber) else { return nil }
            guard let number = Int(name), Project.fortnightRange.contains(number) else {
                throw ProjectError(
                    file: fortnights.path(of: name),
                    problem:
                        "fortnights are numbered from \(Project.fortnightRange.lowerBound) to \(Project.fortnightRange.upperBound)"
                )
            }
            return number
        }.sorted()
    }

    /// The fortnight numbers that have a folder on disk, sorted (see `fortnightNumbers(in:)`).
    func fortnightsOnDisk() throws -> [Int] {
        try ProjectLayout.fortnightNumbers(in: openFolder("fortnights"))
    }

    /// The path of `url` inside the project folder, e.g. `fortnights/003/coding.json`.
    func relativePath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// How messages name the file at `url`: its full path.
    public func display(_ url: URL) -> String {
        url.standardizedFileURL.path
    }
}
