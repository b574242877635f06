import GleanCore

/// A log laid out for the Reader: section headings and wrapped text rows, laid out from the top only as far as
/// needed (`extend`), so showing the start of a long log costs a screenful, not the whole log.
struct ReaderLayout: Equatable, Sendable {
    /// One displayed line.
    enum Line: Equatable, Sendable {
        case heading(String)
        case text(Row)
        case blank
    }

    /// A row of a section's text: its UTF-8 offsets, to draw it, and its Unicode-scalar offsets, the unit of quotes
    /// and selections.
    struct Row: Equatable, Sendable {
        var section: Int
        var bytes: Range<Int>
        var offsets: Range<Int>
    }

    /// Where laying out stopped: the start of the next row of `section`, which may still need its heading.
    private struct Frontier: Equatable, Sendable {
        var section: Int
        var position: TextPosition
        var headed: Bool
    }

    /// The text column's width.
    let width: Int
    /// The lines laid out so far, from the top.
    private(set) var lines: [Line] = []
    /// The index in `lines` of each text row, in reading order.
    private var rowLines: [Int] = []
    private var frontier: Frontier? = Frontier(section: 0, position: TextPosition(byte: 0, scalar: 0), headed: false)

    /// The width of the text column on a screen `screenWidth` cells wide: the margin takes three.
    static func textWidth(screenWidth: Int) -> Int {
        max(1, screenWidth - 3)
    }

    /// An empty layout for a text column `width` wide.
    init(width: Int) {
        self.width = max(1, width)
    }

    /// Lays out `sections` (the log this layout was begun for) until the row holding scalar `offset` of `section`,
    /// and `rowsBeyond` more lines, are laid out, or the log ends.
    mutating func extend(_ sections: [LogSection], through section: Int, offset: Int, rowsBeyond: Int) {
        while let current = frontier {
            if let line = laidOutLine(of: section, offset: offset), lines.count > line + rowsBeyond { return }
            guard sections.indices.contains(current.section) else {
                frontier = nil
                return
            }
            if !current.headed {
                if current.section > 0 { lines.append(.blank) }
                lines.append(.heading(sections[current.section].prompt))
                frontier?.headed = true
            }
            let (rows, rest) = TextLayout.wrappedRows(
                sections[current.section].text, width: width, from: current.position, limit: max(rowsBeyond, 64))
            for row in rows {
                rowLines.append(lines.count)
                lines.append(.text(Row(section: current.section, bytes: row.bytes, offsets: row.scalars)))
            }
            if let rest {
                frontier?.position = rest
            } else {
                frontier = Frontier(
                    section: current.section + 1, position: TextPosition(byte: 0, scalar: 0), headed: false)
            }
        }
    }

    /// The line holding scalar `offset` of `section`: the first row of the section ending after it, else the
    /// section's last row; nil when the section has no row laid out.
    func line(of section: Int, offset: Int) -> Int? {
        let index = firstRow { $0.section > section || ($0.section == section && $0.offsets.upperBound > offset) }
        if index < rowLines.count, row(index).section == section { return rowLines[index] }
        if index > 0, row(index - 1).section == section { return rowLines[index - 1] }
        return nil
    }

    /// `line(of:offset:)`, when that row is surely the one the whole layout would give: some row of the section ends
    /// after `offset`, or the section is laid out to its end.
    private func laidOutLine(of section: Int, offset: Int) -> Int? {
        guard let line = line(of: section, offset: offset) else { return nil }
        guard case .text(let row) = lines[line], row.offsets.upperBound <= offset else { return line }
        return frontier.map { $0.section > section } ?? true ? line : nil
    }

    private func row(_ index: Int) -> Row {
        guard case .text(let row) = lines[rowLines[index]] else {
            preconditionFailure("rowLines holds text lines only")
        }
        return row
    }

    /// The index of the first row for which `isAfter` holds, which must hold for every row after it too.
    private func firstRow(_ isAfter: (Row) -> Bool) -> Int {
        var low = 0
        var high = rowLines.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(row(middle)) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
