import GleanCore

/// Concerns listed under their theme headings, as the Counts and Codebook screens show them.
enum ThemedRows {
    /// Draws the theme headings visible in `area`, scrolled so concern `selected` shows, and returns each visible
    /// concern's index and row for the caller to draw.
    static func draw(
        _ codebook: Codebook, selected: Int, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer
    ) -> [(index: Int, y: Int)] {
        var rows: [(theme: String?, concern: Int?)] = []
        for themeName in codebook.themes {
            rows.append((themeName, nil))
            rows += codebook.concerns.indices.filter { codebook.concerns[$0].theme == themeName }.map { (nil, $0) }
        }
        let selectedRow = rows.firstIndex { $0.concern == selected } ?? 0
        let first = Scrolling.top(selected: selectedRow, count: rows.count, height: area.height)
        var concerns: [(index: Int, y: Int)] = []
        for (offset, row) in rows.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.y + offset
            if let themeName = row.theme {
                buffer.put(themeName, x: area.x + 1, y: y, width: area.width - 2, style: theme.heading)
            } else if let index = row.concern {
                concerns.append((index, y))
            }
        }
        return concerns
    }
}
