import GleanCore

/// The quote list's commands: move, and open a quote in the Reader.
enum QuoteListUpdate {
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var list = state.quoteList else { return [] }
        let quotes = state.listedQuotes
        let page = ListNavigation.page(forHeight: state.size.height)
        if let row = ListNavigation.index(after: command, current: list.selected, count: quotes.count, page: page) {
            list.selected = row
            state.quoteList = list
            return []
        }
        switch command {
        case .open:
            state.quoteList = list
            guard quotes.indices.contains(list.selected) else { return [] }
            let quote = quotes[list.selected]
            let logs = state.project.fortnight(list.fortnight).logs.map(\.id)
            ReaderUpdate.open(
                quote.log, sequence: logs, fortnight: list.fortnight,
                selection: TextSelection(section: quote.section, range: quote.range), &state)
            return []
        default: break
        }
        state.quoteList = list
        return []
    }
}

extension AppState {
    /// The quotes the quote list shows: its concern's in its fortnight's agreed coding (the quotes behind the Counts
    /// cell's figure), limited to its attribute value if any.
    public var listedQuotes: [Quote] {
        guard let list = quoteList else { return [] }
        let fortnight = shownFortnight(list.fortnight).agreed()
        let participantOfLog = Dictionary(
            fortnight.logs.map { ($0.id, $0.participant) }, uniquingKeysWith: { first, _ in first })
        return fortnight.quotes.filter { quote in
            guard quote.concerns.contains(list.concern), let code = participantOfLog[quote.log] else { return false }
            guard let attribute = list.attribute else { return true }
            let value = project.participant(code: code)?.attributes[attribute.name] ?? AttributeBreakdown.missingValue
            return value == attribute.value
        }
    }
}
