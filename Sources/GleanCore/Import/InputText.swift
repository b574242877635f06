import Foundation

/// Turns an input file's bytes into text: UTF-8, with or without a byte order mark.
enum InputText {
    /// The text of `data` without a leading byte order mark; throws a `ProjectError` naming `file` and the position of
    /// the first byte that is not UTF-8.
    static func decode(_ data: Data, file: String) throws -> String {
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let position = UTF8Validation.firstInvalidByte(in: Data(bytes))
        throw ProjectError(
            file: file, line: position?.line, column: position?.column,
            problem: "this is not UTF-8 text; save the file as UTF-8 (in Excel: \"CSV UTF-8\") and import it again")
    }

    /// The number of line breaks in `text`: LF, CR LF and a lone CR count one each, as CSV readers break rows.
    static func lineBreaks(in text: String) -> Int {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return 0 }
        var count = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { count += 1 }
            previous = byte
        }
        return count
    }
}
