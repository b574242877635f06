/// What to tell a facilitator exporting figures that may still change: the one wording for the interface's
/// confirmation and the command line's warning.
public enum ProvisionalExport {
    /// "Fortnight 3 is provisional: 12 of 26 logs still to code", one sentence per provisional fortnight `scope`
    /// covers in `project`, in order; empty when every one is done.
    public static func warnings(_ project: Project, scope: ExportScope) -> [String] {
        scope.numbers(in: project).map(project.fortnight).filter(\.isProvisional).map { fortnight in
            let count = fortnight.logs.count
            return "Fortnight \(fortnight.number) is provisional: \(fortnight.logsToCode) of \(count) "
                + "\(count == 1 ? "log" : "logs") still to code"
        }
    }
}
