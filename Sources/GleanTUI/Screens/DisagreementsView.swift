import GleanCore

/// The Disagreements screen: a row per concern in a log that the facilitators who coded it tagged differently, open
/// ones first, then decided ones; the selected one is described in full beneath the list.
enum DisagreementsView {
    static func draw(_ state: AppState, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let width = area.width - 2
        let list = state.disagreementList
        let open = list.count(where: \.isOpen)
        buffer.put(
            "Disagreements · \(open) open, \(list.count - open) decided", x: 1, y: area.y, width: width,
            style: theme.heading)
        guard !list.isEmpty else {
            ParagraphRows.draw(
                "No disagreements: the facilitators who coded each log tagged the same concerns in it.", x: 1,
                y: area.y + 2, width: width, style: theme.dim, into: &buffer)
            return
        }
        let selected = min(state.disagreements.selected, list.count - 1)
        let detail = describe(list[selected], state)
        let detailRows = min(max(1, area.height - 3), TextLayout.wrap(detail, width: width).count)
        let listTop = area.y + 1
        let listHeight = max(1, area.bottom - listTop - detailRows)
        let first = Scrolling.top(selected: selected, count: list.count, height: listHeight)
        for (offset, disagreement) in list.dropFirst(first).prefix(listHeight).enumerated() {
            drawRow(
                disagreement, state, y: listTop + offset, width: width, selected: first + offset == selected, theme,
                into: &buffer)
        }
        let lines = TextLayout.wrap(detail, width: width)
        for (row, range) in lines.prefix(detailRows).enumerated() {
            let last = row == detailRows - 1 && lines.count > detailRows
            let text =
                last ? TextLayout.truncate(String(detail[range.lowerBound...]), toWidth: width) : String(detail[range])
            buffer.put(text, x: 1, y: area.bottom - detailRows + row, width: width, style: theme.dim)
        }
    }

    /// "Staff wellbeing: tagged by ben; not by facilitator · open".
    static func describe(_ disagreement: Disagreement, _ state: AppState) -> String {
        let concern = state.project.codebook.concern(id: disagreement.concern)?.name ?? disagreement.concern
        return "\(concern): \(DisagreementText.who(disagreement, naming: state.facilitatorName))"
            + " · \(DisagreementText.status(disagreement, naming: state.facilitatorName))"
    }

    /// "open     F3 EE-04 16 May  Staff wellbeing": the status word (open ones in the warning style, decided ones dim).
    private static func drawRow(
        _ disagreement: Disagreement, _ state: AppState, y: Int, width: Int, selected: Bool, _ theme: Theme,
        into buffer: inout ScreenBuffer
    ) {
        let base = selected ? theme.selected : Style()
        buffer.fill(x: 0, y: y, width: buffer.width, height: 1, style: base)
        var status = disagreement.isOpen ? theme.warning : theme.dim
        status.reverse = selected
        buffer.put(disagreement.isOpen ? "open" : "decided", x: 1, y: y, width: 8, style: status)
        let concern = state.project.codebook.concern(id: disagreement.concern)?.name ?? disagreement.concern
        let place = "F\(disagreement.fortnight) \(disagreement.log.participant) \(disagreement.log.date.shortText)"
        let used = buffer.put(place, x: 9, y: y, width: width - 8, style: disagreement.isOpen ? base : dimmed(base))
        var swatch = theme.concern(disagreement.concern)
        swatch.reverse = selected
        buffer.put(
            concern, x: 10 + used, y: y, width: max(0, width - 9 - used), style: theme.depth == .none ? base : swatch)
    }

    private static func dimmed(_ style: Style) -> Style {
        var style = style
        style.dim = true
        return style
    }
}
