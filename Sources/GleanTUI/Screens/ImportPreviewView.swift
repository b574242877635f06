import GleanCore

/// What an import would do, before it is made: counts, the columns left out, the rows holding what looks like personal
/// data, the bad rows, and the first logs as they would be filed, each flagged row marked ⚑.
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
}
