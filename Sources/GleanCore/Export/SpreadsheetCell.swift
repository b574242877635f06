/// A CSV cell made safe for a spreadsheet: no formula can run and no control character can hide.
enum SpreadsheetCell {
    /// `value` with a leading `'` when it starts with `=`, `+`, `-`, `@`, tab or carriage return (so a spreadsheet
    /// shows it as text rather than running it as a formula), then cleaned as `ExportText.cleaned` does.
    static func guarded(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else {
            return ExportText.cleaned(value)
        }
        return "'" + ExportText.cleaned(value)
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
