import GleanCore

/// Draws the whole interface for a state: a pure function from `AppState` to `ScreenBuffer`.
public enum Screen {
    /// The frame for `state`.
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: max(1, state.size.width), height: max(1, state.size.height))
        if state.size.isTooSmall {
            TooSmallView.draw(state.size, into: &buffer)
            return buffer
        }
        let theme = Theme(state)
        let body = Rect(x: 0, y: 1, width: buffer.width, height: buffer.height - 2)
        Chrome.drawTabs(state, theme, into: &buffer)
        state.screen.entry.draw(state, theme, body, &buffer)
        Chrome.drawStatus(state, theme, into: &buffer)
        if let modal = state.modal {
            ModalView.draw(modal, state, theme, in: body, into: &buffer)
        }
        MessageLine.draw(state, theme, into: &buffer)
        return buffer
    }
}

/// A rectangle of cells.
struct Rect: Equatable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    var bottom: Int { y + height }
}

/// The styles the screens use, with or without colour.
struct Theme {
    let colour: Bool
    /// How many colours the terminal shows; `.none` when `colour` is off.
    let depth: ColourDepth
    /// How each concern of the codebook is drawn.
    let concerns: ConcernLooks

    /// The theme for `state`: its colour setting and depth, and its codebook's concern looks.
    init(_ state: AppState) {
        colour = state.colour
        depth = state.colour ? state.colourDepth : .none
        concerns = ConcernLooks(state.project.codebook, depth: depth)
    }

    var heading: Style { Style(bold: true) }
    var selected: Style { Style(reverse: true) }
    var dim: Style { Style(dim: true) }
    var bar: Style { Style(reverse: true) }
    var warning: Style { colour ? Style(foreground: .red, bold: true) : Style(bold: true) }
    var good: Style { colour ? Style(foreground: .green) : Style() }

    /// The style of concern `id`: its own look, no two concerns of the codebook alike (see `ConcernLooks`).
    func concern(_ id: String) -> Style {
        concerns.style(of: id)
    }

    /// The style of a concern's swatch: its look, or bold without colour.
    func swatch(_ concern: Concern) -> Style {
        depth == .none ? Style(bold: true) : concerns.style(of: concern.id)
    }

    /// The style of a change: up in the warning colour for growing concerns is left to the reader; ▲ green, ▼ red.
    func change(_ value: Int?) -> Style {
        guard colour, let value, value != 0 else { return Style() }
        return Style(foreground: value > 0 ? .yellow : .cyan)
    }
}

extension ScreenBuffer {
    /// Writes `text` cut to `width` columns (with "…" when cut).
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) -> Int {
        guard width > 0 else { return 0 }
        return write(TextLayout.truncate(text, toWidth: width), x: x, y: y, style: style, maxWidth: width)
    }

    /// Writes `text` right-aligned so it ends at column `right` (exclusive).
    mutating func putRight(_ text: String, right: Int, y: Int, style: Style = .plain) {
        let text = TextSanitizer.displayable(text)
        write(text, x: right - DisplayWidth.of(text), y: y, style: style)
    }
}
