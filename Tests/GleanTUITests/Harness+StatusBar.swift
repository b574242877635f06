import GleanTUI
import XCTest

extension Harness {
    /// Fails unless the status bar (the bottom row) ends with `expected`, drawn in the status bar's reverse style,
    /// as a job running in the background is shown.
    func assertStatusBarEnds(with expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let screen = self.screen
        let status = screen.trimmedLine(screen.height - 1)
        guard status.hasSuffix(expected) else {
            return XCTFail(
                "the status bar at \(screen.width)×\(screen.height) should end with \(expected): \(status)",
                file: file, line: line)
        }
        let column = DisplayWidth.of(status.dropLast(expected.count))
        XCTAssertTrue(
            screen.style(x: column, y: screen.height - 1).reverse, "\(expected) in the status bar's style",
            file: file, line: line)
    }
}
