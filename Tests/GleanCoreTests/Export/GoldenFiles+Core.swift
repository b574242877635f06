import Foundation
import GleanTestSupport

extension GoldenFiles {
    /// `Tests/GleanCoreTests/Golden/`, as built into this test bundle and in the source tree.
    static let core = GoldenFiles(
        bundled: Bundle.module.resourceURL!.appendingPathComponent("Golden", isDirectory: true),
        source: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden", isDirectory: true))
}
