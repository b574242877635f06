import Foundation

/// The folder a new project is being created in, and how to take it back when creating fails part-way, so that a
/// failed `glean init`, `glean generate` or REFI-QDA import into a new project leaves nothing half-written.
///
/// Only what creating added is removed: the outermost folder that did not exist before, or, when the folder existed
/// and was empty, what is now inside it. A folder that held anything is never touched.
struct NewProjectFolder {
    private let created: URL?
    private let wasEmpty: Bool
    private let directory: URL

    /// Notes what exists at `directory` before creating a project there.
    init(_ directory: URL) {
        self.directory = directory.standardizedFileURL
        var outermostMissing: URL?
        var url = self.directory
        while !Self.exists(url), url.pathComponents.count > 1 {
            outermostMissing = url
            url = url.deletingLastPathComponent()
        }
        created = outermostMissing
        wasEmpty =
            outermostMissing == nil
            && ((try? FileManager.default.contentsOfDirectory(atPath: self.directory.path).isEmpty) ?? false)
    }

    /// Removes what creating the project added.
    func undo() {
        let manager = FileManager.default
        if let created {
            try? manager.removeItem(at: created)
        } else if wasEmpty {
            for name in (try? manager.contentsOfDirectory(atPath: directory.path)) ?? [] {
                try? manager.removeItem(at: directory.appendingPathComponent(name))
            }
        }
    }

    /// Whether anything, a link included, is at `url` (the link itself, not what it points to).
    private static func exists(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil
    }
}
