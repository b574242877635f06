import GleanCore

/// `/`, `n` and `N`: find the next or previous row or sentence containing the search text.
enum Search {
    /// Moves to the next (or previous) match of the current search, wrapping around.
    static func step(_ state: inout AppState, forward: Bool, includingCurrent: Bool = false) {
        guard let query = state.search?.lowercased(), !query.isEmpty else {
            state.message = "Type / to search"
            return
        }
        let candidates = rows(state)
        guard !candidates.isEmpty else { return }
        let current = currentRow(state)
        let count = candidates.count
        let offsets = includingCurrent ? Array(0..<count) : Array(1...count)
        for offset in offsets {
            let index = ((forward ? current + offset : current - offset) % count + count) % count
            if candidates[index].lowercased().contains(query) {
                select(index, &state)
                return
            }
        }
        state.message = "No match for “\(state.search ?? "")”"
    }

    /// The searchable text of each row (or sentence) of the screen on top.
    private static func rows(_ state: AppState) -> [String] {
        switch state.screen {
        case .logs:
            return state.visibleLogs.map { log in
                let attributes = state.project.participant(code: log.participant)?.attributes.values.joined(separator: " ") ?? ""
                return ([log.participant, attributes] + log.sections.map(\.text)).joined(separator: " ")
            }
        case .reader:
            return sentences(state).map(\.text)
        case .importPreview:
            return state.importPreview?.batch.logs.map { ([$0.participant] + $0.sections.map(\.text)).joined(separator: " ") } ?? []
        case .counts, .codebook:
            return state.project.codebook.concerns.map { "\($0.name) \($0.theme) \($0.description)" }
        case .quoteList:
            let fortnight = state.project.fortnight(state.quoteList?.fortnight ?? 0)
            return state.listedQuotes.map { quote in
                guard let log = fortnight.log(id: quote.log), log.sections.indices.contains(quote.section) else { return "" }
                return log.participant + " " + TextSegments.slice(log.sections[quote.section].text, quote.range) + " " + quote.memo
            }
        }
    }

    private static func currentRow(_ state: AppState) -> Int {
        switch state.screen {
        case .logs: return state.logs.selected
        case .counts: return state.counts.row
        case .codebook: return state.codebook.row
        case .quoteList: return state.quoteList?.selected ?? 0
        case .importPreview: return 0
        case .reader:
            guard let selection = state.reader?.selection else { return 0 }
            return sentences(state).firstIndex { $0.selection.section == selection.section && $0.selection.range.upperBound > selection.range.lowerBound } ?? 0
        }
    }

    private static func select(_ index: Int, _ state: inout AppState) {
        switch state.screen {
        case .logs: state.logs.selected = index
        case .counts: state.counts.row = index
        case .codebook: state.codebook.row = index
        case .quoteList: state.quoteList?.selected = index
        case .importPreview: state.message = "Row \(index + 1) of the import matches"
        case .reader:
            ReaderUpdate.select(sentences(state)[index].selection, &state)
        }
    }

    private static func sentences(_ state: AppState) -> [(selection: TextSelection, text: String)] {
        guard let reader = state.reader, let log = state.project.fortnight(reader.fortnight).log(id: reader.logID) else { return [] }
        return log.sections.enumerated().flatMap { index, section in
            let ranges = TextSegments.sentences(in: section.text)
            return zip(ranges, TextSegments.slices(section.text, ranges)).map { (TextSelection(section: index, range: $0), $1) }
        }
    }
}
