/// Where a summary exported with the others (`glean export --all`) links to: the index and its neighbours.
struct SummaryLinks: Equatable, Sendable {
    /// A link: the words shown and the file it points to, relative to the summary.
    struct Link: Equatable, Sendable {
        /// The words shown, e.g. "Fortnight 2 — week ending Sunday 3 May 2020".
        var title: String
        /// The file, e.g. `summary-fortnight-002.md`.
        var href: String
    }

    /// The index page of every summary.
    var index: Link
    /// The previous fortnight's summary; nil for the first.
    var previous: Link?
    /// The next fortnight's summary; nil for the latest.
    var next: Link?
    /// Every earlier fortnight's summary, oldest first.
    var earlier: [Link]
}
