import GleanCore

extension ExportFormat {
    /// How the export picker lists the format (it offers `fortnightFormats`).
    var menuLabel: String {
        switch self {
        case .markdown: return "Markdown summary, ready to publish"
        case .html: return "HTML summary with charts, ready to print"
        case .csv: return "CSV of the fortnight's quotes, for a spreadsheet"
        case .json: return "JSON of the summary's data"
        case .matrixCSV: return "Matrix CSV: participants × concerns, quotes in cells"
        case .matrixHTML: return "Matrix HTML: participants × concerns, quotes in cells"
        case .exchange(.qdpx): return "QDPX: the whole project, for other QDA tools"
        case .exchange(.qdc): return "QDC: the codebook, for other QDA tools"
        }
    }
}
