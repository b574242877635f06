/// Marking logs done (fully coded) or not done, as the Reader's and Logs screen's key and `glean done` do.
public enum LogCompletion {
    /// The edit that marks `logIDs` of fortnight `number` (every log of it when empty) `done`, leaving out logs
    /// already so; nil when nothing would change. Throws a `ScriptingError` naming a log not in the fortnight.
    public static func edit(_ project: Project, fortnight number: Int, logs logIDs: [String] = [], done: Bool) throws
        -> Edit?
    {
        let fortnight = project.fortnight(number)
        for id in logIDs where fortnight.log(id: id) == nil {
            throw ScriptingError.logNotInFortnight(log: id, fortnight: number)
        }
        let chosen = logIDs.isEmpty ? fortnight.logs.map(\.id) : logIDs
        var seen = Set<String>()
        let marked = chosen.filter { seen.insert($0).inserted && fortnight.done.contains($0) != done }
        guard let first = marked.first else { return nil }
        let changes = marked.map { Change.setLogDone(fortnight: number, log: $0, done: done) }
        let what = marked.count == 1 ? first : "\(marked.count) logs"
        let summary = "Marked \(what) of fortnight \(number) \(done ? "done" : "not done")"
        return Edit(summary: summary, changes: changes)
    }
}
