/// The index page of every fortnight's summary, written by `glean export --all` for Markdown and HTML.
struct SummaryIndex: Sendable {
    /// One fortnight's line.
    struct Entry: Sendable {
        /// Its summary's title and file.
        var link: SummaryLinks.Link
        var logs: Int
        var participants: Int
        /// The names of its key concerns, in the order the summary writes them up.
        var keyConcerns: [String]
    }

    var programme: String
    /// Every fortnight, the latest first.
    var entries: [Entry]

    /// The index of `summaries` (one per fortnight, in order), each linking to the file `fileName` gives it.
    init(programme: String, summaries: [FortnightSummary], fileName: (Int) -> String) {
        self.programme = programme
        entries = summaries.reversed().map { summary in
            Entry(
                link: SummaryLinks.Link(title: summary.title, href: fileName(summary.fortnight)), logs: summary.logs,
                participants: summary.participants, keyConcerns: summary.keyThemes.map(\.name))
        }
    }

    /// The links of fortnight `number`'s summary among `numbers` (in order), to its neighbours and the index.
    static func links(
        of number: Int, among numbers: [Int], titles: (Int) -> String, fileName: (Int) -> String, index: String
    ) -> SummaryLinks {
        let links = numbers.map { SummaryLinks.Link(title: titles($0), href: fileName($0)) }
        let position = numbers.firstIndex(of: number) ?? 0
        return SummaryLinks(
            index: SummaryLinks.Link(title: "All summaries", href: index),
            previous: position > 0 ? links[position - 1] : nil,
            next: position + 1 < numbers.count ? links[position + 1] : nil,
            earlier: Array(links[..<position]))
    }
}

/// The values an index template sees, sanitised and counted as a summary's are.
struct SummaryIndexContext {
    /// One fortnight's line.
    struct Entry {
        let title: String
        let href: String
        let logs: Int
        let participants: Int
        let keyConcerns: String
        let hasKeyConcerns: Bool
    }

    let programme: String
    let entries: TemplateList<Entry>

    init(_ index: SummaryIndex, budget: RenderBudget) {
        let clean = TextSanitizer.displayable
        programme = clean(index.programme)
        entries = TemplateList(
            items: index.entries.map {
                Entry(
                    title: clean($0.link.title), href: clean($0.link.href), logs: $0.logs,
                    participants: $0.participants, keyConcerns: clean($0.keyConcerns.joined(separator: ", ")),
                    hasKeyConcerns: !$0.keyConcerns.isEmpty)
            }, budget: budget)
    }
}
