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

    /// The file name extension, e.g. `md`.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .csv: return "csv"
        case .json: return "json"
        }
    }

    /// Whether the format can hold every fortnight at once (`--all`); summaries are one fortnight each.
    public var coversSeveralFortnights: Bool {
        self == .csv || self == .json
    }

    /// Whether the format carries the summary's figures (shares of participants), which are provisional while a
    /// fortnight's logs are still to code; CSV carries only the quotes.
    public var carriesFigures: Bool {
        self != .csv
    }

    /// Whether the format is rendered through a Mustache template, and so accepts a facilitator's own.
    public var usesTemplate: Bool {
        self == .markdown || self == .html
    }
}
