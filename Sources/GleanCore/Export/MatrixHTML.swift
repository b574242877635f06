import Foundation
import GleanResources
import Mustache

/// The rapid-analysis matrix as one self-contained HTML page (`Resources/templates/matrix.html.mustache`): a table
/// with a sticky header row of concerns (name and theme) and a sticky first column of rows, scrolling sideways on a
/// narrow screen and printing on A4 landscape. Mustache escapes every text, and control characters, bidi overrides
/// included, become visible placeholders first (line breaks inside a quote are kept).
enum MatrixHTML {
    /// The page of `matrix` of `project`, with `cells` in its cells.
    static func data(_ matrix: Matrix, of project: Project, cells: MatrixLayout.Cells) throws -> Data {
        let file = BundledResources.templates.appendingPathComponent("matrix.html.mustache")
        guard let text = FileManager.default.contents(atPath: file.path) else {
            throw ProjectError(file: file.path, problem: "the template cannot be read")
        }
        let template = try MustacheTemplate(string: String(decoding: text, as: UTF8.self))
        return Data(template.render(MatrixTemplateContext(matrix, of: project, cells: cells)).utf8)
    }
}

/// The values `matrix.html.mustache` sees, every text cleaned as `ExportText.cleaned` cleans it.
struct MatrixTemplateContext {
    /// A concern's column heading.
    struct Heading {
        let name: String
        let theme: String
    }

    /// A quote in a cell.
    struct Quote {
        let text: String
        let date: String
        let fortnight: Int
        let participant: String
        let showsParticipant: Bool
        let featured: Bool
    }

    /// A cell: its quotes, or its figures in words.
    struct Cell {
        let raised: Bool
        let hasQuotes: Bool
        let quotes: [Quote]
        let hasFigures: Bool
        let figures: String
    }

    /// A row, its heading cell giving who wrote in it.
    struct Row {
        let label: String
        let figures: String
        let cells: [Cell]
    }

    let programme: String
    let title: String
    let logs: Int
    let participants: Int
    let heading: String
    let rowNoun: String
    let showsQuotes: Bool
    let cellsClass: String
    let columns: [Heading]
    let rows: [Row]
    let total: Row

    /// The context of `matrix` of `project`, with `cells` in its cells.
    init(_ matrix: Matrix, of project: Project, cells: MatrixLayout.Cells) {
        let clean = ExportText.cleaned
        let programme = project.programme
        let first = matrix.fortnights.first ?? 1
        let last = matrix.fortnights.last ?? first
        self.programme = clean(programme.name)
        title =
            first == last
            ? programme.title(ofFortnight: first)
            : "Fortnights \(first) to \(last) — \(programme.firstDay(ofFortnight: first).longText) to "
                + programme.lastDay(ofFortnight: last).longText
        logs = matrix.total.logs
        participants = matrix.total.participants
        heading = clean(matrix.heading)
        rowNoun = matrix.byParticipant ? "participant" : "value of \(clean(matrix.heading))"
        showsQuotes = cells == .quotes
        cellsClass = cells.rawValue
        columns = matrix.columns.map { Heading(name: clean($0.name), theme: clean($0.theme)) }
        let row = { (row: Matrix.Row, single: Bool, quotes: Bool) -> Row in
            Row(
                label: clean(row.label), figures: MatrixTemplateContext.figures(of: row, single: single),
                cells: row.cells.map { cell in
                    let entries = quotes ? cell.quotes : []
                    return Cell(
                        raised: !cell.quotes.isEmpty, hasQuotes: !entries.isEmpty,
                        quotes: entries.map {
                            Quote(
                                text: clean($0.text), date: $0.date.iso, fortnight: $0.fortnight,
                                participant: clean($0.participant), showsParticipant: !single, featured: $0.featured)
                        },
                        hasFigures: !quotes && !cell.quotes.isEmpty,
                        figures: Matrix.figures(cell, of: row, single: single))
                })
        }
        rows = matrix.rows.map { row($0, matrix.byParticipant, cells == .quotes) }
        total = row(matrix.total, false, false)
    }

    /// Who wrote in a row: "2 logs" for one participant, "9 participants, 12 logs" otherwise.
    private static func figures(of row: Matrix.Row, single: Bool) -> String {
        let logs = row.logs == 1 ? "1 log" : "\(row.logs) logs"
        guard !single else { return logs }
        return "\(row.participants) participant\(row.participants == 1 ? "" : "s"), \(logs)"
    }
}
