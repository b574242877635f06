/// One fortnight as data: the summary's numbers and words plus every quote, as `glean export --format json` writes
/// it (its fields are documented in the README). Text keeps its line breaks; other control characters are shown as
/// placeholders, as `ExportText.cleaned` does.
struct SummaryDocument: Encodable {
    /// A concern's counts in the fortnight.
    struct ConcernEntry: Encodable {
        let id: String
        let name: String
        let theme: String
        let quotes: Int
        let participants: Int
        let change: Int?
        let share: Int
        let shareChange: Int?
        let raisedBy: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(theme, forKey: .theme)
            try container.encode(quotes, forKey: .quotes)
            try container.encode(participants, forKey: .participants)
            try container.encode(change, forKey: .change)
            try container.encode(share, forKey: .share)
            try container.encode(shareChange, forKey: .shareChange)
            try container.encode(raisedBy, forKey: .raisedBy)
        }

        enum CodingKeys: String, CodingKey {
            case id, name, theme, quotes, participants, change, share, shareChange, raisedBy
        }
    }

    /// A quote chosen for the summary, as the summary shows it.
    struct FeaturedEntry: Encodable {
        let quote: String
        let text: String
        let attribution: String
        let concerns: [String]
    }

    /// The facilitators' note.
    struct NoteEntry: Encodable {
        let opening: String
        let next: [String]
    }

    /// A quote tagged in the fortnight.
    struct QuoteEntry: Encodable {
        let id: String
        let log: String
        let date: String
        let participant: String
        let attributes: [String: String]
        let prompt: String
        let start: Int
        let end: Int
        let text: String
        let concerns: [String]
        let memo: String
        let featured: Bool
    }

    let programme: String
    let fortnight: Int
    let title: String
    let startDate: String
    let endDate: String
    let logs: Int
    let participants: Int
    let logsDone: Int
    let provisional: Bool
    let basedOn: String
    let keyThemes: [ConcernEntry]
    let concerns: [ConcernEntry]
    let featured: [FeaturedEntry]
    let note: NoteEntry
    let quotes: [QuoteEntry]

    /// The document of fortnight `number` of `project`, in its agreed coding.
    init(project: Project, fortnight number: Int, names: FacilitatorNames = FacilitatorNames()) {
        let clean = ExportText.cleaned
        let summary = FortnightSummary(project: project, fortnight: number, names: names)
        let project = project.agreedCoding()
        let concern = { (theme: FortnightSummary.Theme) in
            ConcernEntry(
                id: clean(theme.id), name: clean(theme.name), theme: clean(theme.theme), quotes: theme.quotes,
                participants: theme.participants, change: theme.participantChange, share: theme.figure.share.percent,
                shareChange: theme.figure.shareChange, raisedBy: theme.raisedBy)
        }
        programme = clean(summary.programme)
        fortnight = number
        title = clean(summary.title)
        startDate = summary.firstDay.iso
        endDate = summary.lastDay.iso
        logs = summary.logs
        participants = summary.participants
        logsDone = summary.logsDone
        provisional = summary.isProvisional
        basedOn = clean(summary.basedOn)
        keyThemes = summary.keyThemes.map(concern)
        concerns = summary.allConcerns.map(concern)
        featured = summary.featured.map {
            FeaturedEntry(
                quote: $0.id, text: clean($0.text), attribution: clean($0.attribution),
                concerns: $0.concerns.map(clean))
        }
        note = NoteEntry(opening: clean(summary.opening), next: summary.next.map(clean))
        quotes = ExportedQuote.all(in: project, fortnights: [number]).map { quote in
            QuoteEntry(
                id: clean(quote.id), log: clean(quote.log), date: quote.date.iso, participant: clean(quote.participant),
                attributes: Dictionary(
                    quote.attributes.map { (clean($0.key), clean($0.value)) }, uniquingKeysWith: { first, _ in first }),
                prompt: clean(quote.prompt), start: quote.start, end: quote.end, text: clean(quote.text),
                concerns: quote.concerns.map(clean), memo: clean(quote.memo), featured: quote.featured)
        }
    }
}
