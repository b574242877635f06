/// A whole learning-log programme in memory: what `glean.json` holds plus every fortnight.
public struct Project: Equatable, Sendable {
    /// The schema version this build reads and writes.
    static let currentSchemaVersion = 4

    /// The fortnight numbers a project may use: four years of fortnights many times over, and no more, so a damaged
    /// number cannot make Glean build an absurdly long list.
    public static let fortnightRange = 1...9999

    /// The programme's name and start.
    public var programme: Programme
    /// Everyone writing logs, sorted by code.
    public var participants: [Participant]
    /// The concerns quotes are tagged with.
    public var codebook: Codebook
    /// The fortnights that hold logs or coding, keyed by number.
    public var fortnights: [Int: Fortnight]
    /// Which participant attributes attribute a featured quote.
    public var attribution: Attribution
    /// Which concerns the fortnight summaries write up as key.
    public var keyConcernRule: KeyConcernRule = .standard
    /// Fortnights on disk whose files were not read (see `ProjectStore.open(_:access:reading:)`), by number: their
    /// digests stand in for them in counts until `read(_:)` brings them in. Empty when the whole project is in memory.
    public var unread: [Int: FortnightDigest] = [:]

    /// Creates a project.
    public init(
        programme: Programme, participants: [Participant] = [], codebook: Codebook = Codebook(),
        fortnights: [Int: Fortnight] = [:], attribution: Attribution = .standard
    ) {
        self.programme = programme
        self.participants = participants
        self.codebook = codebook
        self.fortnights = fortnights
        self.attribution = attribution
    }

    /// The fortnight numbers from 1 to the latest one holding anything (at least 1).
    public var fortnightNumbers: [Int] {
        Array(1...max(1, fortnights.keys.max() ?? 1, unread.keys.max() ?? 1))
    }

    /// Whether every fortnight is in memory: what searching, exporting or changing the whole programme needs.
    public var isWhole: Bool { unread.isEmpty }

    /// The digest of fortnight `number`: the one standing in for it when it was not read, else its own.
    func digest(of number: Int) -> FortnightDigest {
        unread[number] ?? fortnight(number).digest
    }

    /// The digest of each fortnight from 1 to the latest.
    func digests() -> [FortnightDigest] {
        fortnightNumbers.map(digest(of:))
    }

    /// Takes in fortnights read after opening, in place of their digests; fortnights already read are left alone.
    /// (Nothing may change a fortnight while it is unread: the interface refuses such edits until it is read.)
    public mutating func read(_ read: [Int: Fortnight]) {
        for (number, fortnight) in read where unread[number] != nil {
            unread[number] = nil
            fortnights[number] = fortnight
        }
    }

    /// The latest fortnight number.
    public var latestFortnight: Int { fortnightNumbers.last ?? 1 }

    /// Fortnight `number`, empty when nothing is recorded for it.
    public func fortnight(_ number: Int) -> Fortnight {
        fortnights[number] ?? Fortnight(number: number)
    }

    /// The participant with `code`, if any.
    public func participant(code: String) -> Participant? {
        participants.first { $0.code == code }
    }

    /// Every attribute name used by any participant, sorted.
    public var attributeNames: [String] {
        Set(participants.flatMap(\.attributes.keys)).sorted()
    }

    /// The distinct values of attribute `name`, sorted.
    public func values(ofAttribute name: String) -> [String] {
        Set(participants.compactMap { $0.attributes[name] }).sorted()
    }
}
