import Foundation
import GleanResources
import Mustache

/// Renders a `FortnightSummary` through a Mustache template: a bundled one or a facilitator's own.
public struct SummaryRenderer: Sendable {
    /// The templates shipped in `Resources/templates`.
    public enum BundledTemplate: String, Sendable {
        /// The Markdown summary, `summary.md.mustache`.
        case markdown = "summary.md.mustache"
        /// The self-contained HTML summary with charts, `summary.html.mustache`.
        case html = "summary.html.mustache"
    }

    private let template: MustacheTemplate

    /// A renderer for a bundled template, the Markdown one unless told otherwise.
    public init(_ bundled: BundledTemplate = .markdown) throws {
        try self.init(templateFile: BundledResources.templates.appendingPathComponent(bundled.rawValue))
    }

    /// A renderer for the template in `templateFile`.
    public init(templateFile: URL) throws {
        MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
        guard let data = FileManager.default.contents(atPath: templateFile.path) else {
            throw ProjectError(file: templateFile.path, problem: "the template cannot be read")
        }
        do {
            template = try MustacheTemplate(string: String(decoding: data, as: UTF8.self))
        } catch {
            throw ProjectError(file: templateFile.path, problem: "the template is not valid Mustache (\(error))")
        }
    }

    /// The summary rendered through the template.
    public func render(_ summary: FortnightSummary) -> String {
        template.render(SummaryTemplateContext(summary))
    }
}
