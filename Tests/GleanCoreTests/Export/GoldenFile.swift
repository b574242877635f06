import Foundation
import XCTest

/// Byte-for-byte comparison with the files in `Tests/GleanCoreTests/Golden/`; with `GLEAN_UPDATE_GOLDEN=1` in the
/// environment the files are rewritten from the output instead.
enum GoldenFile {
    /// Whether this run rewrites the golden files.
    static var updating: Bool { ProcessInfo.processInfo.environment["GLEAN_UPDATE_GOLDEN"] == "1" }

    /// Fails unless `data` equals the golden file `name` byte for byte (or rewrites it when updating).
    static func assertMatches(_ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        if updating {
            try data.write(to: sourceFolder.appendingPathComponent(name))
            return
        }
        guard let golden = FileManager.default.contents(atPath: bundledFolder.appendingPathComponent(name).path) else {
            return XCTFail(
                "no golden file \(name); run the tests with GLEAN_UPDATE_GOLDEN=1 to create it", file: file, line: line)
        }
        guard data != golden else { return }
        let produced = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let expected = String(decoding: golden, as: UTF8.self).components(separatedBy: "\n")
        let first = zip(produced, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(produced.count, expected.count)
        XCTFail(
            """
            \(name) differs from its golden file at line \(first + 1) (GLEAN_UPDATE_GOLDEN=1 rewrites it):
            expected: \(first < expected.count ? expected[first].debugDescription : "end of file")
            produced: \(first < produced.count ? produced[first].debugDescription : "end of file")
            """, file: file, line: line)
    }

    /// The golden files as built into the test bundle.
    private static var bundledFolder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Golden", isDirectory: true)
    }

    /// The golden files in the source tree, which updating rewrites.
    private static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden", isDirectory: true)
    }
}
