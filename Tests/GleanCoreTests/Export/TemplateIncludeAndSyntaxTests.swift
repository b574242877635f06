import Foundation
import XCTest

@testable import GleanCore

/// A template that includes another (a partial or a parent) is refused at its line, never rendered as nothing; a
/// template that is not valid Mustache is refused with its line, column and plain words, never the library's debug
/// text.
final class TemplateIncludeAndSyntaxTests: XCTestCase, TemplateTesting {
    let folder = Fixtures.temporaryFolder()
    let templateName = "t.mustache"

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    func testPartialsAndParentsAreRefusedAtTheirLine() {
        for tag in [
            "{{> /etc/passwd}}", "{{>name}}", "{{>*dynamic}}", "{{<parent}}{{/parent}}", "{{=<% %>=}}<%> hidden%>",
        ] {
            assertRefused(
                "# Summary\n\n" + tag + "\n",
                contains: ["t.mustache:3: the template includes another template", "not supported"])
        }
        assertRefused(
            "{{#hasKeyThemes}}\n{{> t.mustache}}\n{{/hasKeyThemes}}",
            contains: [":2: the template includes another template (a partial"])
    }

    func testASelfIncludingTemplateIsRefusedNotLooped() throws {
        let url = folder.appendingPathComponent("t.mustache")
        assertRefused("again: {{> \(url.path)}}", contains: [":1: the template includes another template"])
    }

    func testSyntaxErrorsNameLineColumnAndProblemInPlainWords() {
        let cases: [(String, String)] = [
            ("a\n{{#allConcerns}}\nx{{/keyThemes}}", "t.mustache:3:"),
            ("line\n\n{{#allConcerns}}never closed", "a section opened in the template is never closed"),
            ("{{=<% %>}}", "set-delimiter tag is malformed"),
            ("{{% CONTENT_TYPE: NOPE}}", "unknown setting or content type"),
            ("text {{name", "t.mustache:1:"),
            ("{{f(name}}", "this tag is not finished"),
        ]
        for (template, fragment) in cases {
            assertRefused(template, contains: [fragment, "not valid Mustache"])
            XCTAssertThrowsError(try render(template)) { error in
                XCTAssertFalse("\(error)".contains("ParserError"), "\(error)")
                XCTAssertFalse("\(error)".contains("Mustache."), "\(error)")
                XCTAssertNotNil((error as? ProjectError)?.line, "\(error)")
            }
        }
        assertRefused("a\n{{#allConcerns}}\nx{{/keyThemes}}", contains: ["closing tag does not match"])
    }
}
