/// How `/`, `n` and `N` search a screen (see `Search`).
enum ScreenSearch {
    /// The Logs screen: the logs of the fortnight whose text matches.
    case logs
    /// The Reader: the occurrences in the open log.
    case openLog
    /// A short list, searched row by row.
    case rows(SearchRows)
}

/// A list searched row by row: each row's searchable text, the row selected, and how to select another.
struct SearchRows {
    let rows: (AppState) -> [String]
    let current: (AppState) -> Int
    let select: (Int, inout AppState) -> Void
}
