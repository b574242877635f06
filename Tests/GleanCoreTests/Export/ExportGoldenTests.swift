import Foundation
import GleanResources
import GleanTestSupport
import XCTest

@testable import GleanCore

/// Every export of the bundled sample programme, compared byte for byte with `Tests/GleanCoreTests/Golden/`.
final class ExportGoldenTests: XCTestCase {
    private func export(_ request: SummaryExport.Request) throws -> Data {
        try SummaryExport.render(try ProjectStore.open(BundledResources.sampleProject).opened, request)
    }

    func testMarkdownOfFortnight3() throws {
        try GoldenFiles.core.assertMatches(
            export(.init(format: .markdown, scope: .fortnight(3))), "summary-fortnight-003.md")
    }

    func testHTMLOfFortnight3() throws {
        try GoldenFiles.core.assertMatches(
            export(.init(format: .html, scope: .fortnight(3))), "summary-fortnight-003.html")
    }

    func testMarkdownOfFortnight2() throws {
        try GoldenFiles.core.assertMatches(
            export(.init(format: .markdown, scope: .fortnight(2))), "summary-fortnight-002.md")
    }

    func testHTMLOfFortnight2() throws {
        try GoldenFiles.core.assertMatches(
            export(.init(format: .html, scope: .fortnight(2))), "summary-fortnight-002.html")
    }

    func testCSVOfEveryFortnight() throws {
        try GoldenFiles.core.assertMatches(export(.init(format: .csv, scope: .all)), "quotes-all.csv")
    }

    func testJSONOfFortnight3() throws {
        try GoldenFiles.core.assertMatches(
            export(.init(format: .json, scope: .fortnight(3))), "summary-fortnight-003.json")
    }

    func testJSONOfEveryFortnight() throws {
        try GoldenFiles.core.assertMatches(export(.init(format: .json, scope: .all)), "summary-all.json")
    }

    func testPseudonymisedCSVKeepingCareSetting() throws {
        let request = SummaryExport.Request(
            format: .csv, scope: .all, pseudonymisation: Pseudonymisation(keeping: ["care setting"]))
        try GoldenFiles.core.assertMatches(export(request), "quotes-all-pseudonymised.csv")
    }

    /// The interface's `e` and `glean export --fortnight 3` both go through `SummaryExport`; the Markdown they write
    /// is the same bytes as `SummaryRenderer` gives directly, as before exports had formats.
    func testMarkdownExportIsTheRendererOutput() throws {
        let project = try ProjectStore.open(BundledResources.sampleProject).opened
        let direct = try SummaryRenderer().render(FortnightSummary(project: project, fortnight: 3))
        XCTAssertEqual(try export(.init(format: .markdown, scope: .fortnight(3))), Data(direct.utf8))
    }
}
