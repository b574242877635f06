import Foundation

/// A JSON document as a tree the fuzzer can edit, with room for text no well-formed tree would hold.
///
/// Objects keep their members in order and may repeat a key, so a mutation can write `{"id": "a", "id": "b"}`.
indirect enum JSONValue {
    case null
    case bool(Bool)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
    /// Text written out as it is: number literals no `Int` holds, nesting thousands deep, megabyte strings.
    case raw(String)

    /// Parses `data`, or nil when it is not JSON.
    static func parse(_ data: Data) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// The document as text: indented over several lines, or on one line when `pretty` is false.
    func text(pretty: Bool) -> String {
        var output = ""
        write(to: &output, indent: pretty ? "\n" : nil)
        return output
    }

    private func write(to output: inout String, indent: String?) {
        let inner = indent.map { $0 + "  " }
        let separator = indent == nil ? ":" : " : "
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .string(let value): output += JSONValue.quoted(value)
        case .raw(let text): output += text
        case .array(let items):
            output += "["
            for (position, item) in items.enumerated() {
                output += (position == 0 ? "" : ",") + (inner ?? "")
                item.write(to: &output, indent: inner)
            }
            output += (items.isEmpty ? "" : indent ?? "") + "]"
        case .object(let members):
            output += "{"
            for (position, member) in members.enumerated() {
                output += (position == 0 ? "" : ",") + (inner ?? "") + JSONValue.quoted(member.key) + separator
                member.value.write(to: &output, indent: inner)
            }
            output += (members.isEmpty ? "" : indent ?? "") + "}"
        }
    }

    /// `text` as a JSON string literal, escaping what JSON requires and nothing else.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}

/// One member of a JSON object.
struct JSONMember {
    /// The member's name.
    var key: String
    /// The member's value.
    var value: JSONValue
}

extension JSONValue: Decodable {
    /// Reads any JSON value; object members come out sorted by name, as Glean writes them.
    init(from decoder: Decoder) throws {
        if let container = try? decoder.container(keyedBy: MemberName.self) {
            self = .object(
                try container.allKeys.map {
                    JSONMember(key: $0.stringValue, value: try container.decode(JSONValue.self, forKey: $0))
                }
                .sorted { $0.key < $1.key })
        } else if var container = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !container.isAtEnd { items.append(try container.decode(JSONValue.self)) }
            self = .array(items)
        } else {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int.self) {
                self = .integer(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else {
                self = .raw(String(try container.decode(Double.self)))
            }
        }
    }

    /// Any member name.
    private struct MemberName: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
