/// Folds the team's edits over the project as it was when the team began, in one order every machine agrees on, so
/// every clone that holds the same edits holds the same project, byte for byte once written.
///
/// The rules: edits apply in (lamport, facilitator, sequence) order. A put of a quote or concern that exists already
/// sets only the fields its facilitator changed, so a rename by one and a recolour by another both survive. When two
/// facilitators set the same field, or one removes what the other changed, without seeing each other's edit, the later
/// in the order wins and the clash is listed for review. A concern deleted while someone tagged with it is kept, and
/// listed. Quotes are never merged: two facilitators tagging the same passage each keep their own quote.
public enum TeamFold {
    /// The folded project and what the team should review.
    public struct Result: Sendable {
        /// The project with every edit applied.
        public var project: Project
        /// The clashes decided by rule, in fold order.
        public var reviews: [TeamReview]
    }

    /// Folds `ops` (from every facilitator's file, in any order) over `base`. `names` gives facilitators' display names
    /// for the review messages.
    ///
    /// An edit arrives from another machine, so it may hold anything: an edit that would leave the project with a
    /// problem `ProjectChecker` finds (a quote outside its log, a log or concern that does not exist, a fortnight out
    /// of range, an id used twice) is left out whole and listed for review with its file and line, and the rest is
    /// folded. Folding every edit and checking the result once is the usual path; when that finds a new problem, the
    /// edits are folded again in runs that double while they bring in none, and a run that does is halved down to
    /// the edit that brings one in, which is left out: a few checks per edit left out, never one check per edit.
    static func fold(base: Project, ops: [TeamOp], names: [String: String] = [:]) -> Result {
        let ordered = ops.sorted(by: { $0.precedes($1) })
        let name = { (id: String) in names[id] ?? String(id.prefix(8)) }
        var all = FoldState(project: base)
        ordered.forEach { all.apply($0, name: name) }
        var known = problems(in: base)
        if Set(problems(in: all.finished().project).keys).isSubset(of: known.keys) { return all.finished() }
        var state = FoldState(project: base)
        var refused: [TeamReview] = []
        var next = 0
        /// Folds the edits from `next` to `end` over `state` and keeps them when they bring in no new problem;
        /// returns the new problems found otherwise.
        func foldUnlessItAddsProblems(to end: Int) -> [String] {
            var trial = state
            ordered[next...end].forEach { trial.apply($0, name: name) }
            let found = problems(in: trial.finished().project)
            let new = found.filter { known[$0.key] == nil }.sorted { $0.key < $1.key }.map(\.value)
            if new.isEmpty { (state, known, next) = (trial, found, end + 1) }
            return new
        }
        var step = 1
        while next < ordered.count {
            var end = min(next + step - 1, ordered.count - 1)
            var new = foldUnlessItAddsProblems(to: end)
            guard !new.isEmpty else {
                step *= 2
                continue
            }
            while end > next {
                let middle = (next + end - 1) / 2
                let found = foldUnlessItAddsProblems(to: middle)
                if !found.isEmpty { (end, new) = (middle, found) }
            }
            let op = ordered[next]
            refused.append(
                TeamReview(
                    "\(TeamFiles.folderName)/\(TeamFiles.opsName(op.facilitator)) line \(op.sequence) (\(name(op.facilitator)): “\(op.summary.prefix(60))”): \(new[0]); the edit is left out"
                ))
            (next, step) = (next + 1, 1)
        }
        var result = state.finished()
        result.reviews = refused + result.reviews
        return result
    }

    /// The problems `ProjectChecker` finds in `project`, each by its full description, with its words.
    private static func problems(in project: Project) -> [String: String] {
        Dictionary(
            ProjectChecker.problems(in: project).map { ($0.description, $0.problem) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The fold part way through: the project with the edits so far, who set which field, the clashes found, and the
    /// concerns removed.
    private struct FoldState {
        var project: Project
        var writes = FieldWrites()
        var reviews: [TeamReview] = []
        var removedConcerns: [String: Concern] = [:]

        /// Applies `op`'s import and changes, listing the clashes it makes.
        mutating func apply(_ op: TeamOp, name: (String) -> String) {
            if let imported = op.imported {
                project.addParticipants(imported.participants)
                project.addLogs(imported.logs)
            }
            for item in op.changes {
                let touched = TeamFold.touches(item, in: project)
                for clash in writes.record(op, touched) {
                    reviews.append(TeamReview(clash.message(entity: touched.label, name: name)))
                }
                if case .removeConcern(let id) = item.change, let concern = project.codebook.concern(id: id) {
                    removedConcerns[id] = concern
                }
                TeamFold.apply(item, to: &project)
            }
        }

        /// The project with the concerns still in use put back and keys and names settled, and every review.
        func finished() -> Result {
            var project = self.project
            let settled =
                TeamFold.keepConcernsInUse(&project, removed: removedConcerns) + TeamFold.settleKeysAndNames(&project)
            return Result(project: project, reviews: reviews + settled)
        }
    }

    /// Applies one change, laying only the fields its facilitator set over an existing quote or concern.
    static func apply(_ item: TeamChange, to project: inout Project) {
        switch item.change {
        case .putQuote(let number, let quote) where !item.fields.isEmpty:
            if let existing = project.fortnights[number]?.quotes.first(where: { $0.id == quote.id }) {
                project.apply(
                    .putQuote(
                        fortnight: number, quote: EntityFields.overlay(existing, with: quote, fields: item.fields)))
            } else {
                project.apply(item.change)
            }
        case .putConcern(let concern, let position) where !item.fields.isEmpty:
            if let existing = project.codebook.concern(id: concern.id) {
                let merged = EntityFields.overlay(existing, with: concern, fields: item.fields)
                project.apply(.putConcern(concern: merged, position: position))
            } else {
                project.apply(item.change)
            }
        default:
            project.apply(item.change)
        }
    }

    /// A concern that a quote still uses after the fold is put back (as it was last defined), and listed.
    private static func keepConcernsInUse(_ project: inout Project, removed: [String: Concern]) -> [TeamReview] {
        var reviews: [TeamReview] = []
        let used = Set(project.fortnights.values.flatMap { $0.quotes.flatMap(\.concerns) })
        for id in used.sorted() where project.codebook.concern(id: id) == nil {
            let count = project.fortnights.values.reduce(0) { $0 + $1.quotes.count { $0.concerns.contains(id) } }
            let concern = removed[id] ?? Concern(id: id, name: id, colour: "#808080", key: nil, theme: "Restored")
            var kept = concern
            if let key = kept.key, project.codebook.concern(forKey: key) != nil { kept.key = nil }
            project.apply(.putConcern(concern: kept, position: nil))
            reviews.append(
                TeamReview(
                    "Concern “\(kept.name)” was deleted while \(count) \(count == 1 ? "quote was" : "quotes were") tagged with it; it is kept: merge it into another concern, or delete it again"
                ))
        }
        return reviews
    }

    /// Two concerns given one number key at the same time: the first in the codebook keeps it, the other loses it; two
    /// concerns given one name are both kept. Either is listed.
    private static func settleKeysAndNames(_ project: inout Project) -> [TeamReview] {
        var reviews: [TeamReview] = []
        var holders: [Int: String] = [:]
        var names: [String: String] = [:]
        for index in project.codebook.concerns.indices {
            let concern = project.codebook.concerns[index]
            if let key = concern.key {
                if let holder = holders[key] {
                    project.codebook.concerns[index].key = nil
                    reviews.append(
                        TeamReview(
                            "Key \(key) was given to “\(holder)” and to “\(concern.name)” at the same time; “\(holder)” keeps it and “\(concern.name)” has no key now"
                        ))
                } else {
                    holders[key] = concern.name
                }
            }
            let folded = concern.name.lowercased()
            if let other = names[folded] {
                reviews.append(
                    TeamReview(
                        "Two concerns are named “\(concern.name)” (ids \(other) and \(concern.id)): rename one, or merge them"
                    ))
            } else {
                names[folded] = concern.id
            }
        }
        return reviews
    }

    /// What `item` touches: its entity, and the fields it sets (nil when it removes the entity).
    private static func touches(_ item: TeamChange, in project: Project) -> FieldWrites.Touch {
        switch item.change {
        case .putQuote(let number, let quote):
            let fields = item.fields.isEmpty ? EntityFields.object(quote).keys.sorted() : item.fields
            return .init(
                entity: "quote \(quote.id) (fortnight \(number))",
                fields: fields.map { ($0, EntityFields.text(of: $0, in: quote)) })
        case .removeQuote(let number, let id):
            return .init(entity: "quote \(id) (fortnight \(number))", fields: nil)
        case .putConcern(let concern, _):
            let fields = item.fields.isEmpty ? EntityFields.object(concern).keys.sorted() : item.fields
            return .init(
                entity: "concern \(concern.id)", fields: fields.map { ($0, EntityFields.text(of: $0, in: concern)) },
                label: "Concern “\(project.codebook.concern(id: concern.id)?.name ?? concern.name)”")
        case .removeConcern(let id):
            return .init(
                entity: "concern \(id)", fields: nil, label: "Concern “\(project.codebook.concern(id: id)?.name ?? id)”"
            )
        case .setNote(let number, let note):
            return .init(
                entity: "note of fortnight \(number)",
                fields: [("note", EntityFields.text(of: "note", in: ["note": note]))])
        case .setAttribution(let attribution):
            return .init(
                entity: "attribution", fields: [("attribution", EntityFields.text(of: "a", in: ["a": attribution]))])
        case .setAttributes(let participant, let attributes):
            return .init(
                entity: "attributes of \(participant)",
                fields: [("attributes", EntityFields.text(of: "a", in: ["a": attributes]))])
        case .setKeyConcernRule(let rule):
            return .init(entity: "key-concern rule", fields: [("rule", EntityFields.text(of: "a", in: ["a": rule]))])
        case .setLogDone(let number, let log, let done):
            return .init(entity: "log \(log) (fortnight \(number))", fields: [("done", done ? "done" : "not done")])
        case .decideCoding(let number, let decision):
            return .init(
                entity: decisionEntity(number, decision.log, decision.concern),
                fields: [("accepted", decision.accepted.joined(separator: ","))],
                label:
                    "Decision on \(project.codebook.concern(id: decision.concern)?.name ?? decision.concern) in log \(decision.log)"
            )
        case .withdrawDecision(let number, let log, let concern):
            return .init(
                entity: decisionEntity(number, log, concern), fields: nil,
                label: "Decision on \(project.codebook.concern(id: concern)?.name ?? concern) in log \(log)")
        }
    }

    /// The key of the decision on `concern` in `log`: one entity, so two facilitators deciding it at once clash.
    private static func decisionEntity(_ number: Int, _ log: String, _ concern: String) -> String {
        "decision on \(concern) in log \(log) (fortnight \(number))"
    }
}
