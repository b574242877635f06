/// The REFI-QDA exchange formats: a whole project (QDPX) or its codebook (QDC).
///
/// `ExportFormat.exchange` offers each as an export; `glean import` reads them.
public enum ExchangeFormat: String, CaseIterable, Sendable {
    /// A zip of `project.qde` and the log texts under `sources/`.
    case qdpx
    /// The codebook alone, as XML.
    case qdc
}
