/// The content of a fortnight summary, ready for a template: every number and sentence worked out, nothing styled.
struct FortnightSummary: Sendable {
    /// One concern's line in the key themes or the full table.
    struct Theme: Sendable {
        /// The concern's id.
        var id: String
        var name: String
        var theme: String
        /// The concern's colour, `#RRGGBB`, distinct from every other concern's (see `ConcernPalette`).
        var colour: String
        var quotes: Int
        var participants: Int
        /// `participants` minus the previous fortnight's; nil in fortnight 1.
        var participantChange: Int?
        /// The figure behind `raisedBy` and `change`: shares of participants who wrote, and how they moved.
        var figure: ConcernFigure
        /// The figure in words, e.g. "raised by 10 of 26 participants who wrote (38%), up from 7 of 28 (25%)".
        var raisedBy: String
        /// The change in percentage points against the previous fortnight, e.g. "+5" or "−2"; "new", "=" or ""
        /// when no comparison holds (fortnight 1, or either fortnight provisional).
        var change: String
        /// The distinct participants raising it in each fortnight, from 1 to the latest: the chart's data.
        var series: [Int]
    }

    /// A featured quote with its attribution (care setting and role, never a name or code).
    struct FeaturedQuote: Sendable {
        /// The quote's id.
        var id: String
        var text: String
        var attribution: String
        /// The names of its concerns, in the order the quote lists them.
        var concerns: [String]
        /// The ids of its concerns, in the same order.
        var concernIDs: [String]
    }

    var programme: String
    var title: String
    var fortnight: Int
    var weekEnding: String
    /// The fortnight's first day.
    var firstDay: Day
    /// The fortnight's last day.
    var lastDay: Day
    var logs: Int
    var participants: Int
    /// Logs marked done (fully coded).
    var logsDone: Int
    /// Whether some logs are still to code, so every figure is provisional.
    var isProvisional: Bool
    /// What the summary is based on, e.g. "This summary is based on 26 logs from 26 participants, written in the
    /// fortnight ending 17 May 2020; all 26 of them coded."
    var basedOn: String
    /// For a provisional fortnight, the warning shown above the figures; "" when coding is done.
    var provisionalNote: String
    var opening: String
    /// The key concerns, grouped by theme in codebook order (see `sections`).
    var keyThemes: [Theme]
    var allConcerns: [Theme]
    var featured: [FeaturedQuote]
    var next: [String]
    /// The rule that chose the key concerns.
    var keyRule: KeyConcernRule
    /// The key concerns under their themes, each with its paragraph and the featured quotes that show it.
    var sections: [ThemeSection]
    /// The featured quotes of concerns that are not key (or of no concern).
    var alsoRaised: [FeaturedQuote]
    /// The closing section's heading, "Tackling these challenges" unless the facilitator chose another.
    var closingHeading: String
    /// The closing section's text; empty for none.
    var closing: String
    /// Links to the other summaries exported with this one; nil when it is exported alone.
    var links: SummaryLinks?

    /// Works out the summary of fortnight `number` of `project`, in its agreed coding; when more than one facilitator
    /// coded, `basedOn` says whose coding it uses, naming them by `names`.
    init(project: Project, fortnight number: Int, window: Int = 3, names: FacilitatorNames = FacilitatorNames()) {
        let coding = CodingBasis(project: project, fortnight: number).sentence(naming: names.name(of:))
        let project = project.agreedCoding()
        let table = CountsTable(project: project, window: window)
        let counts = table.fortnight(number)
        let record = project.fortnight(number)
        programme = project.programme.name
        title = project.programme.title(ofFortnight: number)
        fortnight = number
        firstDay = project.programme.firstDay(ofFortnight: number)
        lastDay = project.programme.lastDay(ofFortnight: number)
        weekEnding = lastDay.longText
        logs = counts?.logs ?? 0
        participants = counts?.participants ?? 0
        logsDone = counts?.logsDone ?? 0
        isProvisional = counts?.isProvisional ?? false
        basedOn =
            FortnightSummary.basedOn(logs: logs, participants: participants, done: logsDone, weekEnding: weekEnding)
            + (coding.map { " \($0)." } ?? "")
        provisionalNote =
            isProvisional
            ? "Provisional: \(logs - logsDone) of \(logs) logs are still to code, so these figures may change "
                + "and no rise or fall is claimed."
            : ""
        opening = record.note.opening
        next = record.note.next
        let writers = participants
        let colours = ConcernPalette.distinct(project.codebook.concerns.map(\.colour))
        let themes: [Theme] = project.codebook.concerns.enumerated().map { index, concern in
            let count = counts?.concerns[index]
            let figure = table.figure(of: concern.id, fortnight: number)
            return Theme(
                id: concern.id, name: concern.name, theme: concern.theme, colour: colours[index],
                quotes: count?.quotes ?? 0, participants: count?.participants ?? 0, participantChange: count?.change,
                figure: figure, raisedBy: figure.raisedBy, change: figure.changeMark,
                series: table.participantSeries(of: concern.id))
        }
        allConcerns = themes
        let logsByID = Dictionary(record.logs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        featured = record.quotes.filter(\.featured).compactMap { quote in
            guard let log = logsByID[quote.log], quote.section < log.sections.count else { return nil }
            let text = TextSegments.slice(log.sections[quote.section].text, quote.range)
            let names = quote.concerns.compactMap { project.codebook.concern(id: $0)?.name }
            return FeaturedQuote(
                id: quote.id, text: text,
                attribution: FortnightSummary.attribution(project.participant(code: log.participant), in: project),
                concerns: names, concernIDs: quote.concerns)
        }
        keyRule = project.keyConcernRule
        closingHeading = record.note.closingTitle
        closing = record.note.closing
        let layout = SummarySections(
            themes: themes, codebook: project.codebook, note: record.note, featured: featured, rule: keyRule,
            writers: writers)
        sections = layout.sections
        alsoRaised = layout.alsoRaised
        keyThemes = sections.flatMap { $0.concerns.map(\.theme) }
    }

    /// "This summary is based on 26 logs from 26 participants, written in the fortnight ending 17 May 2020; 14 of
    /// them coded so far."
    static func basedOn(logs: Int, participants: Int, done: Int, weekEnding: String) -> String {
        let logNoun = logs == 1 ? "log" : "logs"
        let participantNoun = participants == 1 ? "participant" : "participants"
        let coded =
            done < logs ? "\(done) of them coded so far" : logs == 1 ? "it is coded" : "all \(logs) of them coded"
        return "This summary is based on \(logs) \(logNoun) from \(participants) \(participantNoun), written in the "
            + "fortnight ending \(weekEnding); \(logs == 0 ? "none to code" : coded)."
    }

    /// "a GP partner in primary care": who said it, by the attributes the project attributes quotes by
    /// (`Project.attribution`), never by name or code.
    static func attribution(_ participant: Participant?, in project: Project) -> String {
        project.attribution.text(for: participant)
    }
}
