import Foundation

/// Everything measured at one size.
struct SizeReport: Codable {
    /// "1k", "10k" or "100k".
    let size: String
    /// Logs in the project.
    let logs: Int
    /// Quotes in the project.
    let quotes: Int
    /// Fortnights in the project.
    let fortnights: Int
    /// The project's size on disk (`du -sk`), in MiB.
    let diskMiB: Double
    /// The measures, in the order taken.
    let measures: [Measure]
    /// What was left out, and why.
    let notes: [String]

    /// The size's heading and table in Markdown.
    var markdown: String {
        var lines = [
            "### \(size): \(logs) logs, \(quotes) quotes, \(fortnights) fortnights, \(Self.format(diskMiB)) MiB on disk",
            "",
            "| Measure | n | p50 | p99 | Target | Met |",
            "| --- | ---: | ---: | ---: | --- | --- |",
        ]
        for measure in measures {
            let target =
                measure.target.map { "\($0.statistic.rawValue) ≤ \(Self.format($0.limit)) \(measure.unit)" } ?? "—"
            let remarks = [measure.met.map { $0 ? "met" : "**missed**" }, measure.note].compactMap { $0 }
            let met = remarks.isEmpty ? "—" : remarks.joined(separator: "; ")
            lines.append(
                "| \(measure.name) | \(measure.n) | \(Self.format(measure.p50)) \(measure.unit) "
                    + "| \(Self.format(measure.p99)) \(measure.unit) | \(target) | \(met) |")
        }
        lines += notes.isEmpty ? [] : [""] + notes.map { "- \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Three significant figures, or two decimals under 1.
    private static func format(_ value: Double) -> String {
        switch abs(value) {
        case ..<1: return String(format: "%.3f", value)
        case ..<10: return String(format: "%.2f", value)
        case ..<100: return String(format: "%.1f", value)
        default: return String(format: "%.0f", value)
        }
    }
}
