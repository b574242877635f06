/// A count out of a total, e.g. 10 of 26 participants who wrote, with its percentage rounded half-up to a whole
/// number: the one rounding rule every figure Glean shows follows.
public struct Share: Equatable, Sendable {
    /// How many, e.g. participants who raised a concern.
    public var count: Int
    /// Out of how many, e.g. participants who wrote in the fortnight.
    var total: Int

    /// Creates a share.
    init(count: Int, of total: Int) {
        self.count = count
        self.total = total
    }

    /// The percentage, rounded half-up (38.5 → 39); 0 when the total is 0.
    public var percent: Int {
        guard total > 0 else { return 0 }
        return (200 * count + total) / (2 * total)
    }

    /// "10 of 26 (38%)".
    var text: String { "\(count) of \(total) (\(percent)%)" }
}
