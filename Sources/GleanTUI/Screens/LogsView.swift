import GleanCore

/// The Logs screen: the fortnights on the left (when there is room) and the selected fortnight's logs.
enum LogsView {
    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let number = state.logs.fortnight
        let fortnight = state.shownFortnight(number)
        buffer.put(
            state.project.programme.title(ofFortnight: number), x: 1, y: area.y, width: area.width - 2,
            style: theme.heading)
        let matches = Search.logMatches(state)
        if let matches {
            buffer.put(
                searchSummary(matches, state.visibleLogs), x: 1, y: area.y + 1, width: area.width - 2,
                style: theme.heading)
        } else if let digest = state.project.unread[number] {
            let summary =
                "\(digest.logCount) logs · \(digest.doneCount)/\(digest.logCount) done · \(digest.quoteCount) quotes · reading…"
            buffer.put(summary, x: 1, y: area.y + 1, width: area.width - 2, style: theme.dim)
        } else {
            let summary =
                "\(fortnight.logs.count) logs · \(fortnight.logsDone)/\(fortnight.logs.count) done"
                + "\(fortnight.isProvisional ? " (provisional)" : "") · \(fortnight.quotes.count) quotes · \(state.logs.filter.label)"
            buffer.put(summary, x: 1, y: area.y + 1, width: area.width - 2, style: theme.dim)
        }
        var list = Rect(x: 0, y: area.y + 2, width: area.width, height: area.height - 2)
        if state.project.codebook.concerns.isEmpty {
            let used = ParagraphRows.draw(
                CodebookState.emptyHint, x: 1, y: list.y, width: area.width - 2, style: theme.heading, into: &buffer)
            list = Rect(x: 0, y: list.y + used, width: area.width, height: list.height - used)
        }
        if area.width >= 72 {
            drawFortnights(state, theme, in: Rect(x: 0, y: list.y, width: 22, height: list.height), into: &buffer)
            list = Rect(x: 23, y: list.y, width: area.width - 23, height: list.height)
        }
        drawLogs(state, matches, theme, in: list, into: &buffer)
    }

    /// "/cafe: 3 of 12 logs match, 17 matches", over the logs the filter shows.
    static func searchSummary(_ matches: LogMatchCounts, _ logs: [Log]) -> String {
        let matching = logs.filter { matches.counts[$0.id] != nil }
        let total = matching.reduce(0) { $0 + (matches.counts[$1.id] ?? 0) }
        return "/\(matches.query): \(matching.count) of \(logs.count) log\(logs.count == 1 ? "" : "s") match"
            + "\(logs.count == 1 ? "es" : ""), \(total) match\(total == 1 ? "" : "es")"
    }

    /// The end of a row while searching: how often the query occurs in the log's text.
    private static func matchText(_ count: Int) -> String {
        count == 0 ? "0 in text" : "\(count) match\(count == 1 ? "" : "es")"
    }

    private static func drawFortnights(
        _ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer
    ) {
        let numbers = state.project.fortnightNumbers
        let first = Scrolling.top(
            selected: numbers.firstIndex(of: state.logs.fortnight) ?? 0, count: numbers.count, height: area.height)
        for (row, number) in numbers.dropFirst(first).prefix(area.height).enumerated() {
            let end = state.project.programme.lastDay(ofFortnight: number).shortText
            let progress =
                state.project.unread[number].map { ($0.doneCount, $0.logCount) }
                ?? { fortnight in (fortnight.logsDone, fortnight.logs.count) }(state.shownFortnight(number))
            let label = TextLayout.pad("F\(number) \(end) ", toWidth: 11) + "\(progress.0)/\(progress.1)"
            let text = DisplayWidth.of(label + " done") < area.width ? label + " done" : label
            let style = number == state.logs.fortnight ? Style(bold: true, reverse: true) : Style()
            buffer.fill(x: area.x, y: area.y + row, width: area.width, height: 1, style: style)
            buffer.put(" " + text, x: area.x, y: area.y + row, width: area.width, style: style)
        }
    }

    private static func drawLogs(
        _ state: AppState, _ matches: LogMatchCounts?, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer
    ) {
        let logs = state.visibleLogs
        guard !logs.isEmpty else {
            let message =
                FortnightReading.isUnread(state.logs.fortnight, state)
                ? "Reading this fortnight from disk…"
                : state.project.fortnight(state.logs.fortnight).logs.isEmpty
                    ? "No logs in this fortnight" : "No logs match the filter (f changes it)"
            buffer.put(message, x: area.x + 1, y: area.y, width: area.width - 1, style: theme.dim)
            return
        }
        let fortnight = state.shownFortnight(state.logs.fortnight)
        let quotes = fortnight.quotes
        var quoteCounts: [String: Int] = [:]
        for quote in quotes { quoteCounts[quote.log, default: 0] += 1 }
        let selected = min(state.logs.selected, logs.count - 1)
        let first = Scrolling.top(selected: selected, count: logs.count, height: area.height)
        for (offset, log) in logs.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.y + offset
            let isSelected = first + offset == selected
            let count = quoteCounts[log.id] ?? 0
            let found = matches.map { $0.counts[log.id] }
            let isMissed = found == .some(nil)
            let style = isSelected ? theme.selected : (isMissed ? theme.dim : Style())
            buffer.fill(x: area.x, y: y, width: area.width, height: 1, style: style)
            let progress = fortnight.progress(ofLog: log.id)
            buffer.write(
                progressMark(progress), x: area.x, y: y, style: isSelected ? style : progressStyle(progress, theme))
            let right = area.x + area.width - 1
            if let found {
                let text = found.map(matchText) ?? ""
                buffer.putRight(
                    text, right: right, y: y, style: isSelected ? style : SearchHighlight.style(Style(), theme))
            } else {
                let countText = count == 0 ? "no quotes" : "\(count) quote\(count == 1 ? "" : "s")"
                buffer.putRight(
                    countText, right: right, y: y, style: isSelected ? style : (count == 0 ? theme.dim : style))
            }
            let textWidth = area.width - 3 - countColumnWidth - 1
            buffer.put(
                rowText(log, state.project, width: textWidth), x: area.x + 2, y: y, width: textWidth, style: style)
        }
    }

    /// The mark of a log's coding progress: ○ not started, ◐ in progress, ● done.
    static func progressMark(_ progress: LogProgress) -> String {
        switch progress {
        case .notStarted: return "○"
        case .inProgress: return "◐"
        case .done: return "●"
        }
    }

    private static func progressStyle(_ progress: LogProgress, _ theme: Theme) -> Style {
        switch progress {
        case .notStarted: return theme.dim
        case .inProgress: return theme.colour ? Style(foreground: .yellow) : Style()
        case .done: return theme.colour ? Style(foreground: .green, bold: true) : Style(bold: true)
        }
    }

    /// The columns kept for "no quotes" / "12 quotes" (or "12 matches" while searching) at the end of each row.
    private static let countColumnWidth = 9

    /// "NW-07  primary      GP partner" padded into columns.
    private static func rowText(_ log: Log, _ project: Project, width: Int) -> String {
        let attributes = keyAttributes(project.participant(code: log.participant))
        var text = TextLayout.pad(log.participant, toWidth: 8)
        if width >= 30, let first = attributes.first {
            text += TextLayout.pad(TextLayout.truncate(first, toWidth: 14), toWidth: 15)
            text += attributes.dropFirst().joined(separator: " · ")
        } else {
            text += attributes.joined(separator: " · ")
        }
        return text
    }

    /// The attributes shown beside a code: care setting and role when present, else the first two.
    static func keyAttributes(_ participant: Participant?) -> [String] {
        guard let attributes = participant?.attributes else { return [] }
        let preferred = ["care setting", "role"].compactMap { attributes[$0] }
        if !preferred.isEmpty { return preferred }
        return attributes.keys.sorted().prefix(2).compactMap { attributes[$0] }
    }
}

/// Which row a list starts drawing from so the selected row stays visible.
enum Scrolling {
    /// The first row to draw: the selection stays a few rows from the edges where possible.
    static func top(selected: Int, count: Int, height: Int) -> Int {
        guard count > height, height > 0 else { return 0 }
        return min(max(0, selected - height / 2), count - height)
    }
}
