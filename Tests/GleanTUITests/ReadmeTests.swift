import Foundation
import GleanTUI
import XCTest

/// Keeps the README's key map identical to the key table.
final class ReadmeTests: XCTestCase {
    func testReadmeKeyMapMatchesTheKeyTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try XCTUnwrap(readme.range(of: "<!-- keymap:begin -->\n"))
        let end = try XCTUnwrap(readme.range(of: "<!-- keymap:end -->"))
        XCTAssertEqual(
            String(readme[begin.upperBound..<end.lowerBound]), KeyMapDocument.markdown(),
            "README key map is stale: replace it with the output of `glean keys`")
    }
}
