/// The screens, identified; `entry` (see `ScreenRegistry`) gives each one's title, keys, view and update.
public enum ScreenID: Equatable, CaseIterable, Sendable {
    case logs, reader, counts, codebook, quoteList, agreement
    /// The disagreements between facilitators, and one of them compared side by side.
    case disagreements, comparison
    case importPreview
}
