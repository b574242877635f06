import GleanCore

/// The Agreement screen: per concern, how far the facilitators who tagged in the fortnight agree, with the basis
/// the figures rest on and why any figure is n/a.
enum AgreementView {
    /// The width of each figure's column.
    static let figureWidth = 7

    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let width = area.width - 2
        let heading = "Agreement · fortnight \(state.agreement.fortnight) · by \(state.agreement.unit.rawValue)"
        buffer.put(heading, x: 1, y: area.y, width: width, style: theme.heading)
        let report: AgreementReport
        switch state.agreementReport {
        case .failure(let error):
            putWrapped(
                error.description, y: area.y + 2, rows: area.height - 2, width: width, style: theme.dim, into: &buffer)
            return
        case .success(let made):
            report = made
        }
        let rows = report.concerns + [report.overall]
        let selected = min(state.agreement.selected, rows.count - 1)
        let notes = AgreementText.notes(rows[selected]).joined(separator: "; ")
        let noteRows = notes.isEmpty ? 0 : min(2, TextLayout.wrap(notes, width: width).count)
        // The basis takes the rows it needs, leaving the column headings and at least two rows of the list.
        let basisRows = max(1, area.height - 4 - noteRows)
        var y = area.y + 1
        y += putWrapped(report.basis, y: y, rows: basisRows, width: width, style: theme.dim, into: &buffer)
        let headings = AgreementText.headings(report.unit)
        let longestName = rows.map { DisplayWidth.of($0.name) }.max() ?? 0
        let nameWidth = max(4, min(area.width - 1 - headings.count * figureWidth, longestName + 3))
        buffer.put("Concern", x: 1, y: y, width: nameWidth - 1, style: theme.dim)
        for (index, title) in headings.enumerated() {
            buffer.putRight(title, right: nameWidth + (index + 1) * figureWidth, y: y, style: theme.dim)
        }
        y += 1
        let listHeight = max(1, area.bottom - y - noteRows)
        let first = Scrolling.top(selected: selected, count: rows.count, height: listHeight)
        for (offset, row) in rows.dropFirst(first).prefix(listHeight).enumerated() {
            let isSelected = first + offset == selected
            drawRow(
                row, y: y + offset, nameWidth: nameWidth, selected: isSelected, overall: row.concernID == nil, theme,
                into: &buffer)
        }
        if noteRows > 0 {
            putWrapped(notes, y: area.bottom - noteRows, rows: noteRows, width: width, style: theme.dim, into: &buffer)
        }
    }

    private static func drawRow(
        _ row: AgreementReport.Row, y: Int, nameWidth: Int, selected: Bool, overall: Bool, _ theme: Theme,
        into buffer: inout ScreenBuffer
    ) {
        var base = selected ? theme.selected : Style()
        if overall { base.bold = true }
        buffer.fill(x: 0, y: y, width: buffer.width, height: 1, style: base)
        buffer.put(row.name, x: 1, y: y, width: nameWidth - 2, style: base)
        let figures = [row.agreement, row.kappa, row.alpha] + (row.unitizedAlpha.map { [$0] } ?? [])
        for (index, figure) in figures.enumerated() {
            var style = base
            if index >= 2 { style = reliabilityStyle(figure, base: base, theme) }
            if figure.value == nil { style.dim = true }
            buffer.putRight(figure.text, right: nameWidth + (index + 1) * figureWidth, y: y, style: style)
        }
    }

    /// Krippendorff's guide for alpha: from 0.800 reliable (good), below 0.667 not to be relied on (warning).
    private static func reliabilityStyle(_ figure: Coefficient, base: Style, _ theme: Theme) -> Style {
        guard let value = figure.value else { return base }
        var style = base
        let mark = value >= 0.8 ? theme.good : value < 0.667 ? theme.warning : Style()
        if mark.foreground != .default { style.foreground = mark.foreground }
        style.bold = style.bold || mark.bold
        return style
    }

    /// Writes `text` wrapped to `width` on at most `rows` rows from `y`, the last cut with "…" if needed; returns the
    /// rows used.
    @discardableResult
    private static func putWrapped(
        _ text: String, y: Int, rows: Int, width: Int, style: Style, into buffer: inout ScreenBuffer
    ) -> Int {
        let lines = TextLayout.wrap(text, width: width).map { String(text[$0]) }
        guard rows > 0, !lines.isEmpty else { return 0 }
        let shown = Array(lines.prefix(rows))
        for (offset, line) in shown.enumerated() {
            let isCut = offset == rows - 1 && lines.count > rows
            let rest = isCut ? lines[offset...].joined(separator: " ") : line
            buffer.put(rest, x: 1, y: y + offset, width: width, style: style)
        }
        return shown.count
    }
}
