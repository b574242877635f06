import GleanCore

/// Turning the Reader's selection into quotes: tag and untag, feature, memo, remove. Each is one undoable edit.
enum Tagging {
    /// Toggles the concern bound to number key `key` on the selection.
    static func toggle(key: Int, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        guard let concern = state.project.codebook.concern(forKey: key) else {
            state.message =
                state.project.codebook.concerns.isEmpty
                ? CodebookState.emptyHint : "No concern is bound to \(key); bind one on the Codebook screen"
            return []
        }
        return toggle(concern: concern.id, &state, environment)
    }

    /// Toggles concern `id` on the selection: on the quote with exactly that range, or on a new quote.
    static func toggle(concern id: String, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        guard let concern = state.project.codebook.concern(id: id), let edit = toggleEdit(concern, state, environment)
        else { return [] }
        return History.commit(edit, &state)
    }

    /// Creates concern `name` in theme `theme` (the next palette colour, the first free number key) and tags the
    /// selection with it: one undoable edit.
    static func createAndTag(name: String, theme: String, _ state: inout AppState, _ environment: UpdateEnvironment)
        -> [Effect]
    {
        let codebook = state.project.codebook
        let concern = Concern(
            id: codebook.newID(forName: name), name: name,
            colour: Codebook.palette[codebook.concerns.count % Codebook.palette.count], key: codebook.freeKey,
            theme: theme)
        guard let tagging = toggleEdit(concern, state, environment) else {
            state.message = "Select some text first: a new concern is created by tagging with it"
            return []
        }
        let position = (codebook.concerns.lastIndex { $0.theme == theme }).map { $0 + 1 }
        let key = concern.key.map { " (key \($0))" } ?? ""
        return History.commit(
            Edit(
                summary: "Created \(name) in \(theme)\(key) and tagged it",
                changes: [.putConcern(concern: concern, position: position)] + tagging.changes),
            &state)
    }

    /// The edit that toggles `concern` on the selection, or nil when nothing is selected: `QuoteTagging`'s rule, among
    /// the quotes the coding view shows (so the mine and blind views never change another facilitator's quote).
    private static func toggleEdit(_ concern: Concern, _ state: AppState, _ environment: UpdateEnvironment) -> Edit? {
        guard let reader = state.reader, !reader.selection.range.isEmpty,
            let participant = state.project.fortnight(reader.fortnight).log(id: reader.logID)?.participant
        else { return nil }
        let quotes = shownQuotes(state)
        let passage = selectedPassage(reader)
        if let quote = quotes[passage], quote.concerns.contains(concern.id) {
            return Edit(
                summary: "Untagged \(concern.name)",
                changes: [QuoteTagging.untag(concern.id, from: quote, fortnight: reader.fortnight)])
        }
        guard
            let tagged = QuoteTagging.tag(
                [concern.id], at: passage, participant: participant, among: quotes, coder: environment.coder,
                created: environment.now(), newID: environment.newID)
        else { return nil }
        return Edit(
            summary: "Tagged \(concern.name)", changes: [.putQuote(fortnight: reader.fortnight, quote: tagged.quote)])
    }

    /// The quote with exactly the selection's range, which tagging adds concerns to.
    static func exactQuote(_ state: AppState) -> Quote? {
        guard let reader = state.reader else { return nil }
        return shownQuotes(state)[selectedPassage(reader)]
    }

    /// The quotes of the Reader's log that the coding view shows, by passage.
    private static func shownQuotes(_ state: AppState) -> PassageQuotes {
        guard let reader = state.reader else { return PassageQuotes([]) }
        return PassageQuotes(state.shownFortnight(reader.fortnight).quotes(inLog: reader.logID))
    }

    /// The passage the Reader has selected.
    private static func selectedPassage(_ reader: ReaderState) -> QuotePassage {
        QuotePassage(log: reader.logID, section: reader.selection.section, range: reader.selection.range)
    }

    /// The quote the selection points at: the one with exactly its range, else the first one overlapping it.
    static func targetQuote(_ state: AppState) -> Quote? {
        guard let reader = state.reader else { return nil }
        let selection = reader.selection
        let quotes = state.shownFortnight(reader.fortnight).quotes(inLog: reader.logID).filter {
            $0.section == selection.section
        }
        return quotes.first { $0.range == selection.range } ?? quotes.first { $0.range.overlaps(selection.range) }
    }

    /// Features the selected quote in the summary, or stops featuring it.
    static func toggleFeatured(_ state: inout AppState) -> [Effect] {
        guard let reader = state.reader, var quote = targetQuote(state) else {
            state.message = "Tag the selection first: only quotes can be featured"
            return []
        }
        quote.featured.toggle()
        let summary = quote.featured ? "Featured the quote" : "Stopped featuring the quote"
        return History.commit(
            Edit(summary: summary, changes: [.putQuote(fortnight: reader.fortnight, quote: quote)]), &state)
    }

    /// Opens the memo prompt for the selected quote.
    static func promptMemo(_ state: inout AppState) {
        guard let reader = state.reader, let quote = targetQuote(state) else {
            state.message = "Tag the selection first: memos belong to quotes"
            return
        }
        state.modal = .prompt(
            Prompt(
                title: "Memo", editor: LineEditor(quote.memo),
                purpose: .memo(fortnight: reader.fortnight, quoteID: quote.id)))
    }

    /// Saves `memo` on quote `id`.
    static func saveMemo(_ memo: String, fortnight: Int, quoteID: String, _ state: inout AppState) -> [Effect] {
        guard var quote = state.project.fortnight(fortnight).quotes.first(where: { $0.id == quoteID }),
            quote.memo != memo
        else { return [] }
        quote.memo = memo
        return History.commit(
            Edit(summary: "Saved the memo", changes: [.putQuote(fortnight: fortnight, quote: quote)]), &state)
    }

    /// Removes the selected quote with all its tags.
    static func deleteQuote(_ state: inout AppState) -> [Effect] {
        guard let reader = state.reader, let quote = targetQuote(state) else {
            state.message = "There is no quote here to remove"
            return []
        }
        return History.commit(
            Edit(summary: "Removed the quote", changes: [.removeQuote(fortnight: reader.fortnight, id: quote.id)]),
            &state)
    }
}
