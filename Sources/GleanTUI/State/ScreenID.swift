/// The screens, identified; `entry` (see `ScreenRegistry`) gives each one's title, keys, view and update.
public enum ScreenID: Equatable, CaseIterable, Sendable {
    /// The logs of a fortnight, the first screen.
    case logs
    /// One log, read and coded.
    case reader
    /// Participants and quotes per concern and fortnight.
    case counts
    /// The concerns and their themes, edited.
    case codebook
    /// The quotes of one cell of the Counts table.
    case quoteList
    /// Agreement between facilitators, opened from Counts.
    case agreement
    /// The disagreements between facilitators, and one of them compared side by side.
    case disagreements, comparison
    /// An import's rows before they are taken in.
    case importPreview
}
