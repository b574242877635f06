import Foundation

/// What adding an `ExchangeImport.Incoming` to a project gives, worked out without writing anything: the participants
/// and logs to add (through `ProjectStore.importLogs`), then the concerns and quotes as one edit.
///
/// A concern whose name is already in the codebook (ignoring case) is that concern; others are added, keeping their
/// id and number key when free. A log already present (same participant, date and sections) takes the quotes for it;
/// a quote already present (same log, section, range and concerns) is not added twice. A fortnight note is set only
/// where the project's is empty.
public struct ExchangeMerge: Equatable, Sendable {
    /// The project with everything added.
    public private(set) var project: Project
    /// The new participants to add.
    public private(set) var participants: [Participant]
    /// The logs to add (those already present are skipped by `Project.addLogs`).
    public private(set) var logs: [Log]
    /// The edit adding the concerns and quotes.
    public private(set) var edit: Edit
    /// One line saying what was added.
    public private(set) var summary = ""
    /// What could not be added, one line each (logs dated before the programme).
    public private(set) var unmapped: [String] = []

    /// Works out adding `incoming` to `base`.
    public init(_ incoming: ExchangeImport.Incoming, into base: Project) {
        project = base
        let start = base.programme.start
        logs = incoming.logs.filter { start <= $0.date }
        for log in incoming.logs where log.date < start {
            unmapped.append("the log of \(log.participant) on \(log.date.iso) is before the programme starts (\(start.iso)); it and its \(incoming.quotes.filter { $0.log == log.id }.count) quote(s) not imported")
        }
        let known = Set(base.participants.map(\.code))
        participants = incoming.participants.filter { !known.contains($0.code) }
        project.addParticipants(participants)
        let addition = project.addLogs(logs)
        var changes: [Change] = []
        var concernIDs: [String: String] = [:]
        for concern in incoming.concerns {
            if let existing = project.codebook.concerns.first(where: { $0.name.caseInsensitiveCompare(concern.name) == .orderedSame }) {
                concernIDs[concern.id] = existing.id
                continue
            }
            var added = concern
            if project.codebook.concern(id: added.id) != nil { added.id = project.codebook.newID(forName: added.name) }
            if let key = added.key, project.codebook.concern(forKey: key) != nil { added.key = nil }
            concernIDs[concern.id] = added.id
            changes.append(.putConcern(concern: added, position: nil))
            project.apply(changes[changes.count - 1])
        }
        let quoteIDs = Set(project.fortnights.values.flatMap(\.quotes).map(\.id))
        var added = 0
        for var quote in incoming.quotes {
            guard let source = logs.first(where: { $0.id == quote.log }), let log = project.log(matching: source) else { continue }
            quote.log = log.id
            quote.concerns = quote.concerns.compactMap { concernIDs[$0] }.sorted()
            if quoteIDs.contains(quote.id) { quote.id = UUID().uuidString.lowercased() }
            let number = project.programme.fortnight(containing: log.date)
            guard !project.fortnight(number).quotes.contains(where: { $0.hasSamePassage(as: quote) }) else { continue }
            changes.append(.putQuote(fortnight: number, quote: quote))
            project.apply(changes[changes.count - 1])
            added += 1
        }
        let newConcerns = changes.count - added
        for (number, note) in incoming.notes.sorted(by: { $0.key < $1.key })
        where Project.fortnightRange.contains(number) && project.fortnight(number).note == FortnightNote() {
            changes.append(.setNote(fortnight: number, note: note))
            project.apply(changes[changes.count - 1])
        }
        edit = Edit(summary: "Imported \(added) quotes", changes: changes)
        summary = incoming.logs.isEmpty && incoming.quotes.isEmpty
            ? "Imported \(newConcerns) new concerns; \(incoming.concerns.count - newConcerns) already in the codebook"
            : "Imported \(addition.count) logs (\(participants.count) new participants), \(newConcerns) new concerns and "
            + "\(added) quotes; \(addition.alreadyPresent) logs and \(incoming.quotes.count - added) quotes already present or not imported"
    }

    /// Writes `incoming` as a new project in `directory`, named as the file names it, starting on `start` (else the
    /// start recorded in a Glean export, else the Monday on or before the earliest log).
    public static func create(_ incoming: ExchangeImport.Incoming, in directory: URL, start: Day?) throws -> (ExchangeMerge, ProjectStore) {
        let earliest = incoming.logs.map(\.date).min() ?? Day(ordinal: 0)
        let first = start ?? incoming.start ?? earliest.adding(days: -earliest.weekdayIndex)
        let name = IncomingText.singleLine(incoming.name)
        let merge = ExchangeMerge(incoming, into: Project(programme: Programme(name: name.isEmpty ? "Imported project" : name, start: first)))
        return (merge, try ProjectStore.create(merge.project, in: directory))
    }

    /// Adds `incoming` to the project open for editing in `store`, whose current state is `project`, and returns the
    /// merge and the project as saved.
    public static func merge(_ incoming: ExchangeImport.Incoming, into project: Project, store: ProjectStore) throws -> ExchangeMerge {
        let merge = ExchangeMerge(incoming, into: project)
        var (updated, _) = try store.importLogs(participants: merge.participants, logs: merge.logs, into: project)
        guard !merge.edit.changes.isEmpty else { return merge }
        try store.record(merge.edit)
        updated.apply(merge.edit)
        try store.fold(updated)
        return merge
    }
}

extension Project {
    /// The project's log with the same participant, date and sections as `log`.
    fileprivate func log(matching log: Log) -> Log? {
        fortnight(programme.fortnight(containing: log.date)).logs.first {
            $0.participant == log.participant && $0.date == log.date && $0.sections == log.sections
        }
    }
}

extension Quote {
    /// Whether `other` tags the same passage with the same concerns.
    fileprivate func hasSamePassage(as other: Quote) -> Bool {
        (log, section, start, end, concerns) == (other.log, other.section, other.start, other.end, other.concerns)
    }
}
