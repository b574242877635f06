import GleanCore

/// The help modal: in the Reader, the number keys with their concerns first, then the key table from `KeyMap`.
enum HelpView {
    /// One line of help: a heading, or keys with what they do, drawn in `style`.
    struct Line: Equatable {
        var keys: String
        var help: String
        var isHeading: Bool
        /// The style of `help`; a concern's look for the number-key lines.
        var style: Style = .plain
    }

    static func draw(_ state: AppState, _ scroll: Int, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(x: area.x, y: area.y, width: area.width, height: area.height)
        buffer.put(
            "Keys (↑↓ scroll, any other key closes)", x: 1, y: area.y, width: area.width - 2, style: theme.heading)
        let lines = self.lines(for: state.keyContext, codebook: state.project.codebook, theme: theme)
        let height = area.height - 1
        let top = min(scroll, max(0, lines.count - height))
        let keyWidth = min(22, area.width / 3)
        for (row, line) in lines.dropFirst(top).prefix(height).enumerated() {
            let y = area.y + 1 + row
            if line.isHeading {
                buffer.put(line.keys, x: 1, y: y, width: area.width - 2, style: Style(bold: true, underline: true))
            } else {
                buffer.put(line.keys, x: 2, y: y, width: keyWidth - 1, style: theme.heading)
                buffer.put(line.help, x: 2 + keyWidth, y: y, width: area.width - keyWidth - 3, style: line.style)
            }
        }
    }

    /// How many lines the help for the screen on top has, for scrolling.
    static func lineCount(_ state: AppState) -> Int {
        lines(for: state.keyContext, codebook: state.project.codebook, theme: Theme(state)).count
    }

    /// The help lines for `context`: in the Reader the concern keys first, then the key table.
    static func lines(for context: KeyContext, codebook: Codebook, theme: Theme) -> [Line] {
        let concernKeys = context == .reader ? self.concernKeys(codebook, theme) : []
        return concernKeys + keyTable(for: context)
    }

    /// "Concern keys", then one line per bound number key 1–9 naming its concern in its look, and a blank line.
    private static func concernKeys(_ codebook: Codebook, _ theme: Theme) -> [Line] {
        let bound = (1...9).compactMap { key in codebook.concern(forKey: key).map { (key, $0) } }
        guard !bound.isEmpty else {
            return [
                Line(keys: "Concern keys", help: "", isHeading: true),
                Line(keys: "1–9", help: "none bound yet: bind them on the Codebook screen", isHeading: false),
                Line(keys: "", help: "", isHeading: false),
            ]
        }
        return [Line(keys: "Concern keys", help: "", isHeading: true)]
            + bound.map { key, concern in
                Line(keys: "\(key)", help: concern.name, isHeading: false, style: theme.concern(concern.id))
            }
            + [Line(keys: "", help: "", isHeading: false)]
    }

    /// The key table for the screen on top, generated from `KeyMap`.
    private static func keyTable(for context: KeyContext) -> [Line] {
        var lines: [Line] = []
        var current: KeyContext?
        for binding in KeyMap.help(for: context) {
            if binding.context != current {
                if current != nil { lines.append(Line(keys: "", help: "", isHeading: false)) }
                lines.append(Line(keys: binding.context.name, help: "", isHeading: true))
                current = binding.context
            }
            lines.append(Line(keys: binding.keyLabel, help: binding.help, isHeading: false))
        }
        return lines
    }
}
