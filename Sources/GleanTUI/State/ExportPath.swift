/// How an export's path is named in a question: just its file name, short enough for a narrow window.
enum ExportPath {
    /// "…/" and the last component of `path`, e.g. "…/summary-fortnight-003.md".
    static func short(_ path: String) -> String {
        "…/" + (path.split(separator: "/").last.map(String.init) ?? path)
    }
}
