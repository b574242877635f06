/// One line of the report: a measured quantity at one size, its percentiles, and the target it is held to.
struct Measure: Codable {
    /// What was measured, e.g. "keystroke: move (↓ on Logs)".
    let name: String
    /// "ms" or "MiB".
    let unit: String
    /// How many observations.
    let n: Int
    /// The median.
    let p50: Double
    /// The 99th percentile (nearest rank, so the largest observation when n < 100).
    let p99: Double
    /// The target, if the issue sets one.
    let target: Target?
    /// Whether the target is met; nil without a target.
    let met: Bool?
    /// Anything worth knowing to read the figures, with its ratio to the floors when it has one.
    var note: String?

    /// Summarises `samples` against `target`.
    init(_ name: String, unit: String = "ms", _ samples: Samples, target: Target? = nil, note: String? = nil) {
        self.name = name
        self.unit = unit
        n = samples.count
        let (median, tail) = (samples.percentile(0.5), samples.percentile(0.99))
        p50 = median
        p99 = tail
        self.target = target
        met = target.map { ($0.statistic == .p50 ? median : tail) <= $0.limit }
        self.note = note
    }
}

/// An upper limit from the issue on one statistic of a measure.
struct Target: Codable {
    /// Which statistic the limit applies to.
    enum Statistic: String, Codable {
        case p50, p99
    }

    /// The limit, in the measure's unit.
    let limit: Double
    /// The statistic held to the limit.
    let statistic: Statistic

    /// `statistic` ≤ `limit`.
    init(_ statistic: Statistic, atMost limit: Double) {
        self.statistic = statistic
        self.limit = limit
    }
}
