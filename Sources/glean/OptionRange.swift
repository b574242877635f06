import ArgumentParser

/// Checks a numeric option against the range the README documents for it, so an out-of-range value is refused with
/// a usage error (exit status 64) before anything is read, allocated or computed from it.
enum OptionRange {
    /// Throws a `ValidationError` when `value` is given and outside `range`, naming `option` and the range.
    static func check(_ value: Int?, _ range: ClosedRange<Int>, option: String) throws {
        guard let value, !range.contains(value) else { return }
        let bounds =
            range.upperBound == Int.max
            ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
        throw ValidationError("\(option) must be \(bounds), not \(value)")
    }
}
