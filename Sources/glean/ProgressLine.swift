import GleanCore
import GleanTUI

/// The one-line progress bar `glean import` and `glean generate` redraw on standard error, fitted to the terminal's
/// width: a line that wrapped would leave a new line behind at every redraw.
enum ProgressLine {
    /// Files smaller than this (in bytes) read too fast to need a bar.
    static let threshold = 1_000_000
    /// The bar's width in `#`/`-` cells when the terminal has room.
    static let widestBar = 20
    /// The narrowest bar worth drawing; below it the label is cut instead.
    static let narrowestBar = 5

    /// `\rReading forms.csv [##########----------]  50%`: it starts with a carriage return, so each line is drawn over
    /// the one before.
    static func text(file: String, fraction: Double, columns: Int) -> String {
        text(label: "Reading \(file)", fraction: fraction, columns: columns)
    }

    /// `\rLABEL [##########----------]  50%`, for any long task, in at most `columns - 1` columns (the last is left
    /// free, so the cursor never wraps): the bar narrows first, down to 5 cells, then the label is cut with "…";
    /// a terminal too narrow even for that gets the percentage alone.
    static func text(label: String, fraction: Double, columns: Int) -> String {
        let share = min(max(fraction, 0), 1)
        let number = String(Int((share * 100).rounded(.down)))
        let percent = String(repeating: " ", count: 3 - number.count) + number + "%"
        let room = columns - 1
        let frame = " [] ".count + percent.count
        guard room >= frame + narrowestBar + 1 else { return "\r" + percent }
        let label = TextSanitizer.displayable(label)
        let bar = min(widestBar, max(narrowestBar, room - frame - DisplayWidth.of(label)))
        let shown = TextLayout.truncate(label, toWidth: room - frame - bar)
        let filled = Int((share * Double(bar)).rounded(.down))
        let cells = String(repeating: "#", count: filled) + String(repeating: "-", count: bar - filled)
        return "\r\(shown) [\(cells)] \(percent)"
    }
}
