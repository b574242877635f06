/// Where a summary exported with the others (`glean export --all`) links to: the index and its neighbours.
public struct SummaryLinks: Equatable, Sendable {
    /// A link: the words shown and the file it points to, relative to the summary.
    public struct Link: Equatable, Sendable {
        /// The words shown, e.g. "Fortnight 2 — week ending Sunday 3 May 2020".
        public var title: String
        /// The file, e.g. `summary-fortnight-002.md`.
        public var href: String
    }

    /// The index page of every summary.
    public var index: Link
    /// The previous fortnight's summary; nil for the first.
    public var previous: Link?
    /// The next fortnight's summary; nil for the latest.
    public var next: Link?
    /// Every earlier fortnight's summary, oldest first.
    public var earlier: [Link]
}
