import XCTest

@testable import GleanCore

final class SummaryTests: XCTestCase {
    func testRanksThemesByParticipantsAndWritesChangeInWords() {
        let summary = FortnightSummary(project: Fixtures.small(), fortnight: 2)
        XCTAssertEqual(summary.title, "Fortnight 2 — week ending Sunday 3 May 2020")
        XCTAssertEqual(summary.keyThemes.map(\.name), ["Wellbeing", "Equipment"])
        XCTAssertEqual(
            summary.keyThemes[0].raisedBy, "raised by 2 of 3 participants who wrote (67%), up from 1 of 2 (50%)")
        XCTAssertEqual(
            summary.keyThemes[1].raisedBy, "raised by 1 of 3 participants who wrote (33%), up from 0 of 2 (0%)")
        XCTAssertEqual(
            summary.allConcerns[0].raisedBy, "raised by 0 of 3 participants who wrote (0%), down from 2 of 2 (100%)")
        XCTAssertEqual(summary.allConcerns.map(\.change), ["−100", "+17", "new"])
    }

    func testFeaturedQuotesAreAttributedByRoleAndSettingNeverByCode() {
        let summary = FortnightSummary(project: Fixtures.small(), fortnight: 2)
        XCTAssertEqual(summary.featured.count, 1)
        XCTAssertEqual(summary.featured[0].text, "Staff are tired!")
        XCTAssertEqual(summary.featured[0].attribution, "a GP partner in primary care")
    }

    func testMarkdownHasEveryPart() throws {
        var project = Fixtures.small()
        project.apply(
            .setNote(fortnight: 2, note: FortnightNote(opening: "Teams are *tired*.", next: ["How do we help?"])))
        let markdown = try SummaryRenderer().render(FortnightSummary(project: project, fortnight: 2))
        XCTAssertTrue(
            markdown.hasPrefix(
                "# Test programme: Fortnight 2 — week ending Sunday 3 May 2020\n\nTeams are \\*tired\\*.\n"), markdown)
        XCTAssertTrue(
            markdown.contains(
                "This summary is based on 3 logs from 3 participants, written in the fortnight ending Sunday 3 May 2020; all 3 of them coded."
            ))
        XCTAssertTrue(markdown.contains("## Key themes\n\n- **Growing concerns**: Wellbeing, Equipment.\n"), markdown)
        XCTAssertTrue(
            markdown.contains(
                "## Growing concerns\n\n### 1. Wellbeing\n\n*raised by 2 of 3 participants who wrote (67%), up from 1 of 2 (50%)*\n"
            ), markdown)
        XCTAssertTrue(markdown.contains("> Staff are tired!\n>\n> — a GP partner in primary care\n"))
        XCTAssertTrue(markdown.contains("| Feedback | Continued progress | 0 | 0 | −100 |\n"))
        XCTAssertTrue(markdown.contains("## What's next?\n\n- How do we help?\n\n## All concerns"), markdown)
        XCTAssertTrue(markdown.hasSuffix("\n\n\(KeyConcernRule.standard.footnote)\n"), markdown)
        XCTAssertFalse(markdown.contains("A-01"))
    }

    func testMarkdownEscapesHostileText() throws {
        var project = Fixtures.small()
        project.apply(
            .setNote(fortnight: 1, note: FortnightNote(opening: "\u{1b}]0;TITLE\u{07}\u{1b}[2J <script> [x](y)")))
        let markdown = try SummaryRenderer().render(FortnightSummary(project: project, fortnight: 1))
        XCTAssertFalse(markdown.contains("\u{1b}"))
        XCTAssertFalse(markdown.contains("\u{07}"))
        XCTAssertTrue(markdown.contains("␛\\]0;TITLE␇␛\\[2J \\<script\\> \\[x\\](y)"), markdown)
    }

    func testSummaryIsDeterministic() throws {
        let renderer = try SummaryRenderer()
        let first = try renderer.render(FortnightSummary(project: Fixtures.small(), fortnight: 1))
        let second = try renderer.render(FortnightSummary(project: Fixtures.small(), fortnight: 1))
        XCTAssertEqual(first, second)
        XCTAssertTrue(first.contains("No quotes") == false)
    }
}
