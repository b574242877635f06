import Foundation

@testable import GleanCore

/// The property every damaged project must keep: opening it either works or fails cleanly, quickly, and read-only.
///
/// - If `ProjectStore.open` succeeds, `ProjectChecker.problems(in:)` runs, and opening again gives an equal project
///   and the same notices.
/// - If it throws, the error is a `ProjectError` naming the damaged file by the path Glean shows for it, with a
///   problem that is one non-empty line safe to print (no control characters, line separators or bidi controls,
///   which damaged data quoted in it could bring) and a line and column, where given, of at least 1.
/// - Each open, and the check, takes under `timeLimit` seconds.
/// - Nothing under the project folder is created, removed, rewritten or touched.
enum OpenProperty {
    /// What checking one project found.
    struct Report: Codable, Equatable {
        /// Whether the project opened, rather than being refused.
        var opened = false
        /// How the property was broken; empty when it held.
        var violations: [String] = []
    }

    /// Checks the project in `directory`, whose file `damagedPath` was damaged.
    static func check(_ directory: URL, damagedPath: String, timeLimit: Double) -> Report {
        var report = Report()
        let before = DirectorySnapshot(of: directory)
        let damagedFile = ProjectLayout(root: directory).display(directory.appendingPathComponent(damagedPath))
        switch timed("opening", limit: timeLimit, &report, { Result { try ProjectStore.open(directory) } }) {
        case .success(let store):
            report.opened = true
            _ = timed("checking", limit: timeLimit, &report) { ProjectChecker.problems(in: store.opened) }
            switch timed("opening again", limit: timeLimit, &report, { Result { try ProjectStore.open(directory) } }) {
            case .success(let again):
                if again.opened != store.opened { report.violations.append("opening again gave a different project") }
                if again.notices != store.notices { report.violations.append("opening again gave other notices") }
            case .failure(let error):
                report.violations.append("opening again failed where the first open succeeded: \(describe(error))")
            }
        case .failure(let error as ProjectError):
            report.violations += problems(with: error, damagedFile: damagedFile)
        case .failure(let error):
            report.violations.append("open threw \(type(of: error)), not a ProjectError: \(describe(error))")
        }
        report.violations += DirectorySnapshot(of: directory).changes(since: before).map {
            "opening wrote to the project: \($0)"
        }
        return report
    }

    /// What is wrong with `error` as a report on a project whose file `damagedFile` was damaged.
    private static func problems(with error: ProjectError, damagedFile: String) -> [String] {
        var found: [String] = []
        let shown = describe(error)
        if error.file != damagedFile {
            found.append("the error names \(error.file.brief), not the damaged file: \(shown)")
        }
        if error.problem.isEmpty { found.append("the error's problem is empty: \(shown)") }
        if let scalar = error.problem.unicodeScalars.first(where: isUnsafe) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            found.append(
                "the error's problem holds U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex), so it is not one safe line: \(shown)"
            )
        }
        if let line = error.line, line < 1 { found.append("the error's line is \(line): \(shown)") }
        if let column = error.column, column < 1 { found.append("the error's column is \(column): \(shown)") }
        return found
    }

    /// Runs `work`, noting in `report` when it takes longer than `limit` seconds.
    private static func timed<Value>(_ what: String, limit: Double, _ report: inout Report, _ work: () -> Value)
        -> Value
    {
        let start = Date()
        let value = work()
        let seconds = Date().timeIntervalSince(start)
        if seconds > limit {
            report.violations.append("\(what) took \(String(format: "%.2f", seconds)) s, over the \(limit) s limit")
        }
        return value
    }

    /// Whether `scalar` would break a one-line message or the terminal showing it: C0 and C1 controls, DEL, the line
    /// and paragraph separators, and the bidirectional controls.
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default: return false
        }
    }

    /// `error` on one line of printable ASCII, cut to a readable length.
    private static func describe(_ error: any Error) -> String {
        "\(error)".escaped(limit: 300)
    }
}
