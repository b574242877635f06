/// The REFI-QDA exchange formats: a whole project (QDPX) or its codebook (QDC).
///
/// Kept apart from `ExportFormat`, which lists summaries of one fortnight that the interface's export picker offers.
public enum ExchangeFormat: String, CaseIterable, Sendable {
    /// A zip of `project.qde` and the log texts under `sources/`.
    case qdpx
    /// The codebook alone, as XML.
    case qdc
}
