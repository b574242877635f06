/// Checks a CSV text's quoting before it is read, because the reader (CSV.swift) takes a quoted field that is never
/// closed, or closed too early, without a word: an unclosed quote swallows every following row into one answer, and
/// a stray quote inside a quoted field drops the character after it.
///
/// The rules are RFC 4180's, as the reader applies them: a field is quoted when it begins with `"`; inside it `""`
/// stands for a quote, and the closing quote must be followed by a comma, a line break or the end of the file. A `"`
/// inside a field that does not begin with one is an ordinary character.
///
/// The same pass bounds what the reader is given: a field over `InputLimits.logTextBytes` or a row over
/// `InputLimits.csvRowBytes` is refused at the line it starts on, before the reader (slow on huge fields) sees it.
enum CSVQuoting {
    /// Throws a `ProjectError` naming `file` and the line where the first badly quoted or oversized field or row
    /// starts.
    /// - Complexity: O(n) in the UTF-8 length of `text`; lines are counted only for a message.
    static func check(_ text: String, file: String) throws {
        try UTF8Scalars.withBytes(of: text) { try check($0, file: file) }
    }

    private static func check(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        let end = bytes.count
        var state = State.fieldStart
        var fieldStart = 0
        var rowStart = 0
        var rowStarted = false
        var index = 0
        /// Throws when the byte at `index` takes its field or row over the limits, as the first such byte is met.
        func checkSizes() throws {
            if index - fieldStart + 1 > InputLimits.logTextBytes + delimiterBytes {
                throw ProjectError(
                    file: file, line: line(at: fieldStart, in: bytes),
                    problem:
                        "the field starting here is over the \(InputLimits.describe(bytes: InputLimits.logTextBytes)) "
                        + "one log may hold (refused)")
            }
            if index - rowStart + 1 > InputLimits.csvRowBytes {
                throw ProjectError(
                    file: file, line: line(at: rowStart, in: bytes),
                    problem:
                        "the row starting here is over the \(InputLimits.describe(bytes: InputLimits.csvRowBytes)) "
                        + "one row may hold (refused)")
            }
        }
        /// Passes bytes up to the first that `stops`, or that breaks a limit (`checkSizes` then throws).
        func skip(until stops: (UInt8) -> Bool) throws {
            let limit = min(
                end, fieldStart + InputLimits.logTextBytes + delimiterBytes, rowStart + InputLimits.csvRowBytes)
            while index < limit, !stops(bytes[index]) { index += 1 }
            if index < end { try checkSizes() }
        }
        while index < end {
            switch state {
            case .fieldStart:
                fieldStart = index
                if !rowStarted { (rowStart, rowStarted) = (index, true) }
                try checkSizes()
                let byte = bytes[index]
                if byte == quote {
                    state = .quoted
                } else if isBreak(byte) {
                    rowStarted = false
                } else if byte != comma {
                    state = .unquoted
                }
            case .unquoted:
                try skip(until: isDelimiter)
                guard index < end else { break }
                state = .fieldStart
                if isBreak(bytes[index]) { rowStarted = false }
            case .quoted:
                try skip { $0 == quote }
                guard index < end else { break }
                state = .closed
            case .closed:
                try checkSizes()
                let byte = bytes[index]
                if byte == quote {
                    state = .quoted
                } else if isDelimiter(byte) {
                    state = .fieldStart
                    if isBreak(byte) { rowStarted = false }
                } else {
                    throw ProjectError(
                        file: file, line: line(at: fieldStart, in: bytes),
                        problem:
                            "unterminated quoted field starting here: the quote on line \(line(at: index, in: bytes)) "
                            + "that seems to close it is followed by more text (a closing quote is missing, or a quote "
                            + "inside the field is not doubled as \"\")")
                }
            }
            index += 1
        }
        if state == .quoted {
            throw ProjectError(
                file: file, line: line(at: fieldStart, in: bytes),
                problem:
                    "unterminated quoted field starting here: its closing quote is missing, so the rest of the file "
                    + "would be read as one answer")
        }
    }

    /// The line the byte at `offset` is on: one more than the line breaks before it (LF, CR LF or a lone CR).
    private static func line(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var previous: UInt8 = 0
        for byte in UnsafeBufferPointer(rebasing: bytes[..<offset]) {
            if byte == carriageReturn || (byte == lineFeed && previous != carriageReturn) { line += 1 }
            previous = byte
        }
        return line
    }

    private static func isBreak(_ byte: UInt8) -> Bool { byte == lineFeed || byte == carriageReturn }

    private static func isDelimiter(_ byte: UInt8) -> Bool { byte == comma || isBreak(byte) }

    private enum State {
        case fieldStart, unquoted, quoted, closed
    }

    /// The bytes a field holds beyond its text: two quotes and the comma or line break that ends it.
    private static let delimiterBytes = 3
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
