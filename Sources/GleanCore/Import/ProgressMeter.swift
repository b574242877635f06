/// Counts the bytes of an input read so far and reports the share each time it passes another whole percent.
struct ProgressMeter {
    private let total: Int
    private let report: ((Double) -> Void)?
    private var done = 0
    private var lastPercent = -1

    /// A meter over `total` bytes that tells `report`, if any.
    init(total: Int, report: ((Double) -> Void)?) {
        self.total = max(total, 1)
        self.report = report
    }

    /// Counts `bytes` more; the count is capped at the total.
    mutating func advance(by bytes: Int) {
        done = min(done + bytes, total)
        let percent = done * 100 / total
        guard percent > lastPercent, let report else { return }
        lastPercent = percent
        report(Double(done) / Double(total))
    }

    /// Counts up to `bytes` done in all; the count is capped at the total.
    mutating func advance(to bytes: Int) {
        advance(by: bytes - done)
    }

    /// Reports the whole input read.
    mutating func finish() {
        advance(by: total)
    }
}
