import Foundation

/// The one way Glean writes and reads JSON: sorted keys, pretty-printed, trailing newline, so diffs stay small.
enum JSONFormat {
    /// Encodes `value` as a snapshot file: pretty-printed with sorted keys and a trailing newline.
    static func snapshot<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// Encodes `value` on one line, for the journal.
    static func line<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// Decodes `data` read from `file`, turning every failure into a `ProjectError` with the position where known.
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, file: String) throws -> Value {
        if let position = UTF8Validation.firstInvalidByte(in: data) {
            throw ProjectError(
                file: file, line: position.line, column: position.column,
                problem: "the file is not valid UTF-8 text (byte \(position.offset))")
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ProjectError(file: file, problem: "the file is empty")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw DecodingErrorDescription.projectError(error, data: data, file: file)
        }
    }
}
