import Foundation

extension FortnightSummary {
    /// A key concern as the summary writes it up: its figures, the facilitator's paragraph and its quotes.
    struct KeyConcern: Sendable {
        /// The concern's figures.
        var theme: Theme
        /// The facilitator's paragraph for the fortnight, or the concern's description when there is none.
        var paragraph: String
        /// The featured quotes placed under it.
        var quotes: [FeaturedQuote]
    }

    /// A theme heading ("Growing concerns") and its key concerns, in codebook order.
    struct ThemeSection: Sendable {
        /// The theme's name.
        var name: String
        /// Its key concerns.
        var concerns: [KeyConcern]
    }
}

/// Lays a summary out as the published ones are: the key concerns under their theme headings, themes and concerns in
/// codebook order, each featured quote under the first of its concerns that is key, and the rest "also raised".
struct SummarySections {
    /// The themes that have key concerns, in codebook order.
    let sections: [FortnightSummary.ThemeSection]
    /// The featured quotes none of whose concerns is key, in the fortnight's quote order.
    let alsoRaised: [FortnightSummary.FeaturedQuote]

    /// The layout of `themes` (one per concern of `codebook`, in its order) for a fortnight in which `writers`
    /// participants wrote, with `note`'s paragraphs and `featured` placed.
    init(
        themes: [FortnightSummary.Theme], codebook: Codebook, note: FortnightNote,
        featured: [FortnightSummary.FeaturedQuote], rule: KeyConcernRule, writers: Int
    ) {
        let key = Set(rule.keyConcerns(themes.map { ($0.id, $0.participants) }, writers: writers))
        var placed: [String: [FortnightSummary.FeaturedQuote]] = [:]
        var unplaced: [FortnightSummary.FeaturedQuote] = []
        for quote in featured {
            if let home = quote.concernIDs.first(where: key.contains) {
                placed[home, default: []].append(quote)
            } else {
                unplaced.append(quote)
            }
        }
        let descriptions = Dictionary(
            codebook.concerns.map { ($0.id, $0.description) }, uniquingKeysWith: { a, _ in a })
        sections = codebook.themes.compactMap { name in
            let concerns = themes.filter { $0.theme == name && key.contains($0.id) }.map { theme in
                let written = (note.paragraphs[theme.id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                return FortnightSummary.KeyConcern(
                    theme: theme, paragraph: written.isEmpty ? descriptions[theme.id] ?? "" : written,
                    quotes: placed[theme.id] ?? [])
            }
            return concerns.isEmpty ? nil : FortnightSummary.ThemeSection(name: name, concerns: concerns)
        }
        alsoRaised = unplaced
    }
}
