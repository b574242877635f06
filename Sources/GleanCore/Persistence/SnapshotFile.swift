/// One of a project's snapshot files: `glean.json`, or a fortnight's `logs.json` or `coding.json`.
enum SnapshotFile: Hashable, Sendable {
    case manifest
    case logs(Int)
    case coding(Int)

    /// The fortnight the file belongs to; nil for `glean.json`.
    var fortnight: Int? {
        switch self {
        case .manifest: return nil
        case .logs(let number), .coding(let number): return number
        }
    }

    /// The file's name in its folder.
    var name: String {
        switch self {
        case .manifest: return "glean.json"
        case .logs: return "logs.json"
        case .coding: return "coding.json"
        }
    }

    /// The folder holding the file, relative to the project: empty for `glean.json`, else e.g. `fortnights/003`.
    var folder: String {
        fortnight.map { "fortnights/\(Project.threeDigits($0))" } ?? ""
    }

    /// The path relative to the project, e.g. `fortnights/003/coding.json`.
    var relativePath: String {
        folder.isEmpty ? name : "\(folder)/\(name)"
    }

    /// The two files of fortnight `number`.
    static func both(ofFortnight number: Int) -> [SnapshotFile] {
        [.logs(number), .coding(number)]
    }
}
