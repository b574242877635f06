import Foundation

/// Turns Foundation's `DecodingError` into a `ProjectError` a facilitator can act on.
enum DecodingErrorDescription {
    /// A `ProjectError` for `error`, raised while decoding `data` from `file`.
    static func projectError(_ error: DecodingError, data: Data, file: String) -> ProjectError {
        switch error {
        case .dataCorrupted(let context):
            if let syntax = syntaxError(in: data) {
                return ProjectError(file: file, line: syntax.line, column: syntax.column, problem: syntax.problem)
            }
            if context.codingPath.isEmpty {
                return ProjectError(file: file, problem: "the JSON is damaged (\(context.debugDescription))")
            }
            return ProjectError(file: file, problem: "\(path(context.codingPath)): \(context.debugDescription)")
        case .keyNotFound(let key, let context):
            let place = context.codingPath.isEmpty ? "the top level" : path(context.codingPath)
            return ProjectError(file: file, problem: "\(place) lacks the field \"\(key.stringValue)\"")
        case .typeMismatch(let type, let context):
            return ProjectError(file: file, problem: "\(path(context.codingPath)) should be \(describe(type))")
        case .valueNotFound(let type, let context):
            return ProjectError(
                file: file, problem: "\(path(context.codingPath)) is null; it should be \(describe(type))")
        @unknown default:
            return ProjectError(file: file, problem: "\(error)")
        }
    }

    /// A coding path written as `participants[3].code`.
    static func path(_ codingPath: [CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "the top level" : text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }

    /// Foundation's `JSONDecoder` gives no position for a syntax error; `JSONSerialization` names the byte offset.
    private static func syntaxError(in data: Data) -> (line: Int, column: Int, problem: String)? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            if let match = text.firstMatch(of: /character (\d+)/), let offset = Int(match.1) {
                let position = lineAndColumn(ofByte: min(offset, data.count), in: data)
                return (position.line, position.column, "the JSON is damaged here (\(text))")
            }
            if text.contains("end of file") {
                let position = lineAndColumn(ofByte: data.count, in: data)
                return (
                    position.line, position.column, "the JSON is cut short: the file ends before its data is complete"
                )
            }
            return nil
        }
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        let prefix = data.prefix(offset)
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? prefix.startIndex
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }
}
