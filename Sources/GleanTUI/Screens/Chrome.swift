import GleanCore

/// The tab bar on the first row and the status bar on the last.
enum Chrome {
    /// From this width on, the programme's name moves from the tab bar to the status bar.
    static let wideWidth = 100

    static func drawTabs(_ state: AppState, _ theme: Theme, into buffer: inout ScreenBuffer) {
        buffer.fill(x: 0, y: 0, width: buffer.width, height: 1, style: theme.bar)
        var x = buffer.write(" Glean ", x: 0, y: 0, style: Style(bold: true, reverse: true))
        let top = state.stack.first ?? state.screen
        for (screen, name) in [(ScreenID.logs, "Logs"), (.counts, "Counts"), (.codebook, "Codebook")] {
            let style = screen == top ? Style(bold: true, underline: true) : theme.bar
            x += buffer.write(" \(name) ", x: x, y: 0, style: style)
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
        let fortnight = state.currentFortnight
        let end = state.project.programme.lastDay(ofFortnight: fortnight)
        var x = 0
        if buffer.width >= Chrome.wideWidth {
            x += buffer.put(" \(state.project.programme.name)", x: 0, y: y, width: 40, style: Style(bold: true, reverse: true))
            x += buffer.write(" │", x: x, y: y, style: theme.bar)
        }
        x += buffer.write(" F\(fortnight) w/e \(end.shortText) ", x: x, y: y, style: theme.bar)
        let saved: String
        switch state.saveState {
        case _ where state.readOnly: saved = "read-only"
        case .saved: saved = "✓ saved"
        case .saving: saved = "… saving"
        case .failed(let reason): saved = "✗ NOT SAVED: \(reason)"
        }
        var savedStyle = theme.bar
        if case .failed = state.saveState { savedStyle.bold = true }
        x += buffer.write("│ \(saved) │ ", x: x, y: y, style: savedStyle)
        let text = state.message ?? hints(state)
        buffer.put(text, x: x, y: y, width: buffer.width - x, style: theme.bar)
    }

    /// The short key hints for the screen on top.
    static func hints(_ state: AppState) -> String {
        switch state.modal {
        case .prompt: return "Enter confirm · Esc cancel"
        case .picker: return "↑↓ choose · Enter pick · Esc cancel"
        case .text(let editing) where editing.confirmingCancel: return "Discard your changes? y discards · any other key keeps editing"
        case .text: return "Enter new line · arrows move · Ctrl-S save · Esc cancel"
        case .help: return "↑↓ scroll · any other key closes"
        case .confirm: return "y yes · n no"
        case nil: break
        }
        switch state.screen {
        case .logs: return "Enter read · ←→ fortnight · d done · f filter · n note · e export · ? help"
        case .reader: return "1-9 tag · J/K extend · * feature · m memo · d done · ]/[ log · ? help"
        case .counts: return "Enter quotes · p paragraph · K key concerns · b breakdown · ? help"
        case .codebook: return "a add · r rename · c colour · d describe · 1-9 key · ? help"
        case .quoteList: return "Enter open in reader · q back · ? help"
        case .importPreview: return "Enter import · ↑↓ column · ←→ use · f dates · q cancel · ? help"
        }
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
            buffer.put(line, x: max(0, (buffer.width - width) / 2), y: top + offset, width: buffer.width, style: Style(bold: offset == 0))
        }
    }
}
