/// The counts as a plain-text table, for `glean counts` without `--json`.
public enum CountsText {
    /// The whole table (and one table per attribute value when `attribute` is given); when more than one facilitator
    /// coded, a line says whose coding it uses, naming them by `names`.
    public static func render(
        _ project: Project, window: Int, attribute: String?, names: FacilitatorNames = FacilitatorNames()
    ) -> String {
        var text =
            "\(project.programme.name): participants (p), their share of those who wrote (%), quotes (q) "
            + "and the change in percentage points per concern; the last column totals the last \(window) "
            + "fortnight\(window == 1 ? "" : "s")\n\n"
        if let coding = CodingBasis(project: project).sentence(naming: names.name(of:)) {
            text += coding + "\n\n"
        }
        text += table(CountsTable(project: project, window: window), project)
        if let attribute {
            for group in AttributeBreakdown(project: project, attribute: attribute, window: window).groups {
                text += "\n\(attribute): \(group.value)\n"
                text += table(group.table, project)
            }
        }
        return text
    }

    private static func table(_ table: CountsTable, _ project: Project) -> String {
        let nameWidth = max(24, (project.codebook.concerns.map { $0.name.count + 5 }.max() ?? 0))
        let columnWidth = 19
        var lines: [String] = []
        var header = pad("Concern", nameWidth)
        var totals = pad("Logs / participants", nameWidth)
        var done = pad("Logs done", nameWidth)
        for row in table.fortnights {
            let end = project.programme.lastDay(ofFortnight: row.number).shortText
            header += pad("F\(row.number) \(end)\(row.isProvisional ? " \(provisionalMark)" : "")", columnWidth)
            totals += pad("\(row.logs) / \(row.participants)", columnWidth)
            done += pad("\(row.logsDone)/\(row.logs) done", columnWidth)
        }
        header += "Window"
        lines.append(header)
        lines.append(totals)
        lines.append(done)
        let latest = table.fortnights.last
        for theme in project.codebook.themes {
            lines.append(theme)
            for (index, concern) in project.codebook.concerns.enumerated() where concern.theme == theme {
                let key = concern.key.map(String.init) ?? " "
                var line = pad("  \(key) \(concern.name)", nameWidth)
                for row in table.fortnights {
                    let count = row.concerns[index]
                    let figure = table.figure(of: concern.id, fortnight: row.number)
                    let mark = row.isProvisional ? provisionalMark : figure.arrow
                    line += pad("\(count.participants)p \(figure.share.percent)% \(count.quotes)q \(mark)", columnWidth)
                }
                if let count = latest?.concerns[index] {
                    line += "\(count.windowParticipants)p \(count.windowQuotes)q"
                }
                lines.append(line)
            }
        }
        let provisional = table.fortnights.filter(\.isProvisional)
        if !provisional.isEmpty {
            let which = provisional.map { "F\($0.number) \($0.logs - $0.logsDone) of \($0.logs)" }.joined(
                separator: ", ")
            lines.append("")
            lines.append(
                "\(provisionalMark) provisional: logs still to code (\(which)); those figures may change, "
                    + "so no rise or fall is shown")
        }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    /// The mark of a provisional fortnight's column and figures.
    public static let provisionalMark = "*"

    /// "▲2", "▼1", or "" when unchanged or first.
    public static func arrow(_ change: Int?) -> String {
        guard let change, change != 0 else { return "" }
        return change > 0 ? "▲\(change)" : "▼\(-change)"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    /// The string without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
