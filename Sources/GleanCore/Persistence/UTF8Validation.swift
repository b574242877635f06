import Foundation

/// Finds where bytes stop being valid UTF-8, so a damaged file is reported at its line and column.
enum UTF8Validation {
    /// The byte offset, line and column (in characters, 1-based) of the first invalid byte, or nil if all is valid.
    static func firstInvalidByte(in data: Data) -> (offset: Int, line: Int, column: Int)? {
        if String(validating: data, as: UTF8.self) != nil { return nil }
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        var scalarStart = 0
        var consumedBytes = 0
        var countingIterator = AnyIterator<UInt8> {
            let byte = iterator.next()
            if byte != nil { consumedBytes += 1 }
            return byte
        }
        while true {
            scalarStart = consumedBytes
            switch decoder.decode(&countingIterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                offset = consumedBytes
            case .emptyInput:
                return nil
            case .error:
                return (max(offset, scalarStart), line, column)
            }
        }
    }
}
