/// Adding the concerns of a codebook file to a project's codebook, as one `Edit`.
///
/// A concern the codebook has already (the same id, or the same name ignoring case) is kept as it is; the others
/// are added after their theme's concerns, keeping their colour, their id when it is free, and their key when it is
/// free (otherwise they come without one, and a note says which concern keeps the key). When the file carries no keys
/// at all (a REFI-QDA `.qdc` never does), the added concerns take the free keys 1–9 in order. An incoming concern whose
/// id is one concern's and whose name is another's is ambiguous, and the whole import is refused.
public enum CodebookImport {
    /// What importing gives: the edit (nil when nothing is new) and a line for each thing worth telling the user.
    public struct Outcome: Equatable, Sendable {
        /// The edit adding the new concerns, or nil when there are none.
        public var edit: Edit?
        /// The concerns added, in order.
        var added: [Concern]
        /// What was kept or changed on the way in, one line each.
        public var notes: [String]
    }

    /// Works out, without writing, what adding `incoming` (from `file`) to `project`'s codebook gives.
    public static func merge(_ incoming: [Concern], from file: String, into project: Project) throws -> Outcome {
        var scratch = project
        var changes: [Change] = []
        var added: [Concern] = []
        var notes: [String] = []
        let assignKeys = !incoming.contains { $0.key != nil }
        for var concern in incoming {
            let codebook = scratch.codebook
            let byID = codebook.concern(id: concern.id)
            let byName = codebook.concerns.first { $0.name.caseInsensitiveCompare(concern.name) == .orderedSame }
            if let byID, let byName, byID.id != byName.id {
                throw CodebookError.ambiguousImport(file: file, name: concern.name, idOf: byID.name, nameOf: byName.id)
            }
            if let existing = byID ?? byName {
                notes.append("kept \(existing.name): the codebook has it already")
                continue
            }
            if let key = concern.key, let holder = codebook.concern(forKey: key) {
                notes.append("\(concern.name) comes without key \(key), which stays with \(holder.name)")
                concern.key = nil
            } else if assignKeys {
                concern.key = codebook.freeKey
            }
            concern.id = codebook.newID(forName: concern.id.isEmpty ? concern.name : concern.id)
            let position = (codebook.concerns.lastIndex { $0.theme == concern.theme }).map { $0 + 1 }
            let change = Change.putConcern(concern: concern, position: position)
            scratch.apply(change)
            changes.append(change)
            added.append(concern)
        }
        if assignKeys, !added.isEmpty {
            notes.append("the file has no keys, so the new concerns took the free keys 1–9 in order")
        }
        let edit =
            changes.isEmpty
            ? nil
            : Edit(
                summary: "Imported \(added.count) \(added.count == 1 ? "concern" : "concerns") from \(file)",
                changes: changes)
        return Outcome(edit: edit, added: added, notes: notes)
    }
}
