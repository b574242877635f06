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
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    static func check(_ text: String, file: String) throws {
        var state = State.fieldStart
        var line = 1
        var fieldLine = 1
        var rowLine = 1
        var fieldBytes = 0
        var rowBytes = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            let isBreak = byte == lineFeed || byte == carriageReturn
            if byte == carriageReturn || (byte == lineFeed && previous != carriageReturn) { line += 1 }
            let ends = byte == comma || isBreak
            if state == .fieldStart {
                fieldBytes = 0
                if !isBreak { fieldLine = line }
                if rowBytes == 0 { rowLine = line }
            }
            fieldBytes += 1
            rowBytes += 1
            if fieldBytes > InputLimits.logTextBytes + delimiterBytes {
                throw ProjectError(
                    file: file, line: fieldLine,
                    problem: "the field starting here is over the \(InputLimits.describe(bytes: InputLimits.logTextBytes)) "
                        + "one log may hold (refused)")
            }
            if rowBytes > InputLimits.csvRowBytes {
                throw ProjectError(
                    file: file, line: rowLine,
                    problem: "the row starting here is over the \(InputLimits.describe(bytes: InputLimits.csvRowBytes)) "
                        + "one row may hold (refused)")
            }
            switch state {
            case .fieldStart:
                if byte == quote {
                    state = .quoted
                } else if isBreak {
                    rowBytes = 0
                } else if !ends {
                    state = .unquoted
                }
            case .unquoted:
                if ends { state = .fieldStart }
                if isBreak { rowBytes = 0 }
            case .quoted:
                if byte == quote { state = .closed }
            case .closed:
                if byte == quote {
                    state = .quoted
                } else if ends {
                    state = .fieldStart
                    if isBreak { rowBytes = 0 }
                } else {
                    throw ProjectError(
                        file: file, line: fieldLine,
                        problem: "unterminated quoted field starting here: the quote on line \(line) that seems to "
                            + "close it is followed by more text (a closing quote is missing, or a quote inside the "
                            + "field is not doubled as \"\")")
                }
            }
        }
        if state == .quoted {
            throw ProjectError(
                file: file, line: fieldLine,
                problem: "unterminated quoted field starting here: its closing quote is missing, so the rest of the file "
                    + "would be read as one answer")
        }
    }

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
