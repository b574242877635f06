import Foundation
import XCTest

@testable import GleanCore

/// A summary template of one's own is refused, with its file and line, before it can overflow the stack (sections or
/// transforms nested too deep), exhaust memory (too large) or run for ever (lists nested inside lists).
final class TemplateSafetyTests: XCTestCase, TemplateTesting {
    let folder = Fixtures.temporaryFolder()
    let templateName = "deep.mustache"

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    func testSectionsNestedPastTheLimitAreRefusedAtTheirLineBeforeParsing() throws {
        let limit = InputLimits.templateNesting
        for open in ["#", "^", "$"] {
            let deep =
                "first line\n" + String(repeating: "{{\(open)a}}\n", count: limit + 1) + "x"
                + String(repeating: "{{/a}}", count: limit + 1)
            assertRefused(
                deep, contains: ["deep.mustache:\(limit + 2): the template nests sections", "at most \(limit) deep"])
        }
        let blocks =
            String(repeating: "{{$b}}{{#a}}", count: limit) + "x" + String(repeating: "{{/a}}{{/b}}", count: limit)
        assertRefused(blocks, contains: [":1: the template nests sections"])
    }

    func testFiveThousandNestedSectionsOrTransformsAreRefusedNotACrash() throws {
        assertRefused(
            String(repeating: "{{#a}}", count: 5_000) + String(repeating: "{{/a}}", count: 5_000), contains: ["deep"])
        assertRefused(String(repeating: "{{^a}}", count: 5_000), contains: ["deep"])
        assertRefused(
            "{{" + String(repeating: "f(", count: 5_000) + "a" + String(repeating: ")", count: 5_000) + "}}",
            contains: ["deep"])
        assertRefused(
            "{{#" + String(repeating: "f(", count: 5_000) + "a" + String(repeating: ")", count: 5_000) + "}}",
            contains: ["deep"])
    }

    func testNestingUpToTheLimitRendersAndSiblingsDoNotAddUp() throws {
        let limit = InputLimits.templateNesting
        let nested =
            String(repeating: "{{#hasKeyThemes}}", count: limit) + "deep"
            + String(repeating: "{{/hasKeyThemes}}", count: limit)
        XCTAssertEqual(try render(nested), "deep")
        let siblings = String(repeating: "{{#hasKeyThemes}}s{{/hasKeyThemes}}", count: 1_000)
        XCTAssertEqual(try render(siblings), String(repeating: "s", count: 1_000))
    }

    func testNestingHiddenBehindNewDelimitersIsStillCounted() throws {
        let limit = InputLimits.templateNesting
        let hidden =
            "{{=<% %>=}}\n" + String(repeating: "<%#a%>", count: limit + 1)
            + String(repeating: "<%/a%>", count: limit + 1)
        assertRefused(hidden, contains: [":2: the template nests sections"])
        let comment = "{{! {{#a}}-" + String(repeating: "{{#a}}{{/a}}", count: limit + 1)
        XCTAssertEqual(try render(comment), "-", "a comment ends at the first closing delimiter, as the parser has it")
        assertRefused("{{=" + String(repeating: "<", count: 17) + " >=}}", contains: ["a delimiter may be at most 16"])
    }

    func testATemplateLargerThanTheLimitIsRefusedWithItsSize() throws {
        let large = String(repeating: "x", count: InputLimits.templateBytes + 1)
        assertRefused(
            large,
            contains: ["deep.mustache: the template is \(InputLimits.templateBytes + 1) bytes", "at most 65536 bytes"])
        XCTAssertEqual(
            try render(String(repeating: "x", count: InputLimits.templateBytes)).count, InputLimits.templateBytes)
    }

    func testATemplateWithMoreTagsThanTheLimitIsRefusedAtTheFirstTooMany() throws {
        let tags = InputLimits.templateTags
        assertRefused(
            String(repeating: "{{a}}\n", count: tags + 1),
            contains: [":\(tags + 1): the template has more than \(tags) tags"])
        XCTAssertEqual(try render(String(repeating: "{{!c}}", count: tags)), "")
    }

    func testListsNestedInsideListsAreStoppedByTheRenderBudget() throws {
        let bomb =
            String(repeating: "{{#allConcerns}}", count: 12) + "{{name}}"
            + String(repeating: "{{/allConcerns}}", count: 12)
        let start = Date()
        assertRefused(bomb, contains: ["goes through the summary's lists more than", "16 times over"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        let reversed =
            String(repeating: "{{#reversed(allConcerns)}}", count: 12) + "x"
            + String(repeating: "{{/reversed(allConcerns)}}", count: 12)
        assertRefused(reversed, contains: ["goes through the summary's lists"])
    }

    func testGoingThroughEveryListSeveralTimesIsFine() throws {
        let once =
            "{{#allConcerns}}{{name}};{{/allConcerns}}{{#chart.panels}}{{#bars}}{{value}}{{/bars}}{{/chart.panels}}"
            + "{{#chart.ticks}}{{label}}{{/chart.ticks}}{{#featured}}{{text}}{{/featured}}{{#next}}{{.}}{{/next}}"
        let text = try render(String(repeating: once, count: RenderBudget.repetitions))
        XCTAssertTrue(text.contains("Cats"), text)
    }
}
