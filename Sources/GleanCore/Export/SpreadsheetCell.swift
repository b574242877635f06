/// A CSV cell made safe for a spreadsheet: no formula can run and no control character can hide.
///
/// `CSVTableWriter` writes each cell with a leading `'` when it `startsAFormula` (so a spreadsheet shows it as text
/// rather than running it as a formula), then cleaned as `ExportText.cleaned` does.
enum SpreadsheetCell {
    /// Whether `value` starts with `=`, `+`, `-`, `@`, tab or carriage return.
    static func startsAFormula(_ value: String) -> Bool {
        value.unicodeScalars.first.map(formulaStarts.contains) ?? false
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
