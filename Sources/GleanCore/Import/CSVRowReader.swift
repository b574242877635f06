/// Splits CSV text into rows of fields, working on its UTF-8 bytes: each field is made from a slice of them in one
/// step, never a character at a time.
///
/// The rules are RFC 4180's as CSV.swift's reader applies them, which Glean used before and whose rows this gives
/// unchanged: a field is quoted when it begins with `"`, and inside it `""` stands for a quote; rows end at LF, CR LF
/// or a lone CR outside quotes; a quoted field keeps its line breaks as written; a comma at the end of a row gives an
/// empty last field. `CSVQuoting.check` refuses badly quoted text first; given it anyway, the reader does what
/// CSV.swift does (a quoted field never closed runs to the end, and a stray quote keeps itself but drops what follows).
struct CSVRowReader: IteratorProtocol {
    private let bytes: [UInt8]
    private var position = 0
    /// The bytes of a quoted field with doubled quotes, gathered without them.
    private var unescaped: [UInt8] = []

    /// A reader of `text`, from its first row.
    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The fields of the next row, or nil at the end of the text.
    mutating func next() -> [String]? {
        guard position < bytes.count else { return nil }
        var row: [String] = []
        while true {
            guard position < bytes.count else {
                row.append("")
                return row
            }
            let (field, endsRow) = bytes[position] == Self.quote ? quotedField() : unquotedField()
            row.append(field)
            if endsRow { return row }
        }
    }

    /// The field from `position` to the next comma or line break, which it passes.
    private mutating func unquotedField() -> (String, endsRow: Bool) {
        let start = position
        var end = start
        while end < bytes.count, !Self.isDelimiter(bytes[end]) { end += 1 }
        let field = text(start..<end)
        position = end
        return (field, endsRow: passDelimiter())
    }

    /// The quoted field opening at `position`, without its quotes and with `""` read as `"`; passes the comma or line
    /// break after it.
    private mutating func quotedField() -> (String, endsRow: Bool) {
        var start = position + 1
        var cursor = start
        unescaped.removeAll(keepingCapacity: true)
        var escaped = false
        while true {
            while cursor < bytes.count, bytes[cursor] != Self.quote { cursor += 1 }
            guard cursor < bytes.count else {
                position = cursor
                return (finish(start..<cursor, escaped), endsRow: true)
            }
            let after = cursor + 1
            if after < bytes.count, bytes[after] == Self.quote {
                unescaped += bytes[start...cursor]
                escaped = true
                start = after + 1
                cursor = start
            } else if after == bytes.count || Self.isDelimiter(bytes[after]) {
                let field = finish(start..<cursor, escaped)
                position = after
                return (field, endsRow: passDelimiter())
            } else {
                unescaped += bytes[start...cursor]
                escaped = true
                start = after + Self.scalarLength(leadingByte: bytes[after])
                cursor = start
            }
        }
    }

    /// The field whose last bytes are `range`, after those gathered in `unescaped` when `escaped`.
    private mutating func finish(_ range: Range<Int>, _ escaped: Bool) -> String {
        guard escaped else { return text(range) }
        unescaped += bytes[range.clamped(to: 0..<bytes.count)]
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Passes the comma or line break (CR LF as one) at `position`, if any; true unless it was a comma.
    private mutating func passDelimiter() -> Bool {
        guard position < bytes.count else { return true }
        let byte = bytes[position]
        position += 1
        if byte == Self.comma { return false }
        if byte == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
        return true
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
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
