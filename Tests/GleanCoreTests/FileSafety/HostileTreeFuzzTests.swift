import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// Links, fifos, device nodes, hard links and folders planted at random places of a project, one to three at a time.
///
/// Property: reading, checking, editing, folding, importing, exporting, backing up and restoring either work or are
/// refused with a `ProjectError` naming a path in the project; none waits on a fifo; nothing outside the project
/// changes; and `ProjectFileAudit` names every link and special file planted where Glean looks.
/// `GLEAN_FILE_FUZZ_ITERATIONS` (default 60) and `GLEAN_FILE_FUZZ_SEED` vary the run.
final class HostileTreeFuzzTests: XCTestCase {
    /// What can be planted.
    private enum Plant: CaseIterable {
        case linkToFile, linkToFolder, danglingLink, fifo, deviceNode, hardLinkToFile, folder, emptyFile
    }

    /// Where: every file and folder Glean reads or writes, inside `backups` and `exports` too.
    private static let places = [
        "glean.json", "journal.jsonl", "journal.jsonl.torn", "glean.lock", "transaction.json", "fortnights",
        "fortnights/001", "fortnights/002", "fortnights/001/logs.json", "fortnights/002/coding.json", "backups",
        "backups/BACKUP", "backups/BACKUP/glean.json", "backups/BACKUP/fortnights/002/logs.json", "exports",
        "exports/summary-fortnight-002.md", "exports/summary-fortnight-002.csv",
    ]

    private var scratch: URL!

    override func setUp() {
        scratch = Fixtures.temporaryFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: scratch)
    }

    func testPlantedLinksAndSpecialFilesAreNeverFollowedWrittenOrWaitedOn() throws {
        let environment = ProcessInfo.processInfo.environment
        let iterations = environment["GLEAN_FILE_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 60
        let seed = SeededGenerator(seedFromEnvironment: "GLEAN_FILE_FUZZ_SEED", default: 20_261_202).seed
        let base = scratch.appendingPathComponent("base")
        let store = try ProjectStore.create(Fixtures.small(), in: base)
        try store.record(Edit(summary: "Noted", changes: [.setNote(fortnight: 2, note: FortnightNote(opening: "Hi."))]))
        let backup = try XCTUnwrap(try store.fold(store.opened))
        try SummaryExport.write(store.opened, fortnight: 2, into: ProjectLayout(root: base), replacing: true)
        store.close()
        var tally: [String: Int] = [:]
        for index in 0..<iterations {
            var random = SeededGenerator.forCase(index, ofRun: seed)
            let place = scratch.appendingPathComponent("case-\(index)")
            let project = place.appendingPathComponent("project")
            try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: base, to: project)
            let victim = try Victim(in: place)
            var planted: [(path: String, plant: Plant)] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let path = Self.places.randomElement(using: &random)!.replacingOccurrences(of: "BACKUP", with: backup)
                let plant = Plant.allCases.randomElement(using: &random)!
                if try plantEntry(plant, at: project.appendingPathComponent(path), victim: victim) {
                    planted.append((path, plant))
                }
            }
            let context = "case \(index) (GLEAN_FILE_FUZZ_SEED=\(seed)): \(planted.map { "\($0.plant) at \($0.path)" })"
            for (operation, outcome) in exercise(project, backup: backup, context: context) {
                switch outcome {
                case .success: tally["\(operation) worked", default: 0] += 1
                case .failure(let error as ProjectError):
                    tally["\(operation) refused", default: 0] += 1
                    XCTAssertTrue(
                        error.file.hasPrefix(project.path), "\(context): \(operation) blamed \(error.file): \(error)")
                case .failure(let error):
                    XCTFail("\(context): \(operation) threw \(type(of: error)), not a ProjectError: \(error)")
                }
            }
            try victim.assertUntouched(context)
            try assertAuditNames(planted, in: project, context)
            try? FileManager.default.removeItem(at: place)
        }
        print("HostileTreeFuzzTests: \(iterations) cases, seed \(seed): \(tally.sorted { $0.key < $1.key })")
    }

    /// Replaces what is at `url` by `plant`; false when the place does not exist in this project (it was replaced by
    /// an earlier plant), or device nodes cannot be made here.
    private func plantEntry(_ plant: Plant, at url: URL, victim: Victim) throws -> Bool {
        var status = stat()
        guard lstat(url.deletingLastPathComponent().path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            return false
        }
        try? FileManager.default.removeItem(at: url)
        let path = url.path
        switch plant {
        case .linkToFile:
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim.file.path)
        case .linkToFolder:
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim.folder.path)
        case .danglingLink:
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim.missing.path)
        case .fifo: return mkfifo(path, 0o600) == 0
        case .deviceNode:
            var null = stat()
            return stat("/dev/null", &null) == 0 && mknod(path, S_IFCHR | 0o600, null.st_rdev) == 0
        case .hardLinkToFile: try FileManager.default.linkItem(atPath: victim.file.path, toPath: path)
        case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        case .emptyFile: try Data().write(to: url)
        }
        return true
    }

    /// Every operation Glean does on a project, each given 5 s (a fifo opened or read would block it).
    private func exercise(_ project: URL, backup: String, context: String) -> [(String, Result<Void, Error>)] {
        let layout = ProjectLayout(root: project)
        let operations: [(String, @Sendable () throws -> Void)] = [
            ("reading", { _ = try ProjectStore.open(project) }),
            ("auditing", { _ = try ProjectFileAudit.problems(layout) }),
            ("listing backups", { _ = Backups.list(layout) }),
            (
                "editing",
                {
                    let store = try ProjectStore.open(project, access: .editing)
                    defer { store.close() }
                    var current = store.opened
                    let edit = Edit(
                        summary: "Noted", changes: [.setNote(fortnight: 1, note: FortnightNote(opening: "New."))])
                    try store.record(edit)
                    current.apply(edit)
                    try store.fold(current)
                    let log = Fixtures.log("D-04", "2020-05-02", ["Imported."])
                    current = try store.importLogs(
                        participants: [Participant(code: "D-04", attributes: [:])], logs: [log], into: current
                    ).project
                    try SummaryExport.write(current, fortnight: 2, into: layout, replacing: true)
                    try SummaryExport.write(current, fortnight: 2, format: .csv, into: layout, replacing: true)
                    _ = try store.restore(backup, current: current)
                }
            ),
        ]
        return operations.map { name, operation in
            (name, finishing(within: 5, "\(context): \(name)") { Result { try operation() } } ?? .success(()))
        }
    }

    /// Asserts the audit names each planted link, fifo or device node that is still where Glean looks (not beneath
    /// another plant).
    private func assertAuditNames(_ planted: [(path: String, plant: Plant)], in project: URL, _ context: String) throws
    {
        let problems = try ProjectFileAudit.problems(ProjectLayout(root: project)).map(\.file)
        for (path, plant) in planted
        where [.linkToFile, .linkToFolder, .danglingLink, .fifo, .deviceNode].contains(plant) {
            let url = project.appendingPathComponent(path)
            var status = stat()
            var parent = url.deletingLastPathComponent()
            var reachable = true
            while parent.path.count > project.path.count {
                reachable = reachable && lstat(parent.path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
                parent = parent.deletingLastPathComponent()
            }
            guard reachable, lstat(url.path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR,
                status.st_mode & S_IFMT != S_IFREG
            else { continue }
            XCTAssertTrue(problems.contains(url.path), "\(context): the audit does not name \(path): \(problems)")
        }
    }
}
