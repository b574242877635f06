import Foundation

/// Importing REFI-QDA exchange files into Glean: a QDPX project (as a new project or merged into one) or a QDC
/// codebook. Reading maps the file to Glean's model with provisional ids (`Incoming`); `merged(into:)` then works out,
/// without writing, what adding it to a project gives.
public enum ExchangeImport {
    /// Where a source's participant is found.
    public enum ParticipantSource: Equatable, Sendable {
        /// The name of the case that holds the source (the default).
        case caseName
        /// The value of the source variable with this name.
        case variable(String)
        /// The source's name.
        case sourceName
    }

    /// How sources become logs.
    public struct Options: Equatable, Sendable {
        /// Where participants come from.
        public var participantFrom: ParticipantSource
        /// The source variable holding each log's date; nil for one named `Date` when there is one.
        public var dateVariable: String?
        /// The date of sources that carry none.
        var date: Day?

        /// Creates options.
        public init(participantFrom: ParticipantSource = .caseName, dateVariable: String? = nil, date: Day? = nil) {
            self.participantFrom = participantFrom
            self.dateVariable = dateVariable
            self.date = date
        }
    }

    /// A file's contents mapped to Glean, before they join a project. Logs' ids are their sources' GUIDs, and quotes
    /// refer to logs and concerns by these provisional ids.
    public struct Incoming: Equatable, Sendable {
        /// The project's name.
        var name: String
        /// The programme's first day, when the file is a Glean export.
        var start: Day?
        /// The participants, with attributes.
        var participants: [Participant] = []
        /// The logs.
        var logs: [Log] = []
        /// The concerns, in codebook order.
        var concerns: [Concern] = []
        /// The quotes.
        var quotes: [Quote] = []
        /// The facilitators' fortnight notes, when the file is a Glean export.
        var notes: [Int: FortnightNote] = [:]
        /// The ids (source GUIDs) of the incoming logs marked done, when the file is a Glean export.
        var done: [String] = []
        /// How the file was read where it left the standard (e.g. CR LF counted as one), one line each.
        public var notices: [String] = []
        /// What could not be imported, one line each.
        public var unmapped: [String] = []
    }

    /// Reads the exchange file at `url` (named `name` in messages).
    ///
    /// - Throws: `ProjectError` when the file cannot be read, or sources lack a participant or date under `options`.
    public static func read(_ url: URL, name: String, format: ExchangeFormat, options: Options = Options()) throws
        -> Incoming
    {
        switch format {
        case .qdpx:
            return try readProject(url, name: name, options: options)
        case .qdc:
            let root = try SafeXMLReader.root(
                of: try readCodebook(url, name: name), file: name, reading: ExchangeDocument.elementsRead)
            let document = try ExchangeDocument(root: root, file: name) { _, _, _ in nil }
            let concerns = CodeFlattening(document.codes, applied: [], data: nil).entries.map(\.concern)
            return Incoming(name: document.name, concerns: concerns)
        }
    }

    /// Reads the QDPX project at `url`; `tally`, when given, counts how often its entries are looked at.
    static func readProject(_ url: URL, name: String, options: Options, tally: EntryTally? = nil) throws -> Incoming {
        let archive = try QDPXArchive(url, name: name, tally: tally)
        let (path, xml) = try archive.projectXML()
        let file = "\(name)/\(path)"
        let document = try ExchangeDocument.read(xml, file: file, tally: tally) {
            try archive.text(plain: $0, rich: $1, guid: $2)
        }
        return try ExchangeMapping(document, options: options, file: name).incoming
    }

    /// The bytes of the codebook at `url`, read in chunks and refused past `InputLimits.exchangeXMLBytes`.
    private static func readCodebook(_ url: URL, name: String) throws -> Data {
        let unreadable = ProjectError(file: name, problem: "cannot read the file")
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw unreadable }
        defer { try? handle.close() }
        var data = Data()
        while let chunk = try Self.chunk(of: handle, or: unreadable), !chunk.isEmpty {
            guard data.count + chunk.count <= InputLimits.exchangeXMLBytes else {
                throw ProjectError(
                    file: name,
                    problem:
                        "the file is larger than \(InputLimits.describe(bytes: InputLimits.exchangeXMLBytes)), the most Glean reads as a codebook (refused)"
                )
            }
            data.append(chunk)
        }
        return data
    }

    /// The next megabyte of `handle`, nil at the end, or `unreadable` thrown when it cannot be read.
    private static func chunk(of handle: FileHandle, or unreadable: ProjectError) throws -> Data? {
        do { return try handle.read(upToCount: 1 << 20) } catch { throw unreadable }
    }
}
