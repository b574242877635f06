/// An import's input being read in the background for its first preview.
public struct ImportReadingJob: Equatable, Sendable {
    /// The file or folder read, as typed.
    public var path: String
    /// Whether Esc cancelled it: its outcome, should it still arrive, opens no preview.
    public var cancelled = false

    /// Creates a job reading `path`.
    public init(path: String) {
        self.path = path
    }
}
