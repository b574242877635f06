import Foundation
import Glibc

/// The facilitator's own edits file in a team project: each edit recorded is appended as a `TeamOp`, with the fields
/// it set, its clock, and what it had seen of the others, and is on disk when `record` returns.
final class TeamLog {
    /// The facilitator whose file this is.
    let facilitator: Facilitator
    private let files: TeamFiles
    /// The project as this facilitator has it: the fold it was made from, with every edit recorded since.
    private(set) var current: Project
    private var lamport: Int
    private var seen: [String: Int]
    private var sequence: Int
    private var validLength: Int

    /// The log for `facilitator` over `contents` (as read), whose fold is `folded`.
    init(_ facilitator: Facilitator, files: TeamFiles, contents: TeamContents, folded: Project) {
        self.facilitator = facilitator
        self.files = files
        current = folded
        lamport = contents.lamport
        var counts = contents.edits.lines
        sequence = counts.removeValue(forKey: facilitator.id) ?? 0
        seen = counts
        validLength = contents.ownValidLength
    }

    /// Appends `edit`; `imported` when it is an import's addition.
    func record(_ edit: Edit, imported: TeamImport? = nil) throws {
        let changes = edit.changes.map { TeamChange(change: $0, fields: fields(of: $0)) }
        let op = TeamOp(
            facilitator: facilitator.id, sequence: sequence + 1, lamport: lamport + 1, seen: seen,
            summary: edit.summary, changes: changes, imported: imported,
            made: ISO8601DateFormatter().string(from: Date()))
        try append(op)
        sequence += 1
        lamport += 1
        if let imported {
            current.addParticipants(imported.participants)
            current.addLogs(imported.logs)
        }
        changes.forEach { TeamFold.apply($0, to: &current) }
    }

    /// The fields of its quote or concern that `change` sets, against the project as this facilitator has it.
    private func fields(of change: Change) -> [String] {
        switch change {
        case .putQuote(let number, let quote):
            guard let old = current.fortnights[number]?.quotes.first(where: { $0.id == quote.id }) else { return [] }
            return EntityFields.changed(from: old, to: quote)
        case .putConcern(let concern, _):
            guard let old = current.codebook.concern(id: concern.id) else { return [] }
            return EntityFields.changed(from: old, to: concern)
        default:
            return []
        }
    }

    private func append(_ op: TeamOp) throws {
        let folder = try files.openFolder()
        let name = TeamFiles.opsName(facilitator.id)
        let opened = try folder.openOwnedFile(name, flags: O_WRONLY | O_APPEND)
        defer { close(opened.descriptor) }
        let path = folder.path(of: name)
        if !opened.created, ftruncate(opened.descriptor, off_t(validLength)) != 0 {
            throw ProjectError(file: path, problem: "cannot repair the file: \(lastError())")
        }
        let line = try JSONFormat.line(op)
        try FolderDescriptor.writeAll(line, to: opened.descriptor, path: path)
        guard fsync(opened.descriptor) == 0 else {
            throw ProjectError(file: path, problem: "cannot flush: \(lastError())")
        }
        if opened.created { try folder.sync() }
        validLength += line.count
    }
}
