import Foundation
import GleanResources
import XCTest

@testable import GleanCore

/// The summary laid out as the published ones are: key concerns under their themes, paragraphs, quotes beside them.
final class SummaryLayoutTests: XCTestCase {
    /// The small fixture with a progress concern raised in fortnight 2 too, and quotes featured on several concerns.
    private func project() -> Project {
        var project = Fixtures.small()
        project.apply(
            .putQuote(
                fortnight: 2, quote: Fixtures.quote("q7", "C-03-2020-05-03", 0..<19, ["feedback"], featured: true)))
        var q6 = project.fortnight(2).quotes.first { $0.id == "q6" }!
        q6.featured = true
        project.apply(.putQuote(fortnight: 2, quote: q6))
        return project
    }

    func testKeyConcernsAreGroupedUnderTheirThemesInCodebookOrder() {
        let summary = FortnightSummary(project: project(), fortnight: 2)
        XCTAssertEqual(summary.sections.map(\.name), ["Continued progress", "Growing concerns"])
        XCTAssertEqual(
            summary.sections.map { $0.concerns.map(\.theme.id) }, [["feedback"], ["wellbeing", "equipment"]])
        XCTAssertEqual(summary.keyThemes.map(\.id), ["feedback", "wellbeing", "equipment"])
    }

    func testTheRuleDecidesWhichConcernsAreKey() {
        var project = project()
        project.apply(.setKeyConcernRule(rule: .top(1)))
        XCTAssertEqual(FortnightSummary(project: project, fortnight: 2).keyThemes.map(\.id), ["wellbeing"])
        project.apply(.setKeyConcernRule(rule: .atLeast(percent: 34)))
        XCTAssertEqual(
            FortnightSummary(project: project, fortnight: 2).keyThemes.map(\.id), ["wellbeing"], "1 of 3 is under 34%")
        project.apply(.setKeyConcernRule(rule: .atLeast(percent: 33)))
        XCTAssertEqual(
            FortnightSummary(project: project, fortnight: 2).keyThemes.map(\.id),
            ["feedback", "wellbeing", "equipment"])
    }

    func testAParagraphFallsBackToTheConcernsDescription() {
        var project = project()
        var note = project.fortnight(2).note
        note.paragraphs = ["wellbeing": "  Tiredness came up again.\n", "equipment": "   "]
        project.apply(.setNote(fortnight: 2, note: note))
        let concerns = FortnightSummary(project: project, fortnight: 2).sections.flatMap(\.concerns)
        XCTAssertEqual(concerns.map(\.paragraph), ["About feedback.", "Tiredness came up again.", "About equipment."])
        XCTAssertEqual(
            FortnightSummary(project: project, fortnight: 1).sections.flatMap(\.concerns).map(\.paragraph).first,
            "About feedback.",
            "a paragraph belongs to its fortnight")
    }

    func testAFeaturedQuoteGoesUnderItsFirstKeyConcernAndTheRestAreAlsoRaised() {
        var project = project()
        let summary = FortnightSummary(project: project, fortnight: 2)
        let placed = Dictionary(
            uniqueKeysWithValues: summary.sections.flatMap(\.concerns).map { ($0.theme.id, $0.quotes.map(\.id)) })
        XCTAssertEqual(
            placed, ["feedback": ["q7"], "wellbeing": ["q4"], "equipment": ["q6"]],
            "q6 is tagged equipment then wellbeing")
        XCTAssertTrue(summary.alsoRaised.isEmpty)
        project.apply(.setKeyConcernRule(rule: .top(1)))
        let narrow = FortnightSummary(project: project, fortnight: 2)
        XCTAssertEqual(
            narrow.sections.flatMap(\.concerns).map { $0.quotes.map(\.id) }, [["q4", "q6"]],
            "q6's first key concern is wellbeing")
        XCTAssertEqual(narrow.alsoRaised.map(\.id), ["q7"])
        XCTAssertEqual(narrow.alsoRaised[0].attribution, "a participant in primary care")
    }

    func testTheClosingSectionAndItsHeading() throws {
        var project = project()
        var note = project.fortnight(2).note
        note.closing = "We will not overstate it."
        project.apply(.setNote(fortnight: 2, note: note))
        var markdown = try SummaryRenderer().render(FortnightSummary(project: project, fortnight: 2))
        XCTAssertTrue(markdown.contains("\n## Tackling these challenges\n\nWe will not overstate it.\n"), markdown)
        note.closingHeading = "Where this leaves us"
        project.apply(.setNote(fortnight: 2, note: note))
        markdown = try SummaryRenderer().render(FortnightSummary(project: project, fortnight: 2))
        XCTAssertTrue(markdown.contains("\n## Where this leaves us\n\nWe will not overstate it.\n"), markdown)
    }

    func testANoteFromSchema3ReadsWithEmptyNewParts() throws {
        let note = try JSONDecoder().decode(FortnightNote.self, from: Data(#"{"opening":"Hi","next":["Why?"]}"#.utf8))
        XCTAssertEqual(note, FortnightNote(opening: "Hi", next: ["Why?"]))
        XCTAssertEqual(note.closingTitle, "Tackling these challenges")
        let written = String(decoding: try JSONEncoder().encode(note), as: UTF8.self)
        XCTAssertFalse(
            written.contains("paragraphs") || written.contains("closing"), "empty new parts are left out: \(written)")
    }
}

/// `--all` for Markdown and HTML: one summary per fortnight, an index, and links between them that resolve.
final class SummaryAllExportTests: XCTestCase {
    func testEveryFortnightAndAnIndexWithLinksThatResolve() throws {
        let project = try ProjectStore.open(BundledResources.sampleProject).opened
        for format in [ExportFormat.markdown, .html] {
            let files = try SummaryExport.renderAll(project, .init(format: format, scope: .all))
            let names = files.map(\.name)
            XCTAssertEqual(
                names,
                project.fortnightNumbers.map { SummaryExport.fileName(fortnight: $0, format: format) } + [
                    "index.\(format.fileExtension)"
                ])
            let folder = Fixtures.temporaryFolder().appendingPathComponent("summaries")
            try SummaryExport.write(files, intoFolder: folder, replacing: true)
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
                let targets = Self.links(in: text, format: format)
                for target in targets {
                    XCTAssertTrue(
                        FileManager.default.fileExists(atPath: folder.appendingPathComponent(target).path),
                        "\(file.name) → \(target)")
                }
                if file.name.hasPrefix("index") {
                    XCTAssertEqual(Set(targets), Set(names.dropLast()), "the index links every summary")
                }
            }
            let second = try String(contentsOf: folder.appendingPathComponent(names[1]), encoding: .utf8)
            let links = Self.links(in: second, format: format)
            XCTAssertTrue(
                links.contains(names[0]) && links.contains(names[2]) && links.contains(names.last!), "\(links)")
            let first = try String(contentsOf: folder.appendingPathComponent(names[0]), encoding: .utf8)
            XCTAssertFalse(
                Self.links(in: first, format: format).contains { $0.hasPrefix("summary-fortnight") && $0 != names[1] })
        }
    }

    func testASingleSummaryHasNoLinks() throws {
        let project = try ProjectStore.open(BundledResources.sampleProject).opened
        let text = try ExportFixtures.text(project, .init(format: .markdown, scope: .fortnight(2)))
        XCTAssertFalse(text.contains("](summary-fortnight") || text.contains("All summaries"))
    }

    /// The relative targets of the links in `text`.
    static func links(in text: String, format: ExportFormat) -> [String] {
        let pattern = format == .html ? #"href="([^"]+)""# : #"\]\(([^)]+)\)"#
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
