/// The values a summary template sees (listed in the README), with the flags Mustache needs to show or hide optional
/// parts. Every piece of text has passed through `TextSanitizer.displayable`, so no template, whatever its content
/// type, can pass a control character on; every list counts its items against one `RenderBudget`.
struct SummaryTemplateContext {
    /// A concern's line in the key themes or the full table.
    struct Theme {
        let name: String
        let theme: String
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
    let allConcerns: TemplateList<Theme>
    let featured: TemplateList<FeaturedQuote>
    let hasFeatured: Bool
    let next: TemplateList<String>
    let hasNext: Bool
    let chart: ParticipantChart

    /// The context of `summary`, its lists counted against `budget`.
    init(_ summary: FortnightSummary, budget: RenderBudget) {
        let clean = TextSanitizer.displayable
        let theme = { (item: FortnightSummary.Theme) in
            Theme(
                name: clean(item.name), theme: clean(item.theme), participants: item.participants, quotes: item.quotes,
                quoteNoun: item.quotes == 1 ? "quote" : "quotes", raisedBy: item.raisedBy, change: item.change)
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
        allConcerns = TemplateList(items: summary.allConcerns.map(theme), budget: budget)
        featured = TemplateList(
            items: summary.featured.map {
                FeaturedQuote(
                    text: clean($0.text), attribution: clean($0.attribution),
                    concerns: clean($0.concerns.joined(separator: ", ")))
            }, budget: budget)
        hasFeatured = !summary.featured.isEmpty
        next = TemplateList(items: summary.next.map(clean), budget: budget)
        hasNext = !summary.next.isEmpty
        chart = ParticipantChart(themes: summary.allConcerns, fortnight: summary.fortnight, budget: budget)
    }

    /// The items the lists of `summary`'s context hold, chart included: what a `RenderBudget` is sized by.
    static func items(in summary: FortnightSummary) -> Int {
        summary.keyThemes.count + 2 * summary.allConcerns.count + summary.featured.count + summary.next.count
            + ParticipantChart.maximumTicks + summary.allConcerns.reduce(0) { $0 + $1.series.count }
    }
}
