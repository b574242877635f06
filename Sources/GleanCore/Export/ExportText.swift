/// Makes participants' text safe for data exports (CSV and JSON) while keeping its line breaks.
enum ExportText {
    /// `text` with line breaks kept as `\n` (CR LF and lone CR become LF) and every other control character, bidi
    /// override included, made a visible placeholder as `TextSanitizer.displayable` does.
    static func cleaned(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSanitizer.displayable(String($0)) }
            .joined(separator: "\n")
    }
}
