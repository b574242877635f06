import Foundation
import GleanCore
import XCTest

/// A test case with `Fixtures.small()` created afresh as a project in `folder`, a folder of its own inside a new
/// temporary folder (`scratch`, for anything a test puts beside the project), all removed afterwards.
class SmallProjectTestCase: XCTestCase {
    /// The temporary folder holding the project.
    private(set) var scratch: URL!
    /// The project's folder.
    private(set) var folder: URL!
    /// Where the project's files are.
    var layout: ProjectLayout { ProjectLayout(root: folder) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        scratch = Fixtures.temporaryFolder()
        folder = scratch.appendingPathComponent("project")
        try ProjectStore.create(Fixtures.small(), in: folder).close()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: scratch)
        super.tearDown()
    }
}
