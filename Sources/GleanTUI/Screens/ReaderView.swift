import GleanCore

/// The Reader: the open log wrapped to the window, quotes in their concern's colour, the selection highlighted,
/// and the log's quotes listed in a pane below.
enum ReaderView {
    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        guard let reader = state.reader, let log = state.project.fortnight(reader.fortnight).log(id: reader.logID) else { return }
        let quotes = state.project.fortnight(reader.fortnight).quotes(inLog: log.id)
            .sorted { ($0.section, $0.start, $0.end) < ($1.section, $1.start, $1.end) }
        drawHeader(state, log, reader, theme, y: area.y, width: area.width, into: &buffer)
        let paneHeight = area.height >= 16 && !quotes.isEmpty ? min(quotes.count, 4) + 1 : 0
        let text = Rect(x: 0, y: area.y + 1, width: area.width, height: area.height - 1 - paneHeight)
        drawText(state, log, quotes, reader.selection, theme, in: text, into: &buffer)
        if paneHeight > 0 {
            let pane = Rect(x: 0, y: text.bottom, width: area.width, height: paneHeight)
            drawQuotePane(state, log, quotes, theme, in: pane, into: &buffer)
        }
    }

    private static func drawHeader(
        _ state: AppState, _ log: Log, _ reader: ReaderState, _ theme: Theme, y: Int, width: Int,
        into buffer: inout ScreenBuffer
    ) {
        let position = "\(reader.position + 1)/\(reader.sequence.count)"
        let attributes = LogsView.keyAttributes(state.project.participant(code: log.participant))
        let title = ([log.participant] + attributes + [log.date.longText]).joined(separator: " · ")
        buffer.putRight(position, right: width - 1, y: y, style: theme.dim)
        buffer.put(title, x: 1, y: y, width: width - DisplayWidth.of(position) - 3, style: theme.heading)
    }

    private static func drawText(
        _ state: AppState, _ log: Log, _ quotes: [Quote], _ selection: TextSelection, _ theme: Theme, in area: Rect,
        into buffer: inout ScreenBuffer
    ) {
        let layout = ReaderLayout(log: log, width: max(1, area.width - 3))
        let selectedLine = layout.line(of: selection.section, offset: selection.range.lowerBound) ?? 0
        let top = layout.lines.count > area.height ? min(max(0, selectedLine - area.height / 3), layout.lines.count - area.height) : 0
        let colours = Dictionary(state.project.codebook.concerns.map { ($0.id, $0.colour) }, uniquingKeysWith: { first, _ in first })
        for (row, line) in layout.lines.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + row
            switch line {
            case .blank: continue
            case .heading(let prompt):
                buffer.put(prompt, x: 2, y: y, width: area.width - 3, style: Style(bold: true, underline: true))
            case .text(let section, let characters):
                let lineQuotes = quotes.filter { quote in
                    quote.section == section && characters.contains { quote.range.contains($0.offset) }
                }
                if let first = lineQuotes.first, let colour = first.concerns.first.flatMap({ colours[$0] }) {
                    buffer.write("▌", x: 0, y: y, style: theme.swatch(colour))
                }
                if section == selection.section, characters.contains(where: { $0.offset == selection.range.lowerBound }) {
                    buffer.write("▸", x: 1, y: y, style: theme.heading)
                }
                var x = 2
                for placed in characters {
                    let style = characterStyle(placed.offset, section, lineQuotes, selection, colours, theme)
                    x += buffer.write(String(placed.character), x: x, y: y, style: style, maxWidth: area.width - x)
                }
            }
        }
    }

    private static func characterStyle(
        _ offset: Int, _ section: Int, _ quotes: [Quote], _ selection: TextSelection, _ colours: [String: String],
        _ theme: Theme
    ) -> Style {
        var style = Style()
        if let quote = quotes.first(where: { $0.range.contains(offset) }),
            let colour = quote.concerns.first.flatMap({ colours[$0] }) {
            style = theme.quoted(colour)
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
        let title = "─ Quotes in this log (\(quotes.count)) "
        buffer.write(title + String(repeating: "─", count: max(0, area.width - DisplayWidth.of(title))), x: 0, y: area.y, style: theme.dim)
        let selectedIndex = quotes.firstIndex { $0.id == target?.id } ?? 0
        let first = Scrolling.top(selected: selectedIndex, count: quotes.count, height: area.height - 1)
        for (row, quote) in quotes.dropFirst(first).prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + row
            let isTarget = quote.id == target?.id
            var x = buffer.write(isTarget ? "▸" : " ", x: 0, y: y, style: theme.heading)
            x += buffer.write(quote.featured ? "★" : " ", x: x, y: y, style: theme.heading)
            for id in quote.concerns {
                guard let concern = state.project.codebook.concern(id: id) else { continue }
                let label = concern.key.map(String.init) ?? "•"
                x += buffer.write(label, x: x, y: y, style: theme.swatch(concern.colour))
            }
            x += 1
            let text = log.sections.indices.contains(quote.section) ? TextSegments.slice(log.sections[quote.section].text, quote.range) : ""
            let memo = quote.memo.isEmpty ? "" : "  ✎ \(quote.memo)"
            buffer.put("“\(text)”\(memo)", x: x, y: y, width: area.width - x, style: isTarget ? theme.heading : Style())
        }
    }
}
