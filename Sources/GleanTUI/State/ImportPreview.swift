import GleanCore

/// An import read but not yet made: the input's name and what reading it found.
public struct ImportPreview: Equatable, Sendable {
    /// The file or folder, as the user typed it.
    public var path: String
    /// The logs, participants, bad rows and left-out columns found.
    public var batch: ImportBatch

    /// Creates a preview.
    public init(path: String, batch: ImportBatch) {
        self.path = path
        self.batch = batch
    }
}
