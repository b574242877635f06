import Foundation
import GleanTestSupport

/// Python's `wcwidth` package, an independent measure of terminal column widths to hold `DisplayWidth` against.
enum Wcwidth {
    /// The version the exceptions in `DisplayWidthOracleTests` were read against; `.ci/run` installs it.
    static let expectedVersion = "0.7.0"

    /// The installed package's version, or nil when python3 or the package is missing.
    static func installedVersion() -> String? {
        guard let python = Subprocess.onPath("python3"),
            let result = try? Subprocess.run(
                python, ["-c", "import wcwidth; print(wcwidth.__version__)"],
                environment: ProcessInfo.processInfo.environment),
            result.status == 0
        else { return nil }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `wcwidth.wcswidth` of each of `texts`, in order (-1 where it finds a non-printable character).
    static func widths(of texts: [String]) throws -> [Int] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("glean-wcwidth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: input) }
        try JSONEncoder().encode(texts).write(to: input)
        let script = """
            import json, sys, wcwidth
            print(json.dumps([wcwidth.wcswidth(text) for text in json.load(open(sys.argv[1], encoding="utf-8"))]))
            """
        guard let python = Subprocess.onPath("python3") else { throw WcwidthFailed(message: "python3 is not on PATH") }
        let result = try Subprocess.run(
            python, ["-c", script, input.path], environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else { throw WcwidthFailed(message: result.stderr) }
        let widths = try JSONDecoder().decode([Int].self, from: Data(result.stdout.utf8))
        guard widths.count == texts.count else {
            throw WcwidthFailed(message: "\(widths.count) widths for \(texts.count) texts")
        }
        return widths
    }
}

/// Running Python's `wcwidth` failed.
struct WcwidthFailed: Error, CustomStringConvertible {
    /// What went wrong, as Python or the runner said.
    let message: String

    var description: String { "wcwidth: \(message)" }
}
