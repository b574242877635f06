import GleanCore

/// One disagreement's log with each facilitator's coding of the concern side by side: a column per facilitator who
/// coded the log, their passages tagged with the concern highlighted. When the columns would be narrower than
/// `minimumColumn`, one facilitator's column fills the screen and ←→ moves between them.
enum ComparisonView {
    /// The narrowest column the text is laid out in side by side.
    static let minimumColumn = 28

    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let width = area.width - 2
        guard let disagreement = state.selectedDisagreement else {
            ParagraphRows.draw(
                "This disagreement is gone: the facilitators now agree on it. Press q for the list.", x: 1, y: area.y,
                width: width, style: theme.dim, into: &buffer)
            return
        }
        let concern = state.project.codebook.concern(id: disagreement.concern)?.name ?? disagreement.concern
        let heading =
            "\(concern) · \(disagreement.log.participant) \(disagreement.log.date.shortText) · F\(disagreement.fortnight)"
        buffer.put(heading, x: 1, y: area.y, width: width, style: theme.heading)
        let status = DisagreementText.status(disagreement, naming: state.facilitatorName)
        var y = area.y + 1
        y += ParagraphRows.draw(
            status.prefix(1).uppercased() + status.dropFirst() + " · "
                + DisagreementText.who(disagreement, naming: state.facilitatorName),
            x: 1, y: y, width: width, style: disagreement.isOpen ? theme.warning : theme.dim, into: &buffer)
        let coders = disagreement.coders
        let sideBySide = coders.count * (minimumColumn + 1) <= area.width
        let shown = sideBySide ? Array(coders.indices) : [min(state.disagreements.column, coders.count - 1)]
        let columnWidth = sideBySide ? (area.width - 1) / coders.count - 1 : width
        let bodyTop = y + 1
        let bodyHeight = max(0, area.bottom - bodyTop)
        for (place, index) in shown.enumerated() {
            let x = 1 + place * (columnWidth + 1)
            let coder = coders[index]
            var header =
                "\(index + 1) \(state.facilitatorName(coder)): \(disagreement.tagged.contains(coder) ? "tagged" : "not tagged")"
            if !sideBySide { header += " (\(index + 1) of \(coders.count), ←→)" }
            buffer.put(header, x: x, y: y, width: columnWidth, style: headerStyle(coder, disagreement, theme))
            let rows = textRows(disagreement, coder: coder, width: columnWidth, state: state)
            for (offset, row) in rows.dropFirst(min(state.disagreements.scroll, max(0, rows.count - 1))).prefix(
                bodyHeight
            ).enumerated() {
                drawRow(row, x: x, y: bodyTop + offset, concern: disagreement.concern, theme, into: &buffer)
            }
        }
    }

    /// A column's header: accepted facilitators in the good style, those not accepted dim, bold while open.
    private static func headerStyle(_ coder: String, _ disagreement: Disagreement, _ theme: Theme) -> Style {
        guard let decision = disagreement.decision else { return theme.heading }
        if decision.accepted.contains(coder) {
            var style = theme.good
            style.bold = true
            return style
        }
        return theme.dim
    }

    /// A laid-out row of a column: its text, the scalar offset of its first character in the section, whether it is
    /// a prompt, and the section's passages `coder` tagged with the concern.
    struct TextRow {
        var text: String
        var firstScalar: Int
        var isPrompt: Bool
        var tagged: [Range<Int>]
    }

    /// The log laid out at `width` for `coder`: each section's prompt, then its text.
    static func textRows(_ disagreement: Disagreement, coder: String, width: Int, state: AppState) -> [TextRow] {
        let quotes = state.project.fortnight(disagreement.fortnight).quotes(inLog: disagreement.log.id)
            .filter { $0.coder == coder && $0.concerns.contains(disagreement.concern) }
        var rows: [TextRow] = []
        for (index, section) in disagreement.log.sections.enumerated() {
            if index > 0 { rows.append(TextRow(text: "", firstScalar: 0, isPrompt: false, tagged: [])) }
            for range in TextLayout.wrap(section.prompt, width: width) {
                rows.append(TextRow(text: String(section.prompt[range]), firstScalar: 0, isPrompt: true, tagged: []))
            }
            let tagged = quotes.filter { $0.section == index }.map(\.range)
            for row in TextLayout.wrappedRows(section.text, width: width).rows {
                let utf8 = section.text.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: row.bytes.lowerBound)
                let end = utf8.index(utf8.startIndex, offsetBy: row.bytes.upperBound)
                rows.append(
                    TextRow(
                        text: String(section.text[start..<end]), firstScalar: row.scalars.lowerBound, isPrompt: false,
                        tagged: tagged))
            }
        }
        return rows
    }

    /// Draws a row, its tagged characters in the concern's look (reversed without colour).
    private static func drawRow(
        _ row: TextRow, x: Int, y: Int, concern: String, _ theme: Theme, into buffer: inout ScreenBuffer
    ) {
        buffer.write(row.text, x: x, y: y, style: row.isPrompt ? theme.dim : Style())
        guard !row.tagged.isEmpty else { return }
        var look = theme.depth == .none ? Style(reverse: true) : theme.concern(concern)
        look.underline = true
        var column = x
        var scalar = row.firstScalar
        for character in row.text {
            let columns = DisplayWidth.of(character)
            let count = character.unicodeScalars.count
            if row.tagged.contains(where: { $0.overlaps(scalar..<scalar + count) }) {
                buffer.setStyle(x: column, y: y, width: columns, style: look)
            }
            column += columns
            scalar += count
        }
    }
}
