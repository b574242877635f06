import GleanCore

/// The Codebook screen: every concern with its key, colour, theme and description.
enum CodebookView {
    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let codebook = state.project.codebook
        var header = "Codebook · \(codebook.concerns.count) concerns in \(codebook.themes.count) themes"
        if let search = state.search { header += " · /\(search)" }
        buffer.put(header, x: 1, y: area.y, width: area.width - 2, style: theme.heading)
        guard !codebook.concerns.isEmpty else {
            ParagraphRows.draw(
                CodebookState.emptyCodebookHint, x: 1, y: area.y + 2, width: area.width - 2, style: theme.dim,
                into: &buffer)
            return
        }
        let selected = min(state.codebook.row, codebook.concerns.count - 1)
        let detailHeight = area.height >= 16 ? 4 : 0
        let list = Rect(x: 0, y: area.y + 1, width: area.width, height: area.height - 1 - detailHeight)
        let nameWidth = min(38, max(16, area.width / 2 - 6))
        for (index, y) in ThemedRows.draw(codebook, selected: selected, theme, in: list, into: &buffer) {
            let concern = codebook.concerns[index]
            let style = index == selected ? theme.selected : Style()
            buffer.fill(x: 0, y: y, width: area.width, height: 1, style: style)
            buffer.write(concern.key.map(String.init) ?? "·", x: 2, y: y, style: style)
            var swatch = theme.swatch(concern)
            swatch.reverse = style.reverse
            buffer.write("■", x: 4, y: y, style: swatch)
            buffer.put(concern.name, x: 6, y: y, width: nameWidth, style: style)
            let rest = area.width - 6 - nameWidth - 1
            if area.width >= 60 {
                buffer.put(concern.description, x: 6 + nameWidth + 1, y: y, width: rest - 1, style: style)
            }
        }
        if detailHeight > 0 {
            drawDetail(
                codebook.concerns[selected], theme,
                in: Rect(x: 0, y: list.bottom, width: area.width, height: detailHeight), into: &buffer)
        }
    }

    private static func drawDetail(_ concern: Concern, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        buffer.write(String(repeating: "─", count: area.width), x: 0, y: area.y, style: theme.dim)
        let key = concern.key.map { "key \($0)" } ?? "no key"
        buffer.put(
            "\(concern.name) · \(concern.theme) · \(key) · \(concern.colour) · id \(concern.id)", x: 1, y: area.y + 1,
            width: area.width - 2, style: theme.heading)
        let description = concern.description.isEmpty ? "No description yet: press d to write one" : concern.description
        for (row, range) in TextLayout.wrap(description, width: area.width - 2).prefix(area.height - 2).enumerated() {
            buffer.put(
                String(description[range]), x: 1, y: area.y + 2 + row, width: area.width - 2,
                style: concern.description.isEmpty ? theme.dim : Style())
        }
    }
}
