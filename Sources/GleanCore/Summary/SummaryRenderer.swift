import Foundation
import GleanResources
import Mustache

/// Renders a `FortnightSummary` through a Mustache template: the bundled one or a facilitator's own.
public struct SummaryRenderer: Sendable {
    private let template: MustacheTemplate

    /// A renderer for the bundled Markdown template.
    public init() throws {
        try self.init(templateFile: BundledResources.templates.appendingPathComponent("summary.md.mustache"))
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

    /// The summary rendered as Markdown text.
    public func render(_ summary: FortnightSummary) -> String {
        template.render(SummaryTemplateContext(summary))
    }
}

/// The values a summary template sees, with the flags Mustache needs to show or hide optional parts.
private struct SummaryTemplateContext {
    struct Theme {
        let name: String
        let theme: String
        let participants: Int
        let quotes: Int
        let quoteNoun: String
        let raisedBy: String
        let change: String
    }

    let programme: String
    let title: String
    let fortnight: Int
    let weekEnding: String
    let logs: Int
    let participants: Int
    let opening: String
    let hasOpening: Bool
    let keyThemes: [Theme]
    let allConcerns: [Theme]
    let featured: [FortnightSummary.FeaturedQuote]
    let hasFeatured: Bool
    let next: [String]
    let hasNext: Bool

    init(_ summary: FortnightSummary) {
        let theme = { (item: FortnightSummary.Theme) in
            Theme(
                name: item.name, theme: item.theme, participants: item.participants, quotes: item.quotes,
                quoteNoun: item.quotes == 1 ? "quote" : "quotes", raisedBy: item.raisedBy, change: item.change)
        }
        programme = summary.programme
        title = summary.title
        fortnight = summary.fortnight
        weekEnding = summary.weekEnding
        logs = summary.logs
        participants = summary.participants
        opening = summary.opening
        hasOpening = !summary.opening.isEmpty
        keyThemes = summary.keyThemes.map(theme)
        allConcerns = summary.allConcerns.map(theme)
        featured = summary.featured
        hasFeatured = !summary.featured.isEmpty
        next = summary.next
        hasNext = !summary.next.isEmpty
    }
}
