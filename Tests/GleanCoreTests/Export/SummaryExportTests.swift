import Foundation
import XCTest

@testable import GleanCore

/// What `SummaryExport` accepts and refuses, the files it names and writes, and facilitators' own templates.
final class SummaryExportTests: XCTestCase {
    private func refusal(_ request: SummaryExport.Request, _ project: Project = ExportFixtures.hostile()) -> String? {
        do {
            _ = try SummaryExport.render(project, request)
            return nil
        } catch {
            return (error as? ExportError)?.description ?? (error as? ExportRequestError)?.description
        }
    }

    func testSummariesOfEveryFortnightAreRefusedNamingTheFormatsThatCan() {
        for format in [ExportFormat.markdown, .html] {
            XCTAssertEqual(
                refusal(.init(format: format, scope: .all)),
                "a \(format.rawValue) summary covers one fortnight; several fortnights can be exported as csv, json, "
                    + "matrix-csv or matrix-html in one file, or as one summary per fortnight into a folder")
        }
    }

    func testATemplateIsRefusedForData() {
        let template = URL(fileURLWithPath: "/nonexistent.mustache")
        XCTAssertEqual(
            refusal(.init(format: .csv, scope: .all, template: template)),
            "a template is used only for markdown and html, not csv")
    }

    func testAMissingFortnightAndAnUnknownAttributeAreRefused() {
        XCTAssertEqual(
            refusal(.init(format: .json, scope: .fortnight(9))),
            "fortnight 9 does not exist; this programme has fortnights 1 to 1")
        XCTAssertEqual(
            refusal(.init(format: .csv, scope: .all, pseudonymisation: Pseudonymisation(keeping: ["colour"]))),
            "no participant has the attribute \"colour\"; known attributes: care setting, role")
    }

    func testFileNamesFollowTheFormat() {
        XCTAssertEqual(SummaryExport.fileName(fortnight: 3), "summary-fortnight-003.md")
        XCTAssertEqual(SummaryExport.fileName(fortnight: 12, format: .html), "summary-fortnight-012.html")
        XCTAssertEqual(SummaryExport.fileName(fortnight: 1234, format: .csv), "summary-fortnight-1234.csv")
    }

    func testWriteStoresTheRenderedBytesReadableByTheOwnerOnly() throws {
        let project = try ExportFixtures.sample()
        let folder = Fixtures.temporaryFolder()
        for format in ExportFormat.fortnightFormats {
            let url = try SummaryExport.write(
                project, fortnight: 2, format: format, into: ProjectLayout(root: folder), replacing: true)
            XCTAssertEqual(
                url.path,
                folder.appendingPathComponent("exports/\(SummaryExport.fileName(fortnight: 2, format: format))").path)
            XCTAssertEqual(
                try Data(contentsOf: url),
                try SummaryExport.render(project, .init(format: format, scope: .fortnight(2))))
            let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
            XCTAssertEqual(mode, 0o600, "\(format)")
        }
    }

    func testAFacilitatorsTemplateSeesTheDocumentedContext() throws {
        let template = Fixtures.temporaryFolder().appendingPathComponent("mine.mustache")
        try Data(
            """
            {{% CONTENT_TYPE: HTML}}
            <h1>{{programme}}</h1><p>{{title}}, {{startDate}} to {{endDate}}: {{logs}} logs, {{participants}} people</p>
            {{#keyThemes}}<li>{{name}} {{raisedBy}} {{change}}</li>{{/keyThemes}}
            {{#featured}}<q>{{text}}</q> {{attribution}} ({{concerns}}){{/featured}}
            {{#chart}}{{#panels}}[{{name}}{{#bars}} {{fortnight}}={{value}}{{/bars}}]{{/panels}}{{/chart}}
            {{#next}}<li>{{.}}</li>{{/next}}
            {{#provisional}}<p>{{provisionalNote}}</p>{{/provisional}}<p>{{basedOn}} ({{logsDone}} done)</p>
            """.utf8
        ).write(to: template)
        let text = try ExportFixtures.text(
            ExportFixtures.hostile(), .init(format: .html, scope: .fortnight(1), template: template))
        XCTAssertTrue(text.hasPrefix("<h1>Hostile &amp; &lt;b&gt;bold&lt;/b&gt;</h1>"), text)
        XCTAssertTrue(text.contains("Monday 6 April 2020 to Sunday 19 April 2020: 2 logs, 2 people"), text)
        XCTAssertTrue(
            text.contains(
                "<li>Cats &amp; &lt;b&gt;dogs&lt;/b&gt; raised by 1 of 2 participants who wrote (50%) so far; provisional: 2 of 2 logs still to code provisional</li>"
            ), text)
        XCTAssertTrue(text.contains("[Plain 1=2]"), text)
        XCTAssertTrue(text.contains("<li>What about &lt;script&gt;?</li>"), text)
        XCTAssertTrue(text.contains("<p>Provisional: 2 of 2 logs are still to code"), text)
        XCTAssertTrue(
            text.contains(
                "2 participants, written in the fortnight ending Sunday 19 April 2020; 0 of them coded so far. (0 done)</p>"
            ), text)
    }

    func testAnUnreadableTemplateNamesTheFile() {
        let template = URL(fileURLWithPath: "/nonexistent/mine.mustache")
        XCTAssertThrowsError(
            try SummaryExport.render(
                ExportFixtures.hostile(), .init(format: .markdown, scope: .fortnight(1), template: template))
        ) { error in
            XCTAssertEqual((error as? ProjectError)?.file, "/nonexistent/mine.mustache")
        }
    }
}
