import GleanCore

/// The Counts screen: concerns × fortnights with participants, quotes, change, a sparkline and the rolling window;
/// or, in a breakdown, concerns × attribute values for one fortnight.
enum CountsView {
    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let window = state.counts.window
        let fortnight = state.counts.fortnight ?? state.project.latestFortnight
        var header =
            state.counts.breakdown == nil
            ? "Counts · participants (% of writers), ▲▼ points · window \(window) · key: \(state.project.keyConcernRule.label)"
            : "Counts · participants (quotes) · window \(window) · key: \(state.project.keyConcernRule.label)"
        if let attribute = state.counts.breakdown { header += " · F\(fortnight) by \(attribute)" }
        if let search = state.search { header += " · /\(search)" }
        buffer.put(header, x: 1, y: area.y, width: area.width - 2, style: theme.heading)
        let concerns = state.project.codebook.concerns
        guard !concerns.isEmpty else {
            buffer.put(
                "The codebook is empty: add concerns on the Codebook screen (Tab)", x: 1, y: area.y + 2,
                width: area.width - 2, style: theme.dim)
            return
        }
        let nameWidth = min(max(12, area.width / 3), (concerns.map { DisplayWidth.of($0.name) }.max() ?? 10) + 4)
        var table = Rect(x: 0, y: area.y + 1, width: area.width, height: area.height - 1)
        if let coding = codingLine(state, width: area.width - 2) {
            table.height -= 1
            buffer.put(coding, x: 1, y: table.bottom, width: area.width - 2, style: theme.dim)
        }
        if let attribute = state.counts.breakdown {
            drawBreakdown(state, attribute, fortnight, nameWidth, theme, in: table, into: &buffer)
        } else {
            drawFortnights(state, fortnight, nameWidth, theme, in: table, into: &buffer)
        }
    }

    /// Whose coding the figures use, when more than one facilitator coded: the full sentence, or a short one that fits.
    static func codingLine(_ state: AppState, width: Int) -> String? {
        let basis = state.shownCodingBasis
        guard let sentence = basis.sentence(naming: state.facilitatorName) else { return nil }
        guard DisplayWidth.of(sentence) > width else { return sentence }
        return "\(basis.coders.count) coders · \(basis.decided) decided, \(basis.open) open (D)"
    }

    private static func drawFortnights(
        _ state: AppState, _ selectedFortnight: Int, _ nameWidth: Int, _ theme: Theme, in area: Rect,
        into buffer: inout ScreenBuffer
    ) {
        let counts = state.shownCounts
        let cellWidth = 11
        let sparkWidth = max(6, min(8, counts.fortnights.count) + 1)
        let windowWidth = 9
        let room = max(1, (area.width - nameWidth - sparkWidth - windowWidth) / cellWidth)
        let numbers = counts.fortnights.map(\.number)
        let selectedColumn = numbers.firstIndex(of: selectedFortnight) ?? max(0, numbers.count - 1)
        let firstColumn = min(max(0, selectedColumn - room + 1), max(0, numbers.count - room))
        let shown = Array(counts.fortnights.dropFirst(firstColumn).prefix(room))
        let provisional = counts.fortnights.filter(\.isProvisional)
        var area = area
        if !provisional.isEmpty {
            area.height -= 1
            let which = provisional.map { "F\($0.number) \($0.logsDone)/\($0.logs) logs done" }.joined(separator: ", ")
            buffer.put(
                "\(CountsText.provisionalMark) provisional (\(which)): figures so far, no rise or fall shown",
                x: 1, y: area.bottom, width: area.width - 2, style: theme.dim)
        }
        var x = nameWidth
        buffer.put("Concern", x: 1, y: area.y, width: nameWidth - 1, style: theme.dim)
        for row in shown {
            let end = state.project.programme.lastDay(ofFortnight: row.number).shortText
            let mark = row.isProvisional ? CountsText.provisionalMark : ""
            buffer.put(
                "F\(row.number) \(end)\(mark)", x: x, y: area.y, width: cellWidth - 1,
                style: row.isProvisional ? theme.warning : theme.dim)
            buffer.put(
                "\(row.participants)/\(row.logs) logs", x: x, y: area.y + 1, width: cellWidth - 1, style: theme.dim)
            x += cellWidth
        }
        buffer.put("Trend", x: x, y: area.y, width: sparkWidth, style: theme.dim)
        buffer.put("Last \(state.counts.window)", x: x + sparkWidth, y: area.y, width: windowWidth, style: theme.dim)
        buffer.put("Participants/logs", x: 1, y: area.y + 1, width: nameWidth - 2, style: theme.dim)
        let selectedRowCounts = counts.fortnight(selectedFortnight)
        let rows = drawRows(
            state, theme, in: Rect(x: 0, y: area.y + 2, width: area.width, height: area.height - 2),
            nameWidth: nameWidth, into: &buffer)
        for (index, y, isSelectedRow) in rows {
            var x = nameWidth
            for row in shown {
                let figure = counts.figure(of: state.project.codebook.concerns[index].id, fortnight: row.number)
                let isCursor = isSelectedRow && row.number == selectedFortnight
                var cellStyle = isCursor ? theme.selected : Style()
                cellStyle.dim = row.isProvisional
                buffer.fill(x: x, y: y, width: cellWidth - 1, height: 1, style: cellStyle)
                let used = buffer.write("\(figure.share.count) \(figure.share.percent)%", x: x, y: y, style: cellStyle)
                let arrow = row.isProvisional ? CountsText.provisionalMark : figure.arrow
                var arrowStyle = row.isProvisional ? cellStyle : theme.change(figure.shareChange)
                arrowStyle.reverse = isCursor
                buffer.write(
                    arrow.isEmpty ? "" : " \(arrow)", x: x + used, y: y, style: arrowStyle,
                    maxWidth: cellWidth - 1 - used)
                x += cellWidth
            }
            let series = counts.participantSeries(of: state.project.codebook.concerns[index].id)
            buffer.write(Sparkline.render(Array(series.suffix(sparkWidth - 1))), x: x, y: y, style: theme.good)
            if let window = selectedRowCounts?.concerns[index] {
                buffer.put(
                    "\(window.windowParticipants) (\(window.windowQuotes))", x: x + sparkWidth, y: y, width: windowWidth
                )
            }
        }
    }

    private static func drawBreakdown(
        _ state: AppState, _ attribute: String, _ fortnight: Int, _ nameWidth: Int, _ theme: Theme, in area: Rect,
        into buffer: inout ScreenBuffer
    ) {
        let breakdown = AttributeBreakdown(
            project: state.shownProject, attribute: attribute, window: state.counts.window)
        let cellWidth = 12
        let room = max(1, (area.width - nameWidth) / cellWidth)
        let selected = min(state.counts.valueColumn, max(0, breakdown.groups.count - 1))
        let firstColumn = min(max(0, selected - room + 1), max(0, breakdown.groups.count - room))
        let shown = Array(breakdown.groups.enumerated().dropFirst(firstColumn).prefix(room))
        buffer.put("Concern", x: 1, y: area.y, width: nameWidth - 1, style: theme.dim)
        buffer.put("Participants/logs", x: 1, y: area.y + 1, width: nameWidth - 2, style: theme.dim)
        var x = nameWidth
        for (_, group) in shown {
            buffer.put(group.value, x: x, y: area.y, width: cellWidth - 1, style: theme.dim)
            if let row = group.table.fortnight(fortnight) {
                buffer.put(
                    "\(row.participants)/\(row.logs) logs", x: x, y: area.y + 1, width: cellWidth - 1, style: theme.dim)
            }
            x += cellWidth
        }
        let rows = drawRows(
            state, theme, in: Rect(x: 0, y: area.y + 2, width: area.width, height: area.height - 2),
            nameWidth: nameWidth, into: &buffer)
        for (index, y, isSelectedRow) in rows {
            var x = nameWidth
            for (column, group) in shown {
                guard let count = group.table.fortnight(fortnight)?.concerns[index] else { continue }
                let style = isSelectedRow && column == selected ? theme.selected : Style()
                buffer.fill(x: x, y: y, width: cellWidth - 1, height: 1, style: style)
                let used = buffer.write("\(count.participants) (\(count.quotes))", x: x, y: y, style: style)
                var arrowStyle = theme.change(count.change)
                arrowStyle.reverse = style.reverse
                let arrow = CountsText.arrow(count.change)
                buffer.write(
                    arrow.isEmpty ? "" : " \(arrow)", x: x + used, y: y, style: arrowStyle,
                    maxWidth: cellWidth - 1 - used)
                x += cellWidth
            }
        }
    }

    /// Draws theme headings and each concern's name, scrolled so the selected row shows, and returns the concern rows
    /// drawn (concern index, row, whether selected) for the caller to fill in.
    private static func drawRows(
        _ state: AppState, _ theme: Theme, in area: Rect, nameWidth: Int, into buffer: inout ScreenBuffer
    ) -> [(index: Int, y: Int, selected: Bool)] {
        var drawn: [(index: Int, y: Int, selected: Bool)] = []
        let concerns = state.project.codebook.concerns
        let selected = min(state.counts.row, concerns.count - 1)
        for (index, y) in ThemedRows.draw(state.project.codebook, selected: selected, theme, in: area, into: &buffer) {
            let concern = concerns[index]
            let isSelected = index == selected
            buffer.write(concern.key.map(String.init) ?? " ", x: 1, y: y, style: theme.swatch(concern))
            buffer.put(concern.name, x: 3, y: y, width: nameWidth - 4, style: isSelected ? Style(bold: true) : Style())
            drawn.append((index, y, isSelected))
        }
        return drawn
    }
}

/// A row of block characters showing a series' shape, scaled to its largest value.
enum Sparkline {
    private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value; 0 is the lowest block, the maximum the highest.
    static func render(_ values: [Int]) -> String {
        let maximum = values.max() ?? 0
        guard maximum > 0 else { return String(repeating: blocks[0], count: values.count) }
        return String(values.map { blocks[min(blocks.count - 1, $0 * (blocks.count - 1) / maximum)] })
    }
}
