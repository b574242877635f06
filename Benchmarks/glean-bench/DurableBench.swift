import Foundation
import GleanCore

/// A change made durable: `ProjectStore.record` of a tag, then of its removal, alternately, each appended to the
/// journal and flushed to disk (fsync) before it returns.
///
/// The store works on a hard-linked copy of the cached project (`cp -al`): the journal is a new file in the copy, and
/// the snapshot files, which `record` never writes, stay shared, so the cache stays pristine and the copy is free.
/// The lock file, which Glean writes in place (and refuses to while it has a second name), is the copy's own.
struct DurableBench {
    /// The cache, for the scratch copy.
    let cache: ProjectCache
    /// The `cp` binary.
    let copy: String

    /// Times `count` edits to `project`, in milliseconds each.
    func measure(_ project: URL, count: Int) throws -> Samples {
        let scratch = try cache.scratch("durable")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let linked = scratch.appendingPathComponent("project", isDirectory: true)
        try Spawn.succeed(copy, ["-al", project.path, linked.path])
        try? FileManager.default.removeItem(at: linked.appendingPathComponent("glean.lock"))
        let store = try ProjectStore.open(linked, access: .editing)
        defer { store.close() }
        let (tag, untag) = try edits(store.opened)
        let clock = ContinuousClock()
        var samples = Samples()
        for index in 0..<count {
            let edit = index.isMultiple(of: 2) ? tag : untag
            samples.append(try clock.measure { try store.record(edit) }.milliseconds)
        }
        return samples
    }

    /// Tagging the first section of the latest fortnight's first log with the first concern, and removing that quote.
    private func edits(_ project: Project) throws -> (tag: Edit, untag: Edit) {
        let number = project.latestFortnight
        guard let log = project.fortnight(number).logs.first, let concern = project.codebook.concerns.first else {
            throw BenchError("the project has no log or no concern to tag")
        }
        let id = "glean-bench-quote"
        guard
            let tag = try PassageTagging.edit(
                project, log: log.id, section: nil, passage: .offsets(start: 0, end: nil), concerns: [concern.id],
                id: id,
                coder: "glean-bench", created: "2020-04-21T09:00:00Z")
        else { throw BenchError("\(log.id) is tagged already") }
        return (tag, Edit(summary: "Removed quote \(id)", changes: [.removeQuote(fortnight: number, id: id)]))
    }
}
