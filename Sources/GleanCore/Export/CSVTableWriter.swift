import Foundation

/// Writes a table as the CSV file `CSVExport` describes, row by row, handing the bytes on in blocks so a table of any
/// size never sits whole in memory.
///
/// Each cell is guarded, cleaned and quoted in one pass over its UTF-8 (`SpreadsheetCell`, `ExportText`), and the
/// bytes are those CSV.swift's writer gave before (Glean used it until it grew slow on large exports): rows joined by
/// CR LF and one CR LF after the last, a cell quoted when it holds a quote, a comma or a line break, its quotes
/// doubled. That writer compares text as Foundation does, so a quote, comma or line break followed by a combining
/// mark does not count; a cell with such a character followed by anything but ASCII is quoted by the same calls.
struct CSVTableWriter {
    /// Bytes gathered before they are handed on.
    static let blockSize = 1 << 20

    private let drain: ([UInt8]) throws -> Void
    private var pending: [UInt8] = [0xEF, 0xBB, 0xBF]
    private var cell: [UInt8] = []
    private var wroteCell = false

    /// A writer that hands `drain` the file's bytes in order, a block at a time, starting with the byte order mark.
    init(drain: @escaping ([UInt8]) throws -> Void) {
        self.drain = drain
        pending.reserveCapacity(Self.blockSize + (64 << 10))
    }

    /// Writes one row.
    mutating func write(row: [String]) throws {
        for (index, value) in row.enumerated() {
            if index == 0, wroteCell { pending += Self.rowEnd }
            if index > 0 { pending.append(Self.comma) }
            wroteCell = true
            append(value)
        }
        if pending.count >= Self.blockSize { try flush() }
    }

    /// Ends the last row and hands on what is left.
    mutating func finish() throws {
        pending += Self.rowEnd
        try flush()
    }

    private mutating func flush() throws {
        try drain(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Appends `value` as a cell: guarded, cleaned, and quoted when it needs to be.
    private mutating func append(_ value: String) {
        cell.removeAll(keepingCapacity: true)
        if SpreadsheetCell.startsAFormula(value) { cell.append(UInt8(ascii: "'")) }
        ExportText.appendCleaned(value, to: &cell)
        switch quoting(cell) {
        case .none:
            pending += cell
        case .quoted:
            pending.append(Self.quote)
            for byte in cell {
                if byte == Self.quote { pending.append(Self.quote) }
                pending.append(byte)
            }
            pending.append(Self.quote)
        case .asFoundationDecides:
            appendAsFoundationDecides(String(decoding: cell, as: UTF8.self))
        }
    }

    private enum Quoting {
        case none, quoted, asFoundationDecides
    }

    /// Whether `cell` (cleaned, so without CR) must be quoted: it holds a quote, comma or line feed, each followed by
    /// ASCII or nothing; or `.asFoundationDecides` when one is followed by anything else.
    private func quoting(_ cell: [UInt8]) -> Quoting {
        var special = false
        for (index, byte) in cell.enumerated() where byte == Self.quote || byte == Self.comma || byte == Self.lineFeed {
            special = true
            if index + 1 < cell.count, cell[index + 1] >= 0x80 { return .asFoundationDecides }
        }
        return special ? .quoted : .none
    }

    /// Appends `value` quoted and escaped by exactly the calls CSV.swift's writer makes.
    private mutating func appendAsFoundationDecides(_ value: String) {
        let delimiter = ","
        let quoted =
            value.contains("\"") || value.contains(delimiter) || value.contains("\r") || value.contains("\n")
            || value.contains("\r\n")
        guard quoted else {
            pending += value.utf8
            return
        }
        pending.append(Self.quote)
        pending += value.replacingOccurrences(of: "\"", with: "\"\"").utf8
        pending.append(Self.quote)
    }

    private static let rowEnd: [UInt8] = [0x0D, 0x0A]
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
}
