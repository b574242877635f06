/// Repeated observations of one quantity (milliseconds or mebibytes), summarised by nearest-rank percentiles.
struct Samples {
    /// The observations, in the order they were made.
    private(set) var values: [Double] = []

    /// How many observations there are.
    var count: Int { values.count }

    /// Adds one observation.
    mutating func append(_ value: Double) {
        values.append(value)
    }

    /// The nearest-rank percentile `p` (0…1): with five observations p99 is the largest, p50 the third.
    ///
    /// - Complexity: O(*n* log *n*), for the sort.
    func percentile(_ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
