import Foundation

/// What adding an `ExchangeImport.Incoming` to a project gives, worked out without writing anything: the participants
/// and logs to add, and the concerns and quotes as one edit, written together by `ProjectStore.importLogs`.
///
/// A concern whose name is already in the codebook (ignoring case) is that concern; others are added, keeping their
/// id and number key when free. A log already present (same participant, date and sections) takes the quotes for it;
/// a quote already present (same log, section, range and concerns) is not added twice. A fortnight note is set only
/// where the project's is empty.
public struct ExchangeMerge: Equatable, Sendable {
    /// The project with everything added.
    private(set) var project: Project
    /// The new participants to add.
    private(set) var participants: [Participant]
    /// The logs to add (those already present are skipped by `Project.addLogs`).
    private(set) var logs: [Log]
    /// The edit adding the concerns and quotes.
    private(set) var edit: Edit
    /// One line saying what was added.
    public private(set) var summary = ""
    /// What could not be added, one line each (logs dated outside the programme's fortnights).
    public private(set) var unmapped: [String] = []

    /// Works out adding `incoming` to `base`.
    init(_ incoming: ExchangeImport.Incoming, into base: Project) {
        project = base
        logs = incoming.logs.filter { Self.placement(of: $0, in: base.programme) == nil }
        var quoteCounts: [String: Int]?
        for log in incoming.logs {
            guard let problem = Self.placement(of: log, in: base.programme) else { continue }
            if quoteCounts == nil { quoteCounts = incoming.quotes.reduce(into: [:]) { $0[$1.log, default: 0] += 1 } }
            unmapped.append(
                "the log of \(log.participant) on \(log.date.iso) \(problem); it and its \(quoteCounts?[log.id] ?? 0) quote(s) not imported"
            )
        }
        let known = Set(base.participants.map(\.code))
        participants = incoming.participants.filter { !known.contains($0.code) }
        project.addParticipants(participants)
        let addition = project.addLogs(logs)
        var changes: [Change] = []
        var concernIDs: [String: String] = [:]
        var ids = ConcernIDs(taken: project.codebook.concerns.map(\.id))
        var keys = Set(project.codebook.concerns.compactMap(\.key))
        var byName: [String: String] = [:]
        for concern in project.codebook.concerns where byName[Self.nameKey(concern.name)] == nil {
            byName[Self.nameKey(concern.name)] = concern.id
        }
        var newConcerns: [Concern] = []
        for concern in incoming.concerns {
            if let existing = byName[Self.nameKey(concern.name)] {
                concernIDs[concern.id] = existing
                continue
            }
            var added = concern
            if !ids.take(added.id) { added.id = ids.newID(forName: added.name) }
            if let key = added.key, !keys.insert(key).inserted { added.key = nil }
            byName[Self.nameKey(added.name)] = added.id
            concernIDs[concern.id] = added.id
            changes.append(.putConcern(concern: added, position: nil))
            newConcerns.append(added)
        }
        // What applying each `.putConcern` gives, without its search for the id: every id here is new, so each is
        // appended.
        project.codebook.concerns += newConcerns
        let quoteIDs = Set(project.fortnights.values.flatMap(\.quotes).map(\.id))
        var sources: [String: Log] = [:]
        for log in logs where sources[log.id] == nil { sources[log.id] = log }
        var present: [LogIdentity: Log] = [:]
        for fortnight in project.fortnights.values {
            for log in fortnight.logs where present[LogIdentity(log)] == nil { present[LogIdentity(log)] = log }
        }
        var passages: [Int: Set<ImportedQuote>] = [:]
        var newQuotes: [Int: [Quote]] = [:]
        for var quote in incoming.quotes {
            guard let source = sources[quote.log] else { continue }
            guard let log = present[LogIdentity(source)] else { continue }
            quote.log = log.id
            quote.concerns = QuoteTagging.ordered(quote.concerns.compactMap { concernIDs[$0] })
            if quoteIDs.contains(quote.id) { quote.id = UUID().uuidString.lowercased() }
            let number = project.programme.fortnight(containing: log.date)
            if passages[number] == nil {
                passages[number] = Set(project.fortnight(number).quotes.map(ImportedQuote.init))
            }
            guard passages[number]?.insert(ImportedQuote(quote)).inserted == true else { continue }
            changes.append(.putQuote(fortnight: number, quote: quote))
            newQuotes[number, default: []].append(quote)
        }
        // What applying each `.putQuote` gives, in one sort per fortnight: a fortnight's quotes are kept in
        // `Quote.precedes` order, and every id here is new.
        for (number, quotes) in newQuotes {
            var fortnight = project.fortnight(number)
            fortnight.quotes = (fortnight.quotes + quotes).sorted(by: Quote.precedes)
            project.fortnights[number] = fortnight
        }
        let added = newQuotes.values.reduce(0) { $0 + $1.count }
        for (number, note) in incoming.notes.sorted(by: { $0.key < $1.key })
        where Project.fortnightRange.contains(number) && project.fortnight(number).note == FortnightNote() {
            changes.append(.setNote(fortnight: number, note: note))
            project.apply(changes[changes.count - 1])
        }
        for id in incoming.done {
            guard let source = sources[id], let log = present[LogIdentity(source)] else { continue }
            let number = project.programme.fortnight(containing: log.date)
            guard !project.fortnight(number).done.contains(log.id) else { continue }
            changes.append(.setLogDone(fortnight: number, log: log.id, done: true))
            project.apply(changes[changes.count - 1])
        }
        edit = Edit(summary: "Imported \(added) quotes", changes: changes)
        summary =
            incoming.logs.isEmpty && incoming.quotes.isEmpty
            ? "Imported \(newConcerns.count) new concerns; \(incoming.concerns.count - newConcerns.count) already in the codebook"
            : "Imported \(addition.count) logs (\(participants.count) new participants), \(newConcerns.count) new concerns and "
                + "\(added) quotes; \(addition.alreadyPresent) logs and \(incoming.quotes.count - added) quotes already present or not imported"
    }

    /// Why `log` has no fortnight in `programme`, or nil when it has one.
    static func placement(of log: Log, in programme: Programme) -> String? {
        let number = programme.fortnight(containing: log.date)
        if number < Project.fortnightRange.lowerBound {
            return "is before the programme starts (\(programme.start.iso))"
        }
        if number > Project.fortnightRange.upperBound {
            return
                "is after fortnight \(Project.fortnightRange.upperBound) of a programme starting \(programme.start.iso), the last a project can hold"
        }
        return nil
    }

    /// `name` as concerns' names are matched: ignoring case.
    private static func nameKey(_ name: String) -> String {
        name.folding(options: .caseInsensitive, locale: nil)
    }

    /// Writes `incoming` as a new project in `directory`, named as the file names it, starting on `start` (else the
    /// start recorded in a Glean export, else the Monday on or before the earliest log).
    ///
    /// - Throws: `ExchangeStartError` naming `file`, without writing, when the start was not given and a log falls
    ///   outside the fortnights of the start worked out: only a start chosen by the user may leave logs out (reported
    ///   in `unmapped`). Whatever `ProjectStore.create` throws.
    public static func create(
        _ incoming: ExchangeImport.Incoming, in directory: URL, start: Day?, file: String = "the import"
    ) throws -> (ExchangeMerge, ProjectStore) {
        let earliest = incoming.logs.map(\.date).min() ?? Day(year: 2000, month: 1, day: 3)!
        let first = start ?? incoming.start ?? earliest.adding(days: -earliest.weekdayIndex)
        let name = IncomingText.singleLine(incoming.name)
        let programme = Programme(name: name.isEmpty ? "Imported project" : name, start: first)
        if start == nil, let log = incoming.logs.first(where: { placement(of: $0, in: programme) != nil }) {
            throw ExchangeStartError(
                file: file, participant: log.participant, date: log.date,
                placement: placement(of: log, in: programme) ?? "",
                origin: incoming.start == nil ? .earliestLog(earliest) : .file)
        }
        let merge = ExchangeMerge(incoming, into: Project(programme: programme))
        return (merge, try ProjectStore.create(merge.project, in: directory))
    }

    /// Adds `incoming` to the project open for editing in `store`, whose current state is `project`, and returns the
    /// merge and the project as saved.
    public static func merge(_ incoming: ExchangeImport.Incoming, into project: Project, store: ProjectStore) throws
        -> ExchangeMerge
    {
        let merge = ExchangeMerge(incoming, into: project)
        _ = try store.importLogs(participants: merge.participants, logs: merge.logs, coding: merge.edit, into: project)
        return merge
    }
}

/// What makes an imported quote one already present: the same passage (`QuotePassage`) with the same concerns.
private struct ImportedQuote: Hashable {
    var passage: QuotePassage
    var concerns: [String]

    init(_ quote: Quote) {
        passage = quote.passage
        concerns = quote.concerns
    }
}
