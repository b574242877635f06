import Foundation

/// The quotes of one or more fortnights as CSV, one row per quote, ready for a spreadsheet: the agreed coding's quotes
/// (`Project.agreedCoding`), so a coding a decision set aside is not exported.
///
/// The file is UTF-8 with a byte order mark (so Excel reads it as UTF-8), rows end in CR LF (RFC 4180), fields with
/// a comma, a quote or a line break are quoted, line breaks inside a quote's text are kept, and every cell passes
/// the `SpreadsheetCell` formula guard (`CSVTableWriter`).
enum CSVExport {
    /// The CSV of the quotes of fortnights `numbers`, a header row first.
    static func data(_ project: Project, fortnights numbers: [Int]) throws -> Data {
        var data = Data()
        try write(project, fortnights: numbers) { data += $0 }
        return data
    }

    /// Hands `drain` the CSV of the quotes of fortnights `numbers` a block at a time, working out one fortnight's
    /// quotes at a time, so memory stays flat however many fortnights there are.
    static func write(_ project: Project, fortnights numbers: [Int], drain: @escaping ([UInt8]) throws -> Void) throws {
        let project = project.agreedCoding()
        let attributes = project.attributeNames
        var writer = CSVTableWriter(drain: drain)
        try writer.write(
            row: ["fortnight", "log date", "participant"] + attributes
                + ["section", "concerns", "themes", "quote", "memo", "featured"])
        var row: [String] = []
        for number in numbers {
            for quote in ExportedQuote.all(in: project, fortnights: [number]) {
                row.removeAll(keepingCapacity: true)
                row += [String(quote.fortnight), quote.date.iso, quote.participant]
                for name in attributes { row.append(quote.attributes[name] ?? "") }
                row += [
                    quote.prompt, quote.concerns.joined(separator: "; "), quote.themes.joined(separator: "; "),
                    quote.text, quote.memo, quote.featured ? "yes" : "no",
                ]
                try writer.write(row: row)
            }
        }
        try writer.finish()
    }

    /// `rows` as a CSV file as described above: a byte order mark, CR LF row ends, quoting where needed and every
    /// cell through the `SpreadsheetCell` guard.
    static func table(_ rows: [[String]]) throws -> Data {
        var data = Data()
        var writer = CSVTableWriter { data += $0 }
        for row in rows { try writer.write(row: row) }
        try writer.finish()
        return data
    }
}
