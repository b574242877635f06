import GleanCore

/// What an import would do, before it is made: counts, the columns left out, the rows holding what looks like personal
/// data, the selected column's use (section, role or care setting) and how quotes would be attributed, the bad rows,
/// and the first logs as they would be filed, each flagged row marked ⚑.
enum ImportPreviewView {
    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        guard let preview = state.importPreview else { return }
        let batch = preview.batch
        let known = Set(state.project.participants.map(\.code))
        let newcomers = batch.participants.filter { !known.contains($0.code) }.count
        var lines: [(String, Style)] = [
            ("Import preview: \(preview.path)", theme.heading),
            ("\(batch.rows) rows → \(batch.logs.count) logs by \(batch.participants.count) participants (\(newcomers) new); \(batch.rejected.count) bad rows", Style()),
        ]
        if !batch.leftOut.isEmpty {
            lines.append(("Left out (personal data or bookkeeping): " + batch.leftOut.map(\.description).joined(separator: ", "), theme.warning))
        }
        if let prompts = batch.logs.first?.sections.map(\.prompt), !prompts.isEmpty {
            lines.append(("Sections: " + prompts.map { "“\($0)”" }.joined(separator: ", "), Style()))
        }
        lines += attributionLines(preview, state.project, theme)
        let flaggedLogs = Set(batch.flagged.map(\.log))
        if let first = batch.flagged.first {
            let rows = flaggedLogs.count == 1 ? "1 row holds" : "\(flaggedLogs.count) rows hold"
            lines.append(("⚑ \(rows) what looks like personal data, e.g. \(first.description)", theme.warning))
        }
        lines.append(("", Style()))
        for row in batch.rejected.prefix(5) {
            lines.append(("✗ \(row.description)", theme.warning))
        }
        if batch.rejected.count > 5 { lines.append(("  … and \(batch.rejected.count - 5) more bad rows", theme.dim)) }
        lines.append(("First logs, as they would be filed:", theme.heading))
        for (index, log) in batch.logs.prefix(max(0, area.height - lines.count - 1)).enumerated() {
            let fortnight = state.project.programme.fortnight(containing: log.date)
            let excerpt = log.sections.first.map { "\($0.prompt): \($0.text)" } ?? ""
            let flagged = flaggedLogs.contains(index)
            lines.append((
                "\(flagged ? "⚑" : " ") \(log.participant) · \(log.date.longText) · F\(fortnight) · \(excerpt)",
                flagged ? theme.warning : Style()))
        }
        for (offset, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line.0, x: 1, y: area.y + offset, width: area.width - 2, style: line.1)
        }
    }

    /// The selected column and its use, and how featured quotes would be attributed after the import.
    private static func attributionLines(_ preview: ImportPreview, _ project: Project, _ theme: Theme) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        if preview.columns.indices.contains(preview.selected) {
            let name = preview.columns[preview.selected]
            let use: String
            switch preview.use(of: name) {
            case .section: use = "a section of each log"
            case .role: use = "the writer's role"
            case .setting: use = "the writer's care setting"
            }
            lines.append((
                "Column \(preview.selected + 1) of \(preview.columns.count): “\(name)” is \(use) (←/→ column, r changes)",
                theme.heading))
        }
        guard let attribution = try? preview.attribution(after: project.attribution, in: project) else {
            return lines + [("A marked column has no values: its quotes could not be attributed by it", theme.warning)]
        }
        let example = preview.batch.participants.first(where: attribution.describes)
        let text = "Featured quotes read e.g. “\(attribution.text(for: example))” (by \(attribution.description))"
        return lines + [(text, example == nil ? theme.warning : Style())]
    }
}
