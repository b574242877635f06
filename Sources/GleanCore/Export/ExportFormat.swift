/// Every form a programme's work can be exported in: summaries to publish, data to analyse elsewhere, and the whole
/// project or codebook for other qualitative-analysis tools. The command line's `--format` and the interface's export
/// picker both list these; a new format is a case here plus its writer.
public enum ExportFormat: Hashable, CaseIterable, RawRepresentable, Sendable {
    /// The fortnight summary as Markdown, from a Mustache template.
    case markdown
    /// The fortnight summary as one self-contained, print-friendly HTML page with charts, from a Mustache template.
    case html
    /// One row per quote, for a spreadsheet.
    case csv
    /// The summary's data model, for other programs.
    case json
    /// The rapid-analysis matrix (rows of participants or attribute values, a column per concern) as CSV.
    case matrixCSV
    /// The rapid-analysis matrix as one self-contained HTML table with the quotes in its cells.
    case matrixHTML
    /// The whole project (`qdpx`) or its codebook (`qdc`) as REFI-QDA.
    case exchange(ExchangeFormat)

    /// Every format, in the order `--format` lists them.
    public static let allCases: [ExportFormat] =
        [.markdown, .html, .csv, .json] + ExchangeFormat.allCases.map(ExportFormat.exchange) + [
            .matrixCSV, .matrixHTML,
        ]

    /// The formats of one fortnight's work, which the interface's export picker offers: all but the exchange ones.
    public static var fortnightFormats: [ExportFormat] {
        allCases.filter { !$0.isExchange }
    }

    /// The format called `rawValue` on the command line, e.g. `matrix-csv`.
    public init?(rawValue: String) {
        guard let format = ExportFormat.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = format
    }

    /// The format's name on the command line and in messages, e.g. `matrix-csv`.
    public var rawValue: String {
        switch self {
        case .markdown: return "markdown"
        case .html: return "html"
        case .csv: return "csv"
        case .json: return "json"
        case .matrixCSV: return "matrix-csv"
        case .matrixHTML: return "matrix-html"
        case .exchange(let kind): return kind.rawValue
        }
    }

    /// The file name extension, e.g. `md`.
    var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html, .matrixHTML: return "html"
        case .csv, .matrixCSV: return "csv"
        case .json: return "json"
        case .exchange(let kind): return kind.rawValue
        }
    }

    /// What the interface's file is called before its fortnight, e.g. `summary` in `summary-fortnight-003.md`.
    var fileStem: String {
        isMatrix ? "matrix" : "summary"
    }

    /// The REFI-QDA kind, when the format is an exchange one; nil for a summary, data or matrix.
    public var exchange: ExchangeFormat? {
        guard case .exchange(let kind) = self else { return nil }
        return kind
    }

    /// Whether the format holds the whole project for another tool, not fortnights of it.
    var isExchange: Bool {
        exchange != nil
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
    public var isMatrix: Bool {
        self == .matrixCSV || self == .matrixHTML
    }
}
