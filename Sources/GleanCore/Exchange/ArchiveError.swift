/// Why a zip archive (a `.qdpx` export) could not be made.
public enum ArchiveError: DomainError, Equatable {
    /// zlib did not start.
    case compressorDidNotStart
    /// zlib did not start again for the next entry.
    case compressorDidNotRestart
    /// zlib failed while compressing.
    case compressionFailed
    /// The entry named `entry` is 4 GiB or more, which a zip without extensions cannot hold.
    case entryTooLarge(entry: String)

    public var message: String {
        switch self {
        case .compressorDidNotStart: return "the zip archive could not be made (zlib did not start)"
        case .compressorDidNotRestart: return Self.unmade("zlib could not start again")
        case .compressionFailed: return Self.unmade("zlib could not deflate")
        case .entryTooLarge(let entry): return Self.unmade("the entry \(entry) is 4 GiB or more")
        }
    }

    private static func unmade(_ problem: String) -> String {
        "the zip archive could not be made: \(problem)"
    }
}
