/// Splits CSV text into rows of fields, working on its UTF-8 bytes: a row is read as where its fields lie, and a field
/// becomes a `String` only when asked for, made from a slice of the bytes in one step, never a character at a time.
///
/// The rules are RFC 4180's as CSV.swift's reader applies them, which Glean used before and whose rows this gives
/// unchanged: a field is quoted when it begins with `"`, and inside it `""` stands for a quote; rows end at LF, CR LF
/// or a lone CR outside quotes; a quoted field keeps its line breaks as written; a comma at the end of a row gives an
/// empty last field. `CSVQuoting.check` refuses badly quoted text first; given it anyway, the reader does what
/// CSV.swift does (a quoted field never closed runs to the end, and a stray quote keeps itself but drops what follows).
struct CSVRowReader: IteratorProtocol {
    /// The text read, whose UTF-8 the reader reads in place, without a copy.
    private let text: String
    private var position = 0

    /// A reader of `text`, from its first row.
    init(_ text: String) {
        self.text = text
    }

    /// The bytes read so far, rows and their line ends.
    var bytesRead: Int { position }

    /// The fields of the next row, or nil at the end of the text.
    mutating func next() -> [String]? {
        var row = CSVRow()
        guard next(into: &row) else { return nil }
        return texts(of: row)
    }

    /// The text of every field of `row` (read by this reader).
    func texts(of row: CSVRow) -> [String] {
        (0..<row.count).map { self.text(of: row, at: $0) }
    }

    /// Reads the next row into `row`, reusing its storage; false at the end of the text.
    mutating func next(into row: inout CSVRow) -> Bool {
        row.removeAll()
        guard position < text.utf8.count else { return false }
        let end = text.utf8.count
        position = UTF8Scalars.withBytes(of: text) { buffer in
            var cursor = position
            while true {
                guard cursor < end else {
                    row.append(.bytes(cursor..<cursor))
                    return cursor
                }
                if buffer[cursor] == Self.quote {
                    cursor = quotedField(from: cursor, in: buffer, into: &row)
                } else {
                    let start = cursor
                    while cursor < end, !Self.isDelimiter(buffer[cursor]) { cursor += 1 }
                    row.append(.bytes(start..<cursor))
                }
                let (next, endsRow) = Self.passDelimiter(at: cursor, in: buffer)
                cursor = next
                if endsRow { return cursor }
            }
        }
        return true
    }

    /// The text of field `index` of `row` (read by this reader), or "" for a field past the row's end.
    func text(of row: CSVRow, at index: Int) -> String {
        guard index < row.count else { return "" }
        switch row.fields[index] {
        case .bytes(let range):
            return UTF8Scalars.withBytes(of: text) {
                String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
            }
        case .text(let text): return text
        }
    }

    /// Whether every field of `row` is empty or only white space.
    func isBlank(_ row: CSVRow) -> Bool {
        row.fields.indices.allSatisfy { index in
            if case .bytes(let range) = row.fields[index], range.isEmpty { return true }
            return text(of: row, at: index).isBlank
        }
    }

    /// Reads the quoted field opening at `start` into `row`, without its quotes and with `""` read as `"`, counting
    /// the line breaks inside it; returns where it ends (after its closing quote, or at the end of the text).
    private func quotedField(from start: Int, in buffer: UnsafeBufferPointer<UInt8>, into row: inout CSVRow) -> Int {
        let end = buffer.count
        var pieceStart = start + 1
        var cursor = pieceStart
        var unescaped: [UInt8] = []
        var escaped = false
        var previous: UInt8 = 0
        while true {
            while cursor < end, buffer[cursor] != Self.quote {
                let byte = buffer[cursor]
                if byte == Self.carriageReturn || (byte == Self.lineFeed && previous != Self.carriageReturn) {
                    row.lineBreaks += 1
                }
                previous = byte
                cursor += 1
            }
            previous = Self.quote
            let after = cursor + 1
            let closes = cursor == end || after == end || Self.isDelimiter(buffer[after])
            if closes {
                if escaped {
                    unescaped += UnsafeBufferPointer(rebasing: buffer[pieceStart..<cursor])
                    row.append(.text(String(decoding: unescaped, as: UTF8.self)))
                } else {
                    row.append(.bytes(pieceStart..<cursor))
                }
                return min(after, end)
            }
            unescaped += UnsafeBufferPointer(rebasing: buffer[pieceStart...cursor])
            escaped = true
            pieceStart = buffer[after] == Self.quote ? after + 1 : after + Self.scalarLength(leadingByte: buffer[after])
            cursor = min(pieceStart, end)
            pieceStart = cursor
        }
    }

    /// Passes the comma or line break (CR LF as one) at `position`, if any: where the next field or row starts, and
    /// whether the row ended (anything but a comma).
    private static func passDelimiter(at position: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (Int, endsRow: Bool) {
        guard position < buffer.count else { return (position, true) }
        let byte = buffer[position]
        if byte == comma { return (position + 1, false) }
        if byte == carriageReturn, position + 1 < buffer.count, buffer[position + 1] == lineFeed {
            return (position + 2, true)
        }
        return (position + 1, true)
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn
    }

    /// The number of bytes of the UTF-8 sequence that `byte` starts (1 for anything that starts none).
    private static func scalarLength(leadingByte byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}

/// One row as `CSVRowReader` reads it: where each field lies in the text (or its text, for a quoted field with
/// doubled quotes), and the line breaks inside its fields, which put the next row that many lines further down.
struct CSVRow {
    /// Where a field's text is.
    enum Field {
        /// These bytes of the text, as they are.
        case bytes(Range<Int>)
        /// Text made from the bytes, a quoted field's doubled quotes read as one.
        case text(String)
    }

    fileprivate(set) var fields: [Field] = []
    /// The line breaks inside the row's quoted fields (CR LF counted once).
    fileprivate(set) var lineBreaks = 0

    /// The number of fields.
    var count: Int { fields.count }

    fileprivate mutating func removeAll() {
        fields.removeAll(keepingCapacity: true)
        lineBreaks = 0
    }

    fileprivate mutating func append(_ field: Field) {
        fields.append(field)
    }
}
