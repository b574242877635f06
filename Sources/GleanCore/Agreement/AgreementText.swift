/// The table `glean agreement` prints: a row per concern and one for all concerns, the basis, and why any figure
/// is n/a.
public enum AgreementText {
    /// The columns' headings, in order: agreement, kappa, alpha, and the unitized alpha at the character unit.
    public static func headings(_ unit: AgreementUnit) -> [String] {
        ["Agree", "Kappa", "Alpha"] + (unit == .character ? ["uAlpha"] : [])
    }

    /// A row's figures as text, in the order of `headings`.
    static func figures(_ row: AgreementReport.Row) -> [String] {
        [row.agreement.text, row.kappa.text, row.alpha.text] + (row.unitizedAlpha.map { [$0.text] } ?? [])
    }

    /// Why each of `row`'s undefined figures is undefined: "kappa n/a: …", one per reason.
    public static func notes(_ row: AgreementReport.Row) -> [String] {
        let named =
            [("agree", row.agreement), ("kappa", row.kappa), ("alpha", row.alpha)]
            + (row.unitizedAlpha.map { [("uAlpha", $0)] } ?? [])
        var byReason: [(reason: String, names: [String])] = []
        for (name, figure) in named {
            guard let reason = figure.whyUndefined else { continue }
            if let index = byReason.firstIndex(where: { $0.reason == reason }) {
                byReason[index].names.append(name)
            } else {
                byReason.append((reason, [name]))
            }
        }
        return byReason.map { "\($0.names.joined(separator: ", ")) n/a: \($0.reason)" }
    }

    /// The whole table.
    public static func render(_ report: AgreementReport) -> String {
        let place = report.scope.fortnight.map { "fortnight \($0)" } ?? "all fortnights"
        var lines = [
            "Agreement by \(report.unit.rawValue), \(place): \(report.scope.facilitators.joined(separator: ", "))"
        ]
        let rows = report.concerns + [report.overall]
        let nameWidth = max(8, rows.map(\.name.count).max() ?? 8)
        let columns =
            ["Concern".padding(toLength: nameWidth, withPad: " ", startingAt: 0)] + headings(report.unit) + ["Units"]
        lines.append(
            columns.enumerated().map { $0.offset == 0 ? $0.element : pad($0.element, 8) }.joined(separator: "  "))
        for row in rows {
            let name = row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            lines.append(([name] + (figures(row) + [String(row.units)]).map { pad($0, 8) }).joined(separator: "  "))
        }
        lines.append("Basis: \(report.basis)")
        for row in rows {
            lines += notes(row).map { "  \(row.name): \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
