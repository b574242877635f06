import Foundation
import IssueReporting

/// A folder of golden files compared byte for byte with what a test produces; with `GLEAN_UPDATE_GOLDEN=1` in the
/// environment the files are rewritten from the output instead.
public struct GoldenFiles: Sendable {
    /// Where the test reads the files: the copy built into its bundle.
    public let bundled: URL
    /// Where updating writes them: the folder in the source tree.
    public let source: URL

    /// Golden files read from `bundled` and rewritten into `source`.
    public init(bundled: URL, source: URL) {
        self.bundled = bundled
        self.source = source
    }

    /// Whether this run rewrites the golden files.
    public static var updating: Bool { ProcessInfo.processInfo.environment["GLEAN_UPDATE_GOLDEN"] == "1" }

    /// Fails unless `data` equals the golden file `name` byte for byte (or rewrites it when updating); the failure
    /// names the first line that differs, both versions of it, and how to update.
    public func assertMatches(
        _ data: Data, _ name: String, fileID: StaticString = #fileID, filePath: StaticString = #filePath,
        line: UInt = #line, column: UInt = #column
    ) throws {
        if GoldenFiles.updating {
            try data.write(to: source.appendingPathComponent(name))
            return
        }
        guard let golden = FileManager.default.contents(atPath: bundled.appendingPathComponent(name).path) else {
            return reportIssue(
                "no golden file \(name); run the tests with GLEAN_UPDATE_GOLDEN=1 to create it",
                fileID: fileID, filePath: filePath, line: line, column: column)
        }
        guard data != golden else { return }
        let produced = GoldenFiles.lines(data)
        let expected = GoldenFiles.lines(golden)
        let first =
            zip(produced, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(produced.count, expected.count)
        reportIssue(
            """
            \(name) differs from its golden file at line \(first + 1) (GLEAN_UPDATE_GOLDEN=1 rewrites it):
            expected: \(first < expected.count ? expected[first].debugDescription : "end of file")
            produced: \(first < produced.count ? produced[first].debugDescription : "end of file")
            """, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// `data`'s lines, split at each LF byte (a CR before it stays, so CRLF files are split too and the CR shows).
    private static func lines(_ data: Data) -> [String] {
        data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
    }
}
