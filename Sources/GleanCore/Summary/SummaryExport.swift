import Foundation

/// Writing a fortnight summary to a file, as `glean export` and the interface's `e` do.
public enum SummaryExport {
    /// The file name the interface uses, e.g. `summary-fortnight-003.md`.
    public static func fileName(fortnight: Int) -> String {
        let digits = String(fortnight)
        return "summary-fortnight-\(String(repeating: "0", count: max(0, 3 - digits.count)))\(digits).md"
    }

    /// The Markdown summary of `fortnight`, rendered with `template` or the bundled template.
    public static func markdown(_ project: Project, fortnight: Int, template: URL? = nil) throws -> String {
        let renderer = try template.map { try SummaryRenderer(templateFile: $0) } ?? SummaryRenderer()
        return renderer.render(FortnightSummary(project: project, fortnight: fortnight))
    }

    /// Writes the Markdown summary of `fortnight` to `url` atomically.
    public static func write(_ project: Project, fortnight: Int, to url: URL) throws {
        try AtomicFile.write(Data(try markdown(project, fortnight: fortnight).utf8), to: url)
    }
}
