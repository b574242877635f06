/// Opening a project for editing while another Glean edits it: the lock file and who holds it. The message says to
/// close it there or open it read-only; the command line adds how (`glean open --read-only`).
public struct ProjectLocked: DomainError, Equatable {
    /// The lock file, as the project's layout shows it.
    public var file: String
    /// Who holds the lock, e.g. "on host (process 12, user ana, since …)", when the lock file says.
    var holder: String?

    public var message: String {
        "the project is open in Glean \(holder ?? "in another process"). Close it there, or open it read-only"
    }
}
