import GleanCore

/// The one-line progress bar `glean import` redraws on standard error while it reads a large file.
enum ProgressLine {
    /// Files smaller than this (in bytes) read too fast to need a bar.
    static let threshold = 1_000_000

    /// `\rReading forms.csv [##########----------]  50%`: it starts with a carriage return, so each line is drawn over
    /// the one before.
    static func text(file: String, fraction: Double, width: Int = 20) -> String {
        text(label: "Reading \(TextSanitizer.displayable(file))", fraction: fraction, width: width)
    }

    /// `\rLABEL [##########----------]  50%`, for any long task.
    static func text(label: String, fraction: Double, width: Int = 20) -> String {
        let share = min(max(fraction, 0), 1)
        let filled = Int((share * Double(width)).rounded(.down))
        let percent = String(Int((share * 100).rounded(.down)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return "\r\(label) [\(bar)] \(String(repeating: " ", count: 3 - percent.count))\(percent)%"
    }
}
