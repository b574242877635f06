import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// Random summary templates (sections of every kind over the context's lists, flags and missing names, nested up to
/// four times the limit, transforms, set-delimiter tags, comments, unbalanced and unclosed tags) either render or are
/// refused with a `ProjectError` naming the template; never a crash, and never long. 150 cases unless
/// `GLEAN_FUZZ_ITERATIONS` asks for another number.
final class TemplateFuzzTests: XCTestCase {
    func testRandomTemplatesRenderOrAreRefusedQuickly() throws {
        let settings = FuzzSettings(environment: ProcessInfo.processInfo.environment)
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("fuzz.mustache")
        let project = ExportFixtures.hostile()
        var outcomes = (rendered: 0, refused: 0)
        let chosen = ProcessInfo.processInfo.environment["GLEAN_FUZZ_ITERATIONS"] != nil
        for index in chosen ? settings.cases : Array(settings.cases.prefix(150)) {
            var rng = SeededGenerator.forCase(index, ofRun: settings.seed)
            let template = RandomTemplate.make(using: &rng)
            try template.write(to: url, atomically: true, encoding: .utf8)
            let context = "case \(index) (\(settings.reproduction(ofCase: index))): \(template.brief)"
            let start = Date()
            do {
                _ = try SummaryExport.render(project, .init(format: .markdown, scope: .fortnight(1), template: url))
                outcomes.rendered += 1
            } catch let error as ProjectError {
                XCTAssertEqual(error.file, url.path, context)
                XCTAssertFalse(error.problem.contains("ParserError") || error.problem.contains("Mustache."), context)
                outcomes.refused += 1
            }
            XCTAssertLessThan(Date().timeIntervalSince(start), 2, context)
        }
        if settings.onlyCase == nil {
            XCTAssertGreaterThan(outcomes.rendered, 10, "the generator should make some good templates")
            XCTAssertGreaterThan(outcomes.refused, 10, "the generator should make some hostile templates")
        }
    }
}

/// Mustache templates made at random from the summary context's names and every kind of tag.
private enum RandomTemplate {
    static let lists = ["allConcerns", "keyThemes", "featured", "next", "chart.panels", "chart.ticks", "bars"]
    static let values = [
        "name", "programme", "title", "text", ".", "hasOpening", "hasKeyThemes", "missing", "fortnight",
    ]

    static func make(using rng: inout SeededGenerator) -> String {
        var text = Int.random(in: 0..<3, using: &rng) == 0 ? "{{% CONTENT_TYPE: MARKDOWN}}\n" : ""
        var open: [String] = []
        let wellFormed = Bool.random(using: &rng)
        let depthLimit =
            wellFormed
            ? 8 : [16, InputLimits.templateNesting, InputLimits.templateNesting * 4].randomElement(using: &rng)!
        for _ in 0..<Int.random(in: 1...400, using: &rng) {
            switch Int.random(in: 0..<(wellFormed ? 7 : 12), using: &rng) {
            case 0, 1, 2:
                guard open.count < depthLimit else { continue }
                let name = (lists + values).randomElement(using: &rng)!
                let kind = ["#", "^", "$"].randomElement(using: &rng)!
                let wrapped = Bool.random(using: &rng) && kind == "#" ? "reversed(\(name))" : name
                text += "{{\(kind)\(wrapped)}}"
                open.append(wrapped)
            case 3, 4:
                if let name = open.popLast() { text += "{{/\(name)}}" }
            case 5:
                text += "{{\(values.randomElement(using: &rng)!)}}"
            case 6:
                text += "{{{\(values.randomElement(using: &rng)!)}}}"
            case 7:
                text += "{{\(String(repeating: "f(", count: Int.random(in: 1...100, using: &rng)))x)}}"
            case 8:
                text += "{{! a comment {{#allConcerns}} }}"
            case 9:
                text += Bool.random(using: &rng) ? "{{=<% %>=}}<%name%><%={{ }}=%>" : "{{/unopened}}"
            case 10:
                text += ["\n", " text ", "{{", "}}", "{{#", "\u{1B}[2J", "{{> p}}", "{{<p}}{{/p}}"].randomElement(
                    using: &rng)!
            default:
                text += "words "
            }
        }
        if wellFormed || Bool.random(using: &rng) {
            while let name = open.popLast() { text += "{{/\(name)}}" }
        }
        return text
    }
}
