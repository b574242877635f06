import Foundation

/// Where each part of a project lives inside its directory.
///
/// ```
/// glean.json                  schema version, programme, participants, codebook
/// fortnights/003/logs.json    the logs of fortnight 3
/// fortnights/003/coding.json  the quotes and note of fortnight 3
/// journal.jsonl               changes not yet folded into the files above
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
    public var journal: URL { root.appendingPathComponent("journal.jsonl") }
    /// The folder holding every fortnight's folder.
    public var fortnightsFolder: URL { root.appendingPathComponent("fortnights", isDirectory: true) }

    /// The folder of fortnight `number`, e.g. `fortnights/003`.
    public func folder(ofFortnight number: Int) -> URL {
        fortnightsFolder.appendingPathComponent(ProjectLayout.folderName(number), isDirectory: true)
    }

    /// The logs file of fortnight `number`.
    public func logs(ofFortnight number: Int) -> URL {
        folder(ofFortnight: number).appendingPathComponent("logs.json")
    }

    /// The coding file of fortnight `number`.
    public func coding(ofFortnight number: Int) -> URL {
        folder(ofFortnight: number).appendingPathComponent("coding.json")
    }

    /// The fortnight numbers that have a folder on disk, sorted.
    public func fortnightsOnDisk() throws -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fortnightsFolder.path)) ?? []
        return names.compactMap { name in
            guard name.count >= 3, name.allSatisfy(\.isASCII), name.allSatisfy(\.isNumber) else { return nil }
            return Int(name)
        }.sorted()
    }

    /// How messages name the file at `url`: its full path.
    public func display(_ url: URL) -> String {
        url.standardizedFileURL.path
    }

    private static func folderName(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
