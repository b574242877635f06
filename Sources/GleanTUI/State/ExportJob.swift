import GleanCore

/// An export the interface is writing in the background: while it runs, keys go on working and Esc cancels it.
public struct ExportJob: Equatable, Sendable {
    /// The fortnight exported.
    public var fortnight: Int
    /// The format written.
    public var format: ExportFormat

    /// Creates a job.
    public init(fortnight: Int, format: ExportFormat) {
        self.fortnight = fortnight
        self.format = format
    }

    /// The name of the file being written in the project's exports folder, e.g. `summary-fortnight-003.md`.
    public var fileName: String { SummaryExport.fileName(fortnight: fortnight, format: format) }
}
