import Foundation

/// The rapid-analysis matrix as CSV, written as `CSVExport` writes (byte order mark, CR LF, quoting, the formula
/// guard on every cell).
///
/// The header is the row heading (`participant` or the attribute's name), `participants`, `logs`, then per concern
/// in codebook order either one column named after it holding its quotes, or (counts) two, `NAME: participants`
/// (how many of the row's participants raised it) and `NAME: quotes`. The last row, `all participants`, covers
/// everyone who wrote; with quotes in the cells it gives each concern's figures in words instead of every quote
/// again.
enum MatrixCSV {
    /// The CSV of `matrix` with `cells` in its cells.
    static func data(_ matrix: Matrix, cells: MatrixLayout.Cells) throws -> Data {
        let header =
            [matrix.heading, "participants", "logs"]
            + matrix.columns.flatMap { column -> [String] in
                switch cells {
                case .quotes: return [column.name]
                case .count: return ["\(column.name): participants", "\(column.name): quotes"]
                }
            }
        let lines = matrix.rows.map { row in
            figures(row)
                + row.cells.flatMap { cell -> [String] in
                    switch cells {
                    case .quotes: return [cell.quotes.map { entry(matrix, $0) }.joined(separator: "\n\n")]
                    case .count: return counts(cell)
                    }
                }
        }
        let total =
            figures(matrix.total)
            + matrix.total.cells.flatMap { cell -> [String] in
                switch cells {
                case .quotes: return [Matrix.figures(cell, of: matrix.total, single: false)]
                case .count: return counts(cell)
                }
            }
        return try CSVExport.table([header] + lines + [total])
    }

    /// A quote as a cell shows it: `“text” (2020-05-14, fortnight 3, featured)`, the writer first when a row holds
    /// several participants.
    static func entry(_ matrix: Matrix, _ entry: Matrix.Entry) -> String {
        let about =
            (matrix.byParticipant ? [] : [entry.participant])
            + [entry.date.iso, "fortnight \(entry.fortnight)"] + (entry.featured ? ["featured"] : [])
        return "“\(entry.text)” (\(about.joined(separator: ", ")))"
    }

    private static func figures(_ row: Matrix.Row) -> [String] {
        [row.label, String(row.participants), String(row.logs)]
    }

    private static func counts(_ cell: Matrix.Cell) -> [String] {
        [String(cell.raisedBy), String(cell.quotes.count)]
    }
}
