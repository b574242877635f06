import GleanCore

/// The Reader: the open log wrapped to the window, quotes in their concern's colour, the selection highlighted,
/// and the log's quotes listed in a pane below.
enum ReaderView {
    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        guard let reader = state.reader, let log = state.project.fortnight(reader.fortnight).log(id: reader.logID)
        else { return }
        let quotes = state.shownFortnight(reader.fortnight).quotes(inLog: log.id)
            .sorted { ($0.section, $0.start, $0.end) < ($1.section, $1.start, $1.end) }
        let traces = state.project.fortnight(reader.fortnight).quotes(inLog: log.id).filter(state.coding.traces)
        drawHeader(state, log, reader, theme, y: area.y, width: area.width, into: &buffer)
        let paneHeight = quotes.isEmpty ? 0 : area.height >= 16 ? min(quotes.count, 4) + 1 : area.height >= 8 ? 2 : 0
        let text = Rect(x: 0, y: area.y + 1, width: area.width, height: area.height - 1 - paneHeight)
        drawText(state, log, quotes, traces: traces, reader.selection, theme, in: text, into: &buffer)
        if paneHeight > 0 {
            let pane = Rect(x: 0, y: text.bottom, width: area.width, height: paneHeight)
            drawQuotePane(state, log, quotes, theme, in: pane, into: &buffer)
        }
    }

    private static func drawHeader(
        _ state: AppState, _ log: Log, _ reader: ReaderState, _ theme: Theme, y: Int, width: Int,
        into buffer: inout ScreenBuffer
    ) {
        let progress = state.shownFortnight(reader.fortnight).progress(ofLog: log.id)
        let status = SearchHighlight.readerCounter(state) ?? "\(LogsView.progressMark(progress)) \(progress.label)"
        let position = "\(status) · \(reader.position + 1)/\(reader.sequence.count)"
        let attributes = LogsView.keyAttributes(state.project.participant(code: log.participant))
        let title = ([log.participant] + attributes + [log.date.longText]).joined(separator: " · ")
        buffer.putRight(position, right: width - 1, y: y, style: theme.dim)
        buffer.put(title, x: 1, y: y, width: width - DisplayWidth.of(position) - 3, style: theme.heading)
    }

    private static func drawText(
        _ state: AppState, _ log: Log, _ quotes: [Quote], traces: [Quote], _ selection: TextSelection, _ theme: Theme,
        in area: Rect, into buffer: inout ScreenBuffer
    ) {
        let layout = laidOut(state, log, height: area.height)
        let selectedLine = layout.line(of: selection.section, offset: selection.range.lowerBound) ?? 0
        let top =
            layout.lines.count > area.height
            ? min(max(0, selectedLine - area.height / 3), layout.lines.count - area.height) : 0
        let marks = SearchHighlight.readerMarks(state)
        for (row, line) in layout.lines.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + row
            switch line {
            case .blank: continue
            case .heading(let prompt):
                buffer.put(prompt, x: 2, y: y, width: area.width - 3, style: Style(bold: true, underline: true))
            case .text(let placed):
                let lineQuotes = quotes.filter { $0.section == placed.section && $0.range.overlaps(placed.offsets) }
                let lineTraces = traces.filter { $0.section == placed.section && $0.range.overlaps(placed.offsets) }
                if let concern = lineQuotes.first?.concerns.first {
                    buffer.write("▌", x: 0, y: y, style: theme.concern(concern))
                }
                if placed.section == selection.section, placed.offsets.contains(selection.range.lowerBound) {
                    buffer.write("▸", x: 1, y: y, style: theme.heading)
                }
                let text = log.sections[placed.section].text
                let utf8 = text.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: placed.bytes.lowerBound)
                let end = utf8.index(utf8.startIndex, offsetBy: placed.bytes.upperBound)
                var x = 2
                var offset = placed.offsets.lowerBound
                for character in text[start..<end] {
                    guard x < area.width else { break }
                    let style = SearchHighlight.style(
                        characterStyle(offset, placed.section, lineQuotes, lineTraces, selection, theme),
                        offset: offset,
                        section: placed.section, marks, theme)
                    x += buffer.write(String(character), x: x, y: y, style: style, maxWidth: area.width - x)
                    offset += character.unicodeScalars.count
                }
            }
        }
    }

    /// The open log's layout, down to the selection and a screenful beyond: the one in the state, which the reducer
    /// keeps that far, or, should it not fit this log and width, one made for this frame.
    private static func laidOut(_ state: AppState, _ log: Log, height: Int) -> ReaderLayout {
        guard let reader = state.reader else { return ReaderLayout(width: 1) }
        var text = reader.text.describes(log) ? reader.text : ReaderText(log: log, screenWidth: state.size.width)
        text.fit(screenWidth: state.size.width)
        text.layOut(through: reader.selection, screenHeight: height)
        return text.layout
    }

    private static func characterStyle(
        _ offset: Int, _ section: Int, _ quotes: [Quote], _ traces: [Quote], _ selection: TextSelection, _ theme: Theme
    ) -> Style {
        var style = Style()
        if let concern = quotes.first(where: { $0.range.contains(offset) })?.concerns.first {
            style = theme.concern(concern)
        } else if traces.contains(where: { $0.range.contains(offset) }) {
            style = theme.dim
        }
        if section == selection.section, selection.range.contains(offset) {
            style.reverse = true
        }
        return style
    }

    private static func drawQuotePane(
        _ state: AppState, _ log: Log, _ quotes: [Quote], _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer
    ) {
        let target = Tagging.targetQuote(state)
        let title =
            state.coding.view == .everyone
            ? "─ Quotes in this log (\(quotes.count)) " : "─ My quotes in this log (\(quotes.count)) "
        buffer.write(
            title + String(repeating: "─", count: max(0, area.width - DisplayWidth.of(title))), x: 0, y: area.y,
            style: theme.dim)
        let selectedIndex = quotes.firstIndex { $0.id == target?.id } ?? 0
        let first = Scrolling.top(selected: selectedIndex, count: quotes.count, height: area.height - 1)
        for (row, quote) in quotes.dropFirst(first).prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + row
            let isTarget = quote.id == target?.id
            var x = buffer.write(isTarget ? "▸" : " ", x: 0, y: y, style: theme.heading)
            x += buffer.write(quote.featured ? "★" : " ", x: x, y: y, style: theme.heading)
            if !state.coding.isMine(quote) {
                x +=
                    buffer.write(state.coding.names.shortName(of: quote.coder), x: x, y: y, style: theme.otherCoder) + 1
            }
            x = drawConcernNames(quote, state, theme, x: x, y: y, width: (area.width - x) * 3 / 5, into: &buffer) + 1
            let shown = quote.range.clamped(to: quote.start..<(quote.start + max(0, area.width - x)))
            let text =
                log.sections.indices.contains(quote.section)
                ? TextSegments.slice(log.sections[quote.section].text, shown) : ""
            let memo = quote.memo.isEmpty ? "" : "  ✎ \(quote.memo)"
            // The memo keeps at least half the room left, so a long quote cannot push it out of sight.
            let room = area.width - x
            let quoteRoom = memo.isEmpty ? room : max(room / 2, room - DisplayWidth.of(memo))
            let style = isTarget ? theme.heading : Style()
            x += buffer.put("“\(text)”", x: x, y: y, width: quoteRoom, style: style)
            buffer.put(memo, x: x, y: y, width: area.width - x, style: style)
        }
    }

    /// Draws `quote`'s concern names from `x`, each in its concern's look, fitted to `width`; returns the column after.
    private static func drawConcernNames(
        _ quote: Quote, _ state: AppState, _ theme: Theme, x: Int, y: Int, width: Int, into buffer: inout ScreenBuffer
    ) -> Int {
        let concerns = quote.concerns.compactMap { state.project.codebook.concern(id: $0) }
        let fitted = ConcernLabels.fit(concerns.map(\.name), width: width)
        var x = x
        for (index, label) in fitted.labels.enumerated() {
            if index > 0 { x += buffer.write(ConcernLabels.separator, x: x, y: y, style: theme.dim) }
            x += buffer.write(label, x: x, y: y, style: theme.concern(concerns[index].id))
        }
        if let more = fitted.more {
            x += buffer.write(ConcernLabels.separator + more, x: x, y: y, style: theme.dim)
        }
        return x
    }
}
