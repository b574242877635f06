import Foundation
import GleanResources
import Mustache

/// Renders a `FortnightSummary` through a Mustache template: a bundled one or a facilitator's own.
struct SummaryRenderer: Sendable {
    /// The templates shipped in `Resources/templates`.
    enum BundledTemplate: String, Sendable {
        /// The Markdown summary, `summary.md.mustache`.
        case markdown = "summary.md.mustache"
        /// The self-contained HTML summary with charts, `summary.html.mustache`.
        case html = "summary.html.mustache"
        /// The Markdown index of every summary, `index.md.mustache`.
        case markdownIndex = "index.md.mustache"
        /// The HTML index of every summary, `index.html.mustache`.
        case htmlIndex = "index.html.mustache"
    }

    private let template: MustacheTemplate
    /// The template's file, for messages.
    private let file: String

    /// A renderer for a bundled template, the Markdown one unless told otherwise.
    init(_ bundled: BundledTemplate = .markdown) throws {
        try self.init(templateFile: BundledResources.templates.appendingPathComponent(bundled.rawValue))
    }

    /// A renderer for the template in `templateFile`. Throws a `ProjectError` when it cannot be read, is larger or
    /// nested deeper than `InputLimits` allows or uses partials (checked before parsing), or is not valid Mustache
    /// (`TemplateSyntaxError`).
    init(templateFile: URL) throws {
        MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
        file = templateFile.path
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        guard size <= InputLimits.templateBytes else {
            throw ProjectError(
                file: file,
                problem: "the template is \(size) bytes; a template may hold at most "
                    + InputLimits.describe(bytes: InputLimits.templateBytes))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ProjectError(file: file, problem: "the template cannot be read")
        }
        let text = String(decoding: data, as: UTF8.self)
        try TemplateNesting.check(text, file: file)
        do {
            template = try MustacheTemplate(string: text)
        } catch {
            throw TemplateSyntaxError.describe(error, file: file)
        }
    }

    /// The summary rendered through the template. Throws a `ProjectError` when the template goes through the
    /// summary's lists more often than a `RenderBudget` allows.
    func render(_ summary: FortnightSummary) throws -> String {
        let budget = RenderBudget(items: SummaryTemplateContext.items(in: summary))
        return try checked(template.render(SummaryTemplateContext(summary, budget: budget)), budget)
    }

    /// The index of every summary rendered through the template, within a `RenderBudget` as `render` is.
    func render(_ index: SummaryIndex) throws -> String {
        let budget = RenderBudget(items: index.entries.count)
        return try checked(template.render(SummaryIndexContext(index, budget: budget)), budget)
    }

    /// `text`, unless rendering it ran out of `budget`.
    private func checked(_ text: String, _ budget: RenderBudget) throws -> String {
        guard !budget.exhausted else {
            throw ProjectError(
                file: file,
                problem: "the template goes through the summary's lists more than \(budget.allowance) times "
                    + "(a list inside another?); a template may go through them at most \(RenderBudget.repetitions) "
                    + "times over")
        }
        return text
    }
}
