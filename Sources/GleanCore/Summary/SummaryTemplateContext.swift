/// The values a summary template sees (listed in the README), with the flags Mustache needs to show or hide optional
/// parts. Every piece of text has passed through `TextSanitizer.displayable`, so no template, whatever its content
/// type, can pass a control character on; every list counts its items against one `RenderBudget`.
struct SummaryTemplateContext {
    /// A concern's line in the key themes or the full table.
    struct Theme {
        let name: String
        let theme: String
        let colour: String
        let participants: Int
        let quotes: Int
        let quoteNoun: String
        let raisedBy: String
        let change: String
    }

    /// A featured quote and who said it.
    struct FeaturedQuote {
        let text: String
        let attribution: String
        let concerns: String
    }

    /// A key concern written up: its figures, paragraph and quotes.
    struct KeyConcern {
        let concern: Theme
        let name: String
        let raisedBy: String
        let colour: String
        let paragraph: String
        let hasParagraph: Bool
        let number: Int
        let quotes: TemplateList<FeaturedQuote>
    }

    /// A theme heading with its key concerns.
    struct Section {
        let name: String
        let concerns: TemplateList<KeyConcern>
        /// The key concerns' names, joined for the "Key themes" bullet: "Staff wellbeing, Quality and safety".
        let names: String
    }

    /// A link to another summary.
    struct Link {
        let title: String
        let href: String
        /// Whether it is the last of its list, so templates can put commas between links.
        let isLast: Bool
    }

    /// The links of a summary exported with the others.
    struct Links {
        let index: Link
        let previousSummary: Link?
        let nextSummary: Link?
        let earlier: TemplateList<Link>
        let hasEarlier: Bool
    }

    let programme: String
    let title: String
    let fortnight: Int
    let weekEnding: String
    let startDate: String
    let endDate: String
    let logs: Int
    let participants: Int
    let logsDone: Int
    let basedOn: String
    let provisional: Bool
    let provisionalNote: String
    let opening: String
    let hasOpening: Bool
    let keyThemes: TemplateList<Theme>
    let hasKeyThemes: Bool
    let sections: TemplateList<Section>
    let alsoRaised: TemplateList<FeaturedQuote>
    let hasAlsoRaised: Bool
    let keyRule: String
    let allConcerns: TemplateList<Theme>
    let featured: TemplateList<FeaturedQuote>
    let hasFeatured: Bool
    let closingHeading: String
    let closing: String
    let hasClosing: Bool
    let next: TemplateList<String>
    let hasNext: Bool
    let links: Links?
    let chart: ParticipantChart

    /// The context of `summary`, its lists counted against `budget`.
    init(_ summary: FortnightSummary, budget: RenderBudget) {
        let clean = TextSanitizer.displayable
        let theme = { (item: FortnightSummary.Theme) in
            Theme(
                name: clean(item.name), theme: clean(item.theme), colour: item.colour, participants: item.participants,
                quotes: item.quotes, quoteNoun: item.quotes == 1 ? "quote" : "quotes", raisedBy: item.raisedBy,
                change: item.change)
        }
        let quote = { (item: FortnightSummary.FeaturedQuote) in
            FeaturedQuote(
                text: clean(item.text), attribution: clean(item.attribution),
                concerns: clean(item.concerns.joined(separator: ", ")))
        }
        let link = { (item: SummaryLinks.Link, isLast: Bool) in
            Link(title: clean(item.title), href: clean(item.href), isLast: isLast)
        }
        programme = clean(summary.programme)
        title = clean(summary.title)
        fortnight = summary.fortnight
        weekEnding = summary.weekEnding
        startDate = summary.firstDay.longText
        endDate = summary.lastDay.longText
        logs = summary.logs
        participants = summary.participants
        logsDone = summary.logsDone
        basedOn = clean(summary.basedOn)
        provisional = summary.isProvisional
        provisionalNote = clean(summary.provisionalNote)
        opening = clean(summary.opening)
        hasOpening = !summary.opening.isEmpty
        keyThemes = TemplateList(items: summary.keyThemes.map(theme), budget: budget)
        hasKeyThemes = !summary.keyThemes.isEmpty
        var number = 0
        sections = TemplateList(
            items: summary.sections.map { section in
                let concerns = section.concerns.map { key in
                    number += 1
                    let figures = theme(key.theme)
                    return KeyConcern(
                        concern: figures, name: figures.name, raisedBy: figures.raisedBy, colour: figures.colour,
                        paragraph: clean(key.paragraph), hasParagraph: !key.paragraph.isEmpty, number: number,
                        quotes: TemplateList(items: key.quotes.map(quote), budget: budget))
                }
                return Section(
                    name: clean(section.name), concerns: TemplateList(items: concerns, budget: budget),
                    names: concerns.map(\.name).joined(separator: ", "))
            }, budget: budget)
        alsoRaised = TemplateList(items: summary.alsoRaised.map(quote), budget: budget)
        hasAlsoRaised = !summary.alsoRaised.isEmpty
        keyRule = summary.keyRule.footnote
        allConcerns = TemplateList(items: summary.allConcerns.map(theme), budget: budget)
        featured = TemplateList(items: summary.featured.map(quote), budget: budget)
        hasFeatured = !summary.featured.isEmpty
        closingHeading = clean(summary.closingHeading)
        closing = clean(summary.closing)
        hasClosing = !summary.closing.isEmpty
        next = TemplateList(items: summary.next.map(clean), budget: budget)
        hasNext = !summary.next.isEmpty
        links = summary.links.map { links in
            Links(
                index: link(links.index, true), previousSummary: links.previous.map { link($0, true) },
                nextSummary: links.next.map { link($0, true) },
                earlier: TemplateList(
                    items: links.earlier.enumerated().map { link($0.element, $0.offset == links.earlier.count - 1) },
                    budget: budget),
                hasEarlier: !links.earlier.isEmpty)
        }
        chart = ParticipantChart(themes: summary.allConcerns, fortnight: summary.fortnight, budget: budget)
    }

    /// The items the lists of `summary`'s context hold, chart included: what a `RenderBudget` is sized by.
    static func items(in summary: FortnightSummary) -> Int {
        2 * summary.keyThemes.count + 2 * summary.allConcerns.count + 2 * summary.featured.count + summary.next.count
            + summary.sections.count + summary.alsoRaised.count + (summary.links?.earlier.count ?? 0)
            + ParticipantChart.maximumTicks + summary.allConcerns.reduce(0) { $0 + $1.series.count }
    }
}
