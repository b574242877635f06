import CSV
import Foundation

/// The quotes of one or more fortnights as CSV, one row per quote, ready for a spreadsheet.
///
/// The file is UTF-8 with a byte order mark (so Excel reads it as UTF-8), rows end in CR LF (RFC 4180), fields with
/// a comma, a quote or a line break are quoted, line breaks inside a quote's text are kept, and every cell passes
/// the `SpreadsheetCell` formula guard.
enum CSVExport {
    /// The CSV of the quotes of fortnights `numbers`, a header row first.
    static func data(_ project: Project, fortnights numbers: [Int]) throws -> Data {
        let attributes = project.attributeNames
        let header = ["fortnight", "log date", "participant"] + attributes
            + ["section", "concerns", "themes", "quote", "memo", "featured"]
        let rows = ExportedQuote.all(in: project, fortnights: numbers).map { quote in
            [String(quote.fortnight), quote.date.iso, quote.participant]
                + attributes.map { quote.attributes[$0] ?? "" }
                + [
                    quote.prompt, quote.concerns.joined(separator: "; "), quote.themes.joined(separator: "; "),
                    quote.text, quote.memo, quote.featured ? "yes" : "no",
                ]
        }
        return try table([header] + rows)
    }

    /// `rows` as a CSV file as described above: a byte order mark, CR LF row ends, quoting where needed and every
    /// cell through the `SpreadsheetCell` guard.
    static func table(_ rows: [[String]]) throws -> Data {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in rows {
            try writer.write(row: row.map(SpreadsheetCell.guarded))
        }
        stream.close()
        guard let written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        return Data([0xEF, 0xBB, 0xBF]) + written + Data("\r\n".utf8)
    }
}
