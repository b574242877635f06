import Foundation
import GleanResources
import XCTest

@testable import GleanCore

/// The HTML summary: one self-contained page in which every piece of text is escaped.
final class HTMLExportTests: XCTestCase {
    private func html(_ project: Project, fortnight: Int = 1, pseudonymisation: Pseudonymisation? = nil) throws
        -> String
    {
        try ExportFixtures.text(
            project,
            SummaryExport.Request(format: .html, scope: .fortnight(fortnight), pseudonymisation: pseudonymisation))
    }

    func testMarkupAndAmpersandsInLogsNotesAndConcernNamesAreEscaped() throws {
        let page = try html(ExportFixtures.hostile())
        XCTAssertFalse(page.lowercased().contains("<script"), page)
        XCTAssertTrue(
            page.contains(
                "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more Second line, with &quot;quotes&quot;, and a comma.</p>"
            ),
            page)
        XCTAssertTrue(
            page.contains("<tr><th scope=\"row\">Cats &amp; &lt;b&gt;dogs&lt;/b&gt;</th><td>Pets &lt;script&gt;</td>"),
            page)
        XCTAssertTrue(
            page.contains("<span>Cats &amp; &lt;b&gt;dogs&lt;/b&gt;</span></figcaption>"), "the chart's caption")
        XCTAssertTrue(
            page.contains("<title>Cats &amp; &lt;b&gt;dogs&lt;/b&gt;, distinct participants"), "the SVG's title")
        XCTAssertTrue(page.contains("<title>Hostile &amp; &lt;b&gt;bold&lt;/b&gt;: Fortnight 1"), "the page's title")
        XCTAssertTrue(page.contains("<li>What about &lt;script&gt;?</li>"))
        XCTAssertFalse(page.contains("<b>") || page.contains("<i>"))
    }

    func testControlCharactersAndBidiOverridesBecomePlaceholders() throws {
        let page = try html(ExportFixtures.hostile())
        XCTAssertFalse(
            page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control character in the page")
        XCTAssertFalse(page.unicodeScalars.contains("\u{202E}"))
        XCTAssertTrue(page.contains("Team &amp; &lt;i&gt;co&lt;/i&gt; \u{FFFD}reversed"), page)
    }

    func testAColourThatIsNotHexCannotReachTheSVG() throws {
        let page = try html(ExportFixtures.hostile())
        XCTAssertFalse(page.contains("#DC143C"))
        let fills = page.components(separatedBy: "fill=\"").dropFirst().map { String($0.prefix(8)) }
        XCTAssertFalse(fills.isEmpty)
        XCTAssertTrue(
            fills.allSatisfy { ConcernPaletteTests.isHex(String($0.prefix(7))) && $0.hasSuffix("\"") }, "\(fills)")
    }

    func testThePageIsSelfContainedAndPrintable() throws {
        let page = try html(try ExportFixtures.sample(), fortnight: 3)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"), page)
        XCTAssertFalse(page.lowercased().contains("<script"))
        XCTAssertFalse(page.lowercased().contains("http"), "no URL of any kind, so nothing is fetched")
        XCTAssertFalse(
            page.lowercased().contains("<link") || page.lowercased().contains("<img") || page.contains("url("))
        XCTAssertTrue(page.contains("@media print"))
    }

    func testEveryConcernHasAChartWithLabelledAxesAndTheFortnightHighlighted() throws {
        let project = try ExportFixtures.sample()
        let page = try html(project, fortnight: 2)
        XCTAssertEqual(page.components(separatedBy: "<svg ").count - 1, project.codebook.concerns.count)
        XCTAssertEqual(page.components(separatedBy: ">Fortnight</text>").count - 1, project.codebook.concerns.count)
        XCTAssertEqual(page.components(separatedBy: ">Participants</text>").count - 1, project.codebook.concerns.count)
        XCTAssertEqual(
            page.components(separatedBy: "fill-opacity=\"1\"><title>Fortnight 2: ").count - 1,
            project.codebook.concerns.count, "fortnight 2's bar is in full colour in every panel")
        XCTAssertFalse(page.contains("fill-opacity=\"1\"><title>Fortnight 1: "))
        XCTAssertTrue(
            page.contains(
                "<title>Staff wellbeing, distinct participants raising it per fortnight: "
                    + "fortnight 1: 3, fortnight 2: 7, fortnight 3: 9</title>"))
    }

    func testTheSameContentAsTheMarkdownSummary() throws {
        let project = try ExportFixtures.sample()
        let page = try html(project, fortnight: 2)
        let summary = FortnightSummary(project: project, fortnight: 2)
        XCTAssertTrue(page.contains("<h1>Fortnight 2 — week ending Sunday 3 May 2020</h1>"))
        XCTAssertTrue(page.contains("This summary is based on 28 logs from 28 participants"))
        XCTAssertFalse(page.contains("class=\"provisional\""), "fortnight 2 is done")
        for section in summary.sections {
            XCTAssertTrue(page.contains("<li><strong>\(section.name)</strong>: "), section.name)
            XCTAssertTrue(page.contains("<h2>\(section.name)</h2>"), section.name)
        }
        for theme in summary.keyThemes {
            XCTAssertTrue(
                page.contains("\(theme.name)</span></h3>\n<p class=\"figure\">\(theme.raisedBy)</p>"), theme.name)
        }
        XCTAssertEqual(page.components(separatedBy: "<blockquote>").count - 1, summary.featured.count)
        XCTAssertTrue(
            page.contains("<footer>— a GP partner in primary care (Digital and health inequalities)</footer>"))
        XCTAssertEqual(
            page.components(separatedBy: "<tr><th scope=\"row\">").count - 1, project.codebook.concerns.count)
        XCTAssertTrue(page.contains("<h2>What's next?</h2>"))
        XCTAssertEqual(page.components(separatedBy: "<ul class=\"next\">\n").count - 1, 1)
        XCTAssertTrue(page.contains("<p class=\"opening\">Video is now part of routine work"))
    }

    func testBundledTemplateLeavesEveryValueToMustacheEscaping() throws {
        let template = try String(
            contentsOf: BundledResources.templates.appendingPathComponent("summary.html.mustache"), encoding: .utf8)
        XCTAssertTrue(template.hasPrefix("{{% CONTENT_TYPE: HTML}}\n"))
        XCTAssertFalse(template.contains("{{{"))
        XCTAssertFalse(template.contains("{{&"))
    }

    func testPseudonymisedAttributionUsesOnlyKeptAttributes() throws {
        let project = try ExportFixtures.sample()
        let none = try html(project, fortnight: 2, pseudonymisation: Pseudonymisation())
        XCTAssertTrue(none.contains("<footer>— a participant (Digital and health inequalities)</footer>"))
        XCTAssertFalse(none.contains("GP partner"))
        let setting = try html(project, fortnight: 2, pseudonymisation: Pseudonymisation(keeping: ["care setting"]))
        XCTAssertTrue(
            setting.contains("<footer>— a participant in primary care (Digital and health inequalities)</footer>"))
    }
}
