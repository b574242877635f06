import Foundation
import XCTest

@testable import GleanCore

/// A test case that renders facilitators' templates from its own scratch folder.
protocol TemplateTesting {
    /// The scratch folder the template files are written to.
    var folder: URL { get }
    /// The template file's name in `folder`, as messages name it.
    var templateName: String { get }
}

extension TemplateTesting {
    /// Renders fortnight 1 of the hostile fixture through `template`.
    func render(_ template: String) throws -> String {
        let url = folder.appendingPathComponent(templateName)
        try template.write(to: url, atomically: true, encoding: .utf8)
        return try ExportFixtures.text(
            ExportFixtures.hostile(), .init(format: .markdown, scope: .fortnight(1), template: url))
    }

    /// Asserts that rendering `template` is refused with a `ProjectError` whose message holds every fragment.
    func assertRefused(_ template: String, contains fragments: [String], line: UInt = #line) {
        XCTAssertThrowsError(try render(template), line: line) { error in
            XCTAssertTrue(error is ProjectError, "\(error)", line: line)
            for fragment in fragments {
                XCTAssertTrue("\(error)".contains(fragment), "\"\(error)\" lacks \"\(fragment)\"", line: line)
            }
        }
    }
}
