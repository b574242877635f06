/// The values a summary template sees (listed in the README), with the flags Mustache needs to show or hide optional
/// parts. Every piece of text has passed through `TextSanitizer.displayable`, so no template, whatever its content
/// type, can pass a control character on.
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
    let opening: String
    let hasOpening: Bool
    let keyThemes: [Theme]
    let hasKeyThemes: Bool
    let allConcerns: [Theme]
    let featured: [FeaturedQuote]
    let hasFeatured: Bool
    let next: [String]
    let hasNext: Bool
    let chart: ParticipantChart

    init(_ summary: FortnightSummary) {
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
        opening = clean(summary.opening)
        hasOpening = !summary.opening.isEmpty
        keyThemes = summary.keyThemes.map(theme)
        hasKeyThemes = !summary.keyThemes.isEmpty
        allConcerns = summary.allConcerns.map(theme)
        featured = summary.featured.map {
            FeaturedQuote(
                text: clean($0.text), attribution: clean($0.attribution),
                concerns: clean($0.concerns.joined(separator: ", ")))
        }
        hasFeatured = !summary.featured.isEmpty
        next = summary.next.map(clean)
        hasNext = !summary.next.isEmpty
        chart = ParticipantChart(themes: summary.allConcerns, fortnight: summary.fortnight)
    }
}
