import GleanCore

/// The tab bar on the first row and the status bar on the last.
enum Chrome {
    /// From this width on, the programme's name moves from the tab bar to the status bar.
    static let wideWidth = 100
    /// Below this width, a coding view or a team's sharing in the status bar takes the place of the fortnight's end
    /// date.
    static let narrowWidth = 60

    static func drawTabs(_ state: AppState, _ theme: Theme, into buffer: inout ScreenBuffer) {
        buffer.fill(x: 0, y: 0, width: buffer.width, height: 1, style: theme.bar)
        var x = buffer.write(" Glean ", x: 0, y: 0, style: Style(bold: true, reverse: true))
        let top = state.stack.first ?? state.screen
        for screen in ScreenID.tabs {
            let style = screen == top ? Style(bold: true, underline: true) : theme.bar
            x += buffer.write(" \(screen.entry.title) ", x: x, y: 0, style: style)
        }
        let name = state.project.programme.name
        let room = buffer.width - x - 2
        if room > 8, buffer.width < Chrome.wideWidth {
            let text = TextLayout.truncate(name, toWidth: room)
            buffer.putRight(text, right: buffer.width - 1, y: 0, style: theme.bar)
        }
    }

    static func drawStatus(_ state: AppState, _ theme: Theme, into buffer: inout ScreenBuffer) {
        let y = buffer.height - 1
        buffer.fill(x: 0, y: y, width: buffer.width, height: 1, style: theme.bar)
        let parts = statusParts(state, width: buffer.width)
        var x = 0
        if let name = parts.name {
            x += buffer.write(name, x: 0, y: y, style: Style(bold: true, reverse: true))
            x += buffer.write(" │", x: x, y: y, style: theme.bar)
        }
        x += buffer.write(parts.fortnight, x: x, y: y, style: theme.bar)
        if let view = parts.view { x += buffer.write(view, x: x, y: y, style: Style(bold: true, reverse: true)) }
        var savedStyle = theme.bar
        if case .failed = state.saveState { savedStyle.bold = true }
        x += buffer.write(parts.saved, x: x, y: y, style: savedStyle)
        if let team = parts.team {
            var teamStyle = theme.bar
            teamStyle.bold = team.emphasised
            x += buffer.write(team.text, x: x, y: y, style: teamStyle)
            x += buffer.write(TeamStatusText.separator, x: x, y: y, style: theme.bar)
        }
        let room = buffer.width - x
        let text =
            state.message.flatMap { DisplayWidth.of($0) <= room ? $0 : nil }
            ?? WorkProgress.text(state, room: room) ?? hints(state, width: room)
        buffer.put(text, x: x, y: y, width: room, style: theme.bar)
    }

    /// The columns the status bar leaves after its fixed parts, for a message or the key hints.
    static func statusRoom(_ state: AppState, width: Int) -> Int {
        let parts = statusParts(state, width: width)
        let team = parts.team.map { DisplayWidth.of($0.text) + DisplayWidth.of(TeamStatusText.separator) } ?? 0
        return max(0, width - fixedWidth(parts.name, parts.fortnight, parts.view, parts.saved) - team)
    }

    /// The status bar's fixed parts: the programme's name (in a wide window), the fortnight, the coding view and the
    /// facilitator when the view is not everyone's, whether all is saved, and in a team project what waits to be
    /// shared (`TeamStatusText`); the fortnight's end date gives way to either of the last in a narrow window.
    private static func statusParts(
        _ state: AppState, width: Int
    ) -> (name: String?, fortnight: String, view: String?, saved: String, team: (text: String, emphasised: Bool)?) {
        let fortnight = state.currentFortnight
        let end = state.project.programme.lastDay(ofFortnight: fortnight)
        let name =
            width >= Chrome.wideWidth ? TextLayout.truncate(" \(state.project.programme.name)", toWidth: 40) : nil
        let saved: String
        switch state.saveState {
        case _ where state.readOnly: saved = "read-only"
        case .saved: saved = "✓ saved"
        case .saving: saved = "… saving"
        case .failed(let reason): saved = "✗ NOT SAVED: \(reason)"
        }
        let view = state.coding.statusLabel.map { "│ \($0) " }
        let kept = DisplayWidth.of(hints(state, width: 0))
        let crowded = view != nil || TeamStatusText.text(state.team, room: width, kept: kept) != nil
        let date = crowded && width < Chrome.narrowWidth ? "" : "w/e \(end.shortText) "
        let shown = (name, " F\(fortnight) \(date)", view, "│ \(saved) │ ")
        let team = TeamStatusText.text(
            state.team, room: width - fixedWidth(shown.0, shown.1, shown.2, shown.3), kept: kept)
        return (shown.0, shown.1, shown.2, shown.3, team)
    }

    /// The columns the status bar's parts before the team's take.
    private static func fixedWidth(_ name: String?, _ fortnight: String, _ view: String?, _ saved: String) -> Int {
        (name.map { DisplayWidth.of($0) + 2 } ?? 0) + DisplayWidth.of(fortnight) + DisplayWidth.of(view ?? "")
            + DisplayWidth.of(saved)
    }

    /// The key hints for the screen or modal on top, generated from the key table to fit `width` columns.
    static func hints(_ state: AppState, width: Int) -> String {
        guard case .text(let editing) = state.modal, editing.confirmingCancel else {
            return HintLine.text(for: state.hintContext, width: width)
        }
        let question = "Discard your changes? "
        return question + HintLine.text(for: .confirm, width: width - DisplayWidth.of(question))
    }
}

/// What is shown when the terminal is below the minimum size.
enum TooSmallView {
    static func draw(_ size: TerminalSize, into buffer: inout ScreenBuffer) {
        let lines = [
            "Window too small",
            "\(size.width)×\(size.height), needs \(TerminalSize.minimum.width)×\(TerminalSize.minimum.height)",
            "q quits",
        ]
        let top = max(0, (buffer.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < buffer.height {
            let width = DisplayWidth.of(line)
            buffer.put(
                line, x: max(0, (buffer.width - width) / 2), y: top + offset, width: buffer.width,
                style: Style(bold: offset == 0))
        }
    }
}
