import Foundation
import GleanCore
import XCTest

/// A test case with `Fixtures.small()` created afresh as a project in its own temporary folder, removed afterwards.
class SmallProjectTestCase: XCTestCase {
    /// The project's folder.
    private(set) var folder: URL!
    /// Where the project's files are.
    var layout: ProjectLayout { ProjectLayout(root: folder) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = Fixtures.temporaryFolder()
        try ProjectStore.create(Fixtures.small(), in: folder).close()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }
}
