import GleanCore

/// What an import would do, before it is made: counts, how the dates are read, each column with its use and a sample
/// value (the selected one explained, left-out columns with why), how quotes would be attributed, the rows holding
/// what looks like personal data, the bad rows, and the first logs as they would be filed, each flagged row marked ⚑.
/// Prose lines wrap, so nothing that matters is cut on a narrow terminal.
enum ImportPreviewView {
    private typealias Line = (text: String, style: Style)

    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        guard let preview = state.importPreview else { return }
        let width = max(1, area.width - 2)
        var top = wrap("Import preview: \(preview.path)", theme.heading, width)
        top += wrap(countsText(preview, state.project), Style(), width)
        top += dateLines(preview, theme, width)
        if let problem = preview.problem { top += wrap(problem, theme.warning, width) }
        let detail = selectedLines(preview, theme, width)
        let room = max(0, area.height - top.count - detail.count)
        let rest = restLines(preview, state.project, theme, width)
        let tableHeight = max(min(3, room), room - min(rest.count, room * 2 / 5))
        let table = columnLines(preview, theme, width, height: tableHeight)
        let lines = top + table + detail + rest
        for (offset, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line.text, x: area.x + 1, y: area.y + offset, width: width, style: line.style)
        }
    }

    private static func countsText(_ preview: ImportPreview, _ project: Project) -> String {
        let batch = preview.batch
        let known = Set(project.participants.map(\.code))
        let newcomers = batch.participants.filter { !known.contains($0.code) }.count
        return (preview.isReading ? "Reading… " : "")
            + "\(batch.rows) rows → \(batch.logs.count) logs by \(batch.participants.count) participants "
            + "(\(newcomers) new); \(batch.rejected.count) bad rows"
    }

    /// How the dates are read and the key that changes it; nothing for text inputs.
    private static func dateLines(_ preview: ImportPreview, _ theme: Theme, _ width: Int) -> [Line] {
        guard !preview.columns.isEmpty else { return [] }
        guard let dates = preview.batch.dates.first else {
            return preview.dateFormat.map { wrap("Dates: \($0) (chosen) · f changes", Style(), width) } ?? []
        }
        var fits = true
        if case .detected(_, _, let read, let total)? = dates.outcome { fits = read == total }
        if case .unreadable? = dates.outcome { fits = false }
        return wrap("Dates: \(dates.summary) · f changes", fits ? theme.good : theme.warning, width)
    }

    /// The columns, as many as fit in `height` around the selected one, each with its use and sample value.
    private static func columnLines(_ preview: ImportPreview, _ theme: Theme, _ width: Int, height: Int) -> [Line] {
        guard !preview.columns.isEmpty, height > 0 else { return [] }
        let nameWidth = max(6, min(24, (width - 2) * 2 / 5))
        let useWidth = 13
        let first = Scrolling.top(selected: preview.selected, count: preview.columns.count, height: height)
        return preview.columns.indices.dropFirst(first).prefix(height).map { index in
            let column = preview.columns[index]
            let use = preview.uses[index]
            let marker = index == preview.selected ? "▸ " : "  "
            let name = pad(
                TextLayout.truncate(column.header.isEmpty ? "(no header)" : column.header, toWidth: nameWidth),
                nameWidth)
            let sample = column.sample.isEmpty ? "" : "“\(column.sample)”"
            let text = marker + name + " " + pad(use.label, useWidth) + sample
            return (text, index == preview.selected ? theme.selected : style(of: use, theme))
        }
    }

    /// The selected column in full: its header, use, why it is left out, and the keys that change it.
    private static func selectedLines(_ preview: ImportPreview, _ theme: Theme, _ width: Int) -> [Line] {
        guard preview.uses.indices.contains(preview.selected) else { return [] }
        let column = preview.columns[preview.selected]
        let use = preview.uses[preview.selected]
        let why = use == .ignore ? column.leftOutReason.map { " (\($0))" } ?? "" : ""
        let text =
            "Column \(preview.selected + 1) of \(preview.columns.count) “\(column.header)”: \(use.label)\(why) "
            + "(p d s a r c x, ←→)"
        return wrap(text, theme.heading, width)
    }

    /// How quotes would be attributed, flagged rows, bad rows and the first logs.
    private static func restLines(_ preview: ImportPreview, _ project: Project, _ theme: Theme, _ width: Int) -> [Line]
    {
        let batch = preview.batch
        var lines = attributionLines(preview, project, theme, width)
        let flaggedLogs = Set(batch.flagged.map(\.log))
        if let first = batch.flagged.first {
            let rows = flaggedLogs.count == 1 ? "1 row holds" : "\(flaggedLogs.count) rows hold"
            lines += wrap("⚑ \(rows) what looks like personal data, e.g. \(first.description)", theme.warning, width)
        }
        for row in batch.rejected.prefix(3) {
            lines += wrap(
                "✗ \(row.description)\(row.badDate ? "; f changes the date format" : "")", theme.warning, width)
        }
        if batch.rejected.count > 3 { lines.append(("  … and \(batch.rejected.count - 3) more bad rows", theme.dim)) }
        guard !batch.logs.isEmpty else { return lines }
        lines.append(("First logs, as they would be filed:", theme.heading))
        for (index, log) in batch.logs.prefix(10).enumerated() {
            let fortnight = project.programme.fortnight(containing: log.date)
            let excerpt = log.sections.first.map { "\($0.prompt): \($0.text)" } ?? ""
            let flagged = flaggedLogs.contains(index)
            lines.append(
                (
                    "\(flagged ? "⚑" : " ") \(log.participant) · \(log.date.longText) · F\(fortnight) · \(excerpt)",
                    flagged ? theme.warning : Style()
                ))
        }
        return lines
    }

    /// How featured quotes would be attributed after the import, when a column is marked as role or care setting.
    private static func attributionLines(_ preview: ImportPreview, _ project: Project, _ theme: Theme, _ width: Int)
        -> [Line]
    {
        guard preview.role != nil || preview.setting != nil, !preview.batch.logs.isEmpty else { return [] }
        guard let attribution = try? preview.attribution(after: project.attribution, in: project) else {
            return wrap("A marked column has no values: its quotes could not be attributed by it", theme.warning, width)
        }
        let example = preview.batch.participants.first(where: attribution.describes)
        let text = "Featured quotes read e.g. “\(attribution.text(for: example))” (by \(attribution.description))"
        return wrap(text, example == nil ? theme.warning : Style(), width)
    }

    private static func style(of use: ColumnUse, _ theme: Theme) -> Style {
        switch use {
        case .participant, .date: return theme.colour ? Style(foreground: .cyan, bold: true) : theme.heading
        case .section: return theme.good
        case .attribute, .role, .setting: return theme.colour ? Style(foreground: .yellow) : Style()
        case .ignore: return theme.dim
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    private static func wrap(_ text: String, _ style: Style, _ width: Int) -> [Line] {
        TextLayout.wrap(text, width: width).map { (String(text[$0]), style) }
    }
}
