/// The sizes Glean accepts from files it did not write, one place for every importer and reader.
///
/// A learning log is a few hundred words; these limits are far above any real one and far below what could exhaust
/// memory or stall the interface. Input over a limit is refused with a message naming the file and the limit, never
/// cut short silently.
enum InputLimits {
    /// The most UTF-8 bytes one log's text may hold, all sections together: 1 MiB.
    static let logTextBytes = 1 << 20
    /// The most bytes Glean reads from one source-text entry of a QDPX archive (room for UTF-16 and markup): 4 MiB.
    static let sourceEntryBytes = 4 << 20
    /// The most bytes Glean reads from the project XML (`.qde`) of a QDPX archive, or from a `.qdc` codebook: 512 MiB.
    static let exchangeXMLBytes = 512 << 20
    /// The deepest nesting of elements an exchange file may have; REFI-QDA files nest a few levels, codes a few more.
    static let xmlDepth = 256
    /// The most bytes a summary template (`glean export --template`) may hold: 64 KiB (the bundled ones hold 6 KB).
    static let templateBytes = 64 << 10
    /// The most tags a summary template may hold (the bundled HTML one holds about 120); the Mustache parser's work
    /// grows with tags times size.
    static let templateTags = 4_096
    /// The deepest nesting of sections (`{{#…}}`, `{{^…}}`, `{{$…}}`, `{{<…}}`) or transforms a summary template may
    /// have.
    static let templateNesting = 64
    /// The most bytes one CSV row may hold, all its fields together: 4 MiB, a log's 1 MiB of text with room for the
    /// columns left out.
    static let csvRowBytes = 4 << 20

    /// The most UTF-8 bytes of a one-line value in an exchange file — a name, an id, any attribute: 4 KiB.
    static let nameBytes = 4 << 10
    /// The most elements an exchange file may hold: 8 million, about three times what an export of 100,000 coded logs
    /// needs (a log takes some 23: its source, selections, codings and variable values).
    static let exchangeElements = 8_000_000

    /// `bytes` in words for messages, e.g. "1 MiB".
    static func describe(bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
