import Foundation
import Glibc

/// The part of a team project that git shares, and reading it safely:
///
/// ```
/// team/base/          the project as it was when the team began (a Glean project folder, written once, at team init)
/// team/ID.jsonl       facilitator ID's edits, one `TeamOp` per line, appended only by that facilitator
/// team/ID.json        facilitator ID's name, written only by that facilitator
/// .gitignore          everything else (glean.json, fortnights/, the journal, backups, exports) is derived locally
/// ```
///
/// Every file is written by one facilitator only, or once, so no two facilitators ever change the same file: git
/// merges them without a conflict.
struct TeamFiles: Sendable {
    /// The project's layout.
    let layout: ProjectLayout

    /// The team files of the project at `layout`.
    init(_ layout: ProjectLayout) {
        self.layout = layout
    }

    /// The folder name inside the project.
    static let folderName = "team"
    /// The base project's folder name inside `team/`.
    static let baseName = "base"
    /// What the project's `.gitignore` holds: everything but itself and `team/`.
    static let gitignore = "/*\n!/.gitignore\n!/team/\n"

    /// `team/`.
    var folder: URL { layout.root.appendingPathComponent(Self.folderName, isDirectory: true) }
    /// The layout of `team/base/`.
    var base: ProjectLayout { ProjectLayout(root: folder.appendingPathComponent(Self.baseName, isDirectory: true)) }

    /// Whether the project is a team project: it has `team/base/glean.json`.
    var isTeam: Bool {
        guard let root = try? layout.openRoot(), let team = try? root.subfolder(Self.folderName, create: false),
            let base = try? team.subfolder(Self.baseName, create: false)
        else { return false }
        return (try? base.entry("glean.json"))??.kind == .regularFile
    }

    /// Whether `id` is a facilitator id a team file may be named by.
    static func isValidID(_ id: String) -> Bool {
        (1...64).contains(id.utf8.count)
            && id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
            && id.first != "-"
    }

    /// The name of facilitator `id`'s edits file.
    static func opsName(_ id: String) -> String { id + ".jsonl" }
    /// The name of facilitator `id`'s name file.
    static func nameFile(_ id: String) -> String { id + ".json" }

    /// `team/` opened without following links.
    func openFolder(create: Bool = false) throws -> FolderDescriptor {
        guard let folder = try layout.openRoot().subfolder(Self.folderName, create: create) else {
            throw ProjectError(file: layout.display(self.folder), problem: "the team folder is missing")
        }
        return folder
    }

    /// Everything shared: the base project and everyone's edits (`readEdits`).
    func read(own: String?) throws -> TeamContents {
        let base = try ProjectLoading.read(self.base, consistentWithWriters: false).project
        return TeamContents(base: base, edits: try readEdits(own: own))
    }

    /// Every facilitator's edits and names, without the base project, which never changes after team init: a last
    /// line cut short by a crash, or still being appended, is left out (it was never reported saved). A teammate's
    /// files arrive through git from another machine, so a line or name that is not one Glean would write is left
    /// out and listed for review (naming the file and line), never a reason to refuse the whole project.
    func readEdits(own: String?) throws -> TeamEdits {
        let folder = try openFolder()
        var edits = TeamEdits()
        for name in try folder.names().sorted() {
            if name.hasSuffix(".jsonl") {
                let id = String(name.dropLast(6))
                guard Self.isValidID(id) else { continue }
                let validLength = try readOps(id, in: folder, into: &edits)
                if id == own { edits.ownValidLength = validLength }
            } else if name.hasSuffix(".json") {
                let id = String(name.dropLast(5))
                guard Self.isValidID(id), let data = try folder.read(name) else { continue }
                switch TeamNameFile.name(in: data, of: id) {
                case .success(let name): edits.names[id] = name
                case .failure(let problem):
                    edits.refused.append(
                        TeamReview("\(Self.folderName)/\(name): \(problem.text); the name is not used"))
                }
            }
        }
        edits.refuseClocksBeyondTheTeam()
        return edits
    }

    /// How many complete lines each facilitator's edits file holds, by id: their edits counted without reading them,
    /// for what waits to be shared and what a sync brought in.
    func editCounts() throws -> [String: Int] {
        let folder = try openFolder()
        var counts: [String: Int] = [:]
        for name in try folder.names() where name.hasSuffix(".jsonl") {
            let id = String(name.dropLast(6))
            guard Self.isValidID(id) else { continue }
            counts[id] = try completeLines(of: id).count
        }
        return counts
    }

    /// The complete lines of facilitator `id`'s edits file as it is now (a line still being appended is left out),
    /// and how many there are: what a sync shares.
    func completeLines(of id: String) throws -> (data: Data, count: Int) {
        guard let data = try openFolder().read(Self.opsName(id)), let end = data.lastIndex(of: 0x0A) else {
            return (Data(), 0)
        }
        let complete = data[..<(end + 1)]
        return (Data(complete), complete.split(separator: 0x0A).count)
    }

    /// Reads facilitator `id`'s edits into `edits`, each line checked by `TeamLine`; returns the length of the
    /// complete lines.
    private func readOps(_ id: String, in folder: FolderDescriptor, into edits: inout TeamEdits) throws -> Int {
        let name = Self.opsName(id)
        guard let data = try folder.read(name) else { return 0 }
        var ops: [TeamOp] = []
        var lineStart = data.startIndex
        var lineNumber = 0
        while let newline = data[lineStart...].firstIndex(of: 0x0A) {
            lineNumber += 1
            switch TeamLine.op(in: data[lineStart..<newline], of: id, line: lineNumber) {
            case .success(let op): ops.append(op)
            case .failure(let problem): edits.refused.append(TeamLine.review(id, line: lineNumber, problem))
            }
            lineStart = newline + 1
        }
        edits.ops[id] = ops
        edits.lines[id] = lineNumber
        return lineStart - data.startIndex
    }
}

/// Every facilitator's edits and names, as read from `team/`.
struct TeamEdits {
    /// Each facilitator's edits, in their order.
    var ops: [String: [TeamOp]] = [:]
    /// Facilitators' names by id.
    var names: [String: String] = [:]
    /// How many complete lines each facilitator's file holds, edits left out included: the next line's sequence.
    var lines: [String: Int] = [:]
    /// The length of the complete lines of the own file.
    var ownValidLength = 0
    /// The lines and names left out, for review.
    var refused: [TeamReview] = []

    /// How many edits of each facilitator there are.
    var counts: [String: Int] { ops.mapValues(\.count) }

    /// Leaves out each edit whose clock is higher than every line in the team's files could have made it: an honest
    /// clock is one more than the highest it saw, so it never exceeds the number of lines (and cannot overflow).
    mutating func refuseClocksBeyondTheTeam() {
        let total = lines.values.reduce(0, +)
        for id in ops.keys.sorted() {
            let list = ops[id] ?? []
            let (kept, beyond) = (list.filter { $0.lamport <= total }, list.filter { $0.lamport > total })
            guard !beyond.isEmpty else { continue }
            ops[id] = kept
            refused += beyond.map {
                TeamLine.review(
                    id, line: $0.sequence,
                    TeamLine.Problem(
                        text: "its clock \($0.lamport) is higher than the team's \(total) edits could make it"))
            }
        }
    }
}

/// What a team project shares, as read from `team/`.
struct TeamContents {
    /// The project as it was when the team began.
    var base: Project
    /// Everyone's edits and names.
    var edits: TeamEdits

    /// Each facilitator's edits, in their order.
    var ops: [String: [TeamOp]] { edits.ops }
    /// Facilitators' names by id.
    var names: [String: String] { edits.names }
    /// The length of the complete lines of the own file.
    var ownValidLength: Int { edits.ownValidLength }

    /// The project with every edit folded in; the lines and names left out when read come first in its reviews.
    func folded() -> TeamFold.Result {
        var result = TeamFold.fold(base: base, ops: ops.values.flatMap { $0 }, names: names)
        result.reviews = edits.refused + result.reviews
        return result
    }

    /// The highest clock of any edit.
    var lamport: Int { ops.values.flatMap { $0 }.map(\.lamport).max() ?? 0 }

    /// How many edits of each facilitator there are.
    var counts: [String: Int] { edits.counts }
}
