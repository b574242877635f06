import GleanCore

/// The quotes behind a Counts cell, one per row, with the participant and featured mark.
enum QuoteListView {
    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        guard let list = state.quoteList else { return }
        let quotes = state.listedQuotes
        let name = state.project.codebook.concern(id: list.concern)?.name ?? list.concern
        var header = "\(name) · fortnight \(list.fortnight) · \(quotes.count) quote\(quotes.count == 1 ? "" : "s")"
        if let attribute = list.attribute { header += " · \(attribute.name): \(attribute.value)" }
        buffer.put(header, x: 1, y: area.y, width: area.width - 2, style: theme.heading)
        guard !quotes.isEmpty else {
            buffer.put("No quotes in this cell", x: 1, y: area.y + 2, width: area.width - 2, style: theme.dim)
            return
        }
        let fortnight = state.project.fortnight(list.fortnight)
        let rows = Rect(x: 0, y: area.y + 1, width: area.width, height: area.height - 1)
        let selected = min(list.selected, quotes.count - 1)
        let first = Scrolling.top(selected: selected, count: quotes.count, height: rows.height)
        for (offset, quote) in quotes.dropFirst(first).prefix(rows.height).enumerated() {
            let y = rows.y + offset
            let style = first + offset == selected ? theme.selected : Style()
            buffer.fill(x: 0, y: y, width: area.width, height: 1, style: style)
            guard let log = fortnight.log(id: quote.log), log.sections.indices.contains(quote.section) else { continue }
            let text = TextSegments.slice(log.sections[quote.section].text, quote.range)
            var x = buffer.write(quote.featured ? " ★ " : "   ", x: 0, y: y, style: style)
            x += buffer.write(TextLayout.pad(log.participant, toWidth: 8), x: x, y: y, style: style)
            buffer.put("“\(text)”", x: x, y: y, width: area.width - x - 1, style: style)
        }
    }
}
