/// Where a key binding applies: everywhere, or on one screen.
public enum KeyContext: String, CaseIterable, Sendable {
    case global = "Everywhere"
    case logs = "Logs"
    case reader = "Reader"
    case counts = "Counts"
    case codebook = "Codebook"
    case quotes = "Quote list"
    case importPreview = "Import preview"
}
