import Foundation

/// The columns of a CSV input before a mapping is chosen: each header, a sample value and the use `glean import`
/// would guess for it (`ColumnPlan.guesses`), for the interface's import preview to show and change.
enum ColumnSurvey {
    /// How many rows are looked at for sample values.
    static let sampleRows = 200

    /// The columns of the CSV text in `data`. Throws a `ProjectError` naming `file` when it is not UTF-8, has a quoted
    /// field not closed, or has no header row.
    static func columns(_ data: Data, file: String) throws -> [ImportColumn] {
        let text = try InputText.decode(data, file: file)
        try CSVQuoting.check(text, file: file)
        var reader = CSVRowReader(text)
        guard let headerRow = reader.next(), !headerRow.allSatisfy(\.isBlank) else {
            throw ProjectError(file: file, line: 1, problem: "there is no header row")
        }
        let headers = headerRow.map(IncomingText.singleLine)
        var samples = Array(repeating: "", count: headers.count)
        var looked = 0
        while looked < sampleRows, samples.contains(""), let row = reader.next() {
            looked += 1
            for (index, value) in row.prefix(headers.count).enumerated() where samples[index].isEmpty {
                samples[index] = IncomingText.singleLine(value)
            }
        }
        return zip(headers.indices, ColumnPlan.guesses(headers: headers)).map { index, guess in
            ImportColumn(
                header: headers[index], sample: samples[index], guess: guess.use, leftOutReason: guess.leftOutReason)
        }
    }
}
