/// The forms a programme's work can be exported in: summaries to publish, data to analyse elsewhere.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The fortnight summary as Markdown, from a Mustache template.
    case markdown
    /// The fortnight summary as one self-contained, print-friendly HTML page with charts, from a Mustache template.
    case html
    /// One row per quote, for a spreadsheet.
    case csv
    /// The summary's data model, for other programs.
    case json
    /// The rapid-analysis matrix (rows of participants or attribute values, a column per concern) as CSV.
    case matrixCSV = "matrix-csv"
    /// The rapid-analysis matrix as one self-contained HTML table with the quotes in its cells.
    case matrixHTML = "matrix-html"

    /// The file name extension, e.g. `md`.
    var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html, .matrixHTML: return "html"
        case .csv, .matrixCSV: return "csv"
        case .json: return "json"
        }
    }

    /// What the interface's file is called before its fortnight, e.g. `summary` in `summary-fortnight-003.md`.
    var fileStem: String {
        isMatrix ? "matrix" : "summary"
    }

    /// Whether the format can hold several fortnights at once (`--all`, `--fortnights`); summaries are one fortnight
    /// each.
    var coversSeveralFortnights: Bool {
        self == .csv || self == .json || isMatrix
    }

    /// Whether the format is a summary carrying its figures (shares of participants), which are provisional while a
    /// fortnight's logs are still to code; CSV and the matrix are working documents of the quotes.
    public var carriesFigures: Bool {
        self == .markdown || self == .html || self == .json
    }

    /// Whether the format is rendered through a Mustache template, and so accepts a facilitator's own.
    public var usesTemplate: Bool {
        self == .markdown || self == .html
    }

    /// Whether the format is the rapid-analysis matrix, and so takes `MatrixLayout`'s rows and cells.
    var isMatrix: Bool {
        self == .matrixCSV || self == .matrixHTML
    }
}
