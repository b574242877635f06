import GleanCore

/// `/`, `n` and `N`: find the next or previous row, log or match of the search text.
///
/// Matching ignores case and diacritics (`FoldedText`). On the Logs screen the matching logs of the fortnight are
/// worked out once per query and fortnight (`LogMatchCounts`); in the Reader, the occurrences in the open log once per
/// query and log (`LogMatches`), and `n`/`N` go from occurrence to occurrence, selecting the sentence each is in,
/// wrapping round within the log (they do not go on to the next log: `J` does that).
enum Search {
    /// Starts searching for `query` (nil or empty ends the search) and goes to the first match from the current row.
    static func begin(_ query: String, _ state: inout AppState) {
        state.search = query.isEmpty ? nil : query
        state.searchMatches = SearchMatches()
        if state.search != nil { step(&state, forward: true, includingCurrent: true) }
    }

    /// Moves to the next (or previous) match of the current search, wrapping around.
    static func step(_ state: inout AppState, forward: Bool, includingCurrent: Bool = false) {
        guard let query = state.search, !query.isEmpty else {
            state.message = "Type / to search"
            return
        }
        switch state.screen.entry.search {
        case .logs: stepThroughLogs(query, &state, forward: forward, includingCurrent: includingCurrent)
        case .openLog: stepThroughLog(query, &state, forward: forward, includingCurrent: includingCurrent)
        case .rows(let rows): stepThroughRows(rows, query, &state, forward: forward, includingCurrent: includingCurrent)
        }
    }

    /// After opening a log from the Logs screen while searching: selects the sentence of its first match.
    static func openedLog(_ state: inout AppState) {
        guard let query = state.search, state.screen == .reader else { return }
        stepThroughLog(query, &state, forward: true, includingCurrent: true, fromStart: true)
    }

    /// The matching logs of the fortnight on the Logs screen, worked out and kept unless they are known.
    @discardableResult
    static func logMatches(_ state: inout AppState) -> LogMatchCounts? {
        let counts = logMatches(state)
        state.searchMatches.logs = counts
        return counts
    }

    /// The matching logs of the fortnight on the Logs screen: the ones kept when they are for this query and
    /// fortnight, else found afresh (for a frame, which cannot keep them).
    static func logMatches(_ state: AppState) -> LogMatchCounts? {
        guard let query = state.search else { return nil }
        if let known = state.searchMatches.logs,
            known.describes(query: query, fortnight: state.logs.fortnight, in: state.project)
        {
            return known
        }
        return LogMatchCounts(query: query, fortnight: state.logs.fortnight, in: state.project)
    }

    /// The matches in the log open in the Reader: the ones `n` keeps when they are for this log and query, else found
    /// afresh (for a frame, which cannot keep them).
    static func openLogMatches(_ state: AppState) -> LogMatches? {
        guard let query = state.search, let reader = state.reader,
            let log = state.project.fortnight(reader.fortnight).log(id: reader.logID)
        else { return nil }
        if let known = state.searchMatches.reader, known.query == query, known.logID == log.id { return known }
        return LogMatches(query: query, log: log)
    }

    private static func stepThroughLogs(_ query: String, _ state: inout AppState, forward: Bool, includingCurrent: Bool)
    {
        guard let counts = logMatches(&state) else { return }
        let logs = state.visibleLogs
        guard !logs.isEmpty else { return }
        let order = rotation(
            from: state.logs.selected, count: logs.count, forward: forward, includingCurrent: includingCurrent)
        guard let index = order.first(where: { counts.counts[logs[$0].id] != nil }) else {
            state.message = "No log in fortnight \(state.logs.fortnight) matches “\(query)”"
            return
        }
        state.logs.selected = index
    }

    private static func stepThroughLog(
        _ query: String, _ state: inout AppState, forward: Bool, includingCurrent: Bool, fromStart: Bool = false
    ) {
        guard var found = openLogMatches(state), let reader = state.reader else { return }
        guard !found.matches.isEmpty else {
            state.searchMatches.reader = found
            state.message = "No match for “\(query)” in this log"
            return
        }
        let selection = reader.selection
        let count = found.matches.count
        let isKept = state.searchMatches.reader == found
        let onCurrent =
            isKept && found.matches[found.current].section == selection.section
            && found.matches[found.current].range.overlaps(selection.range)
        let target: Int?
        if fromStart {
            target = 0
        } else if includingCurrent {
            target = found.first(atOrAfter: selection)
        } else if onCurrent {
            target = found.current + (forward ? 1 : -1)
        } else {
            target = forward ? found.first(atOrAfter: selection) : found.last(before: selection)
        }
        var next = target ?? (forward ? count : -1)
        if next >= count {
            next = 0
            state.message = "Back to the first match in this log (J goes to the next log)"
        } else if next < 0 {
            next = count - 1
            state.message = "Back to the last match in this log"
        }
        found.current = next
        state.searchMatches.reader = found
        let match = found.matches[next]
        ReaderUpdate.select(reader.text.navigator.sentence(containing: match) ?? match, &state)
    }

    /// Counts, Codebook, quote list and import preview: short lists, searched row by row.
    private static func stepThroughRows(
        _ list: SearchRows, _ query: String, _ state: inout AppState, forward: Bool, includingCurrent: Bool
    ) {
        let candidates = list.rows(state)
        guard !candidates.isEmpty else { return }
        let folded = FoldedText(query)
        let order = rotation(
            from: list.current(state), count: candidates.count, forward: forward, includingCurrent: includingCurrent)
        guard let index = order.first(where: { FoldedText(candidates[$0]).contains(folded) }) else {
            state.message = "No match for “\(query)”"
            return
        }
        list.select(index, &state)
    }

    /// The row indices to try in turn from `current`, wrapping around.
    private static func rotation(from current: Int, count: Int, forward: Bool, includingCurrent: Bool) -> [Int] {
        let offsets = includingCurrent ? Array(0..<count) : Array(1...count)
        return offsets.map { offset in ((forward ? current + offset : current - offset) % count + count) % count }
    }

    /// The searchable text of each concern of the codebook, for Counts, Codebook and Agreement.
    static func concernRows(_ state: AppState) -> [String] {
        state.project.codebook.concerns.map { "\($0.name) \($0.theme) \($0.description)" }
    }

    /// The searchable text of each disagreement, as the Disagreements screen describes it.
    static func disagreementRows(_ state: AppState) -> [String] {
        state.disagreementList.map { DisagreementsView.describe($0, state) }
    }

    /// The searchable text of each log of the import being previewed: its participant and sections.
    static func importRows(_ state: AppState) -> [String] {
        state.importPreview?.batch.logs.map { ([$0.participant] + $0.sections.map(\.text)).joined(separator: " ") }
            ?? []
    }

    /// The searchable text of each quote of the quote list: its participant, passage and memo.
    static func quoteRows(_ state: AppState) -> [String] {
        let fortnight = state.project.fortnight(state.quoteList?.fortnight ?? 0)
        return state.listedQuotes.map { quote in
            guard let log = fortnight.log(id: quote.log), log.sections.indices.contains(quote.section) else {
                return ""
            }
            return log.participant + " " + TextSegments.slice(log.sections[quote.section].text, quote.range) + " "
                + quote.memo
        }
    }
}
