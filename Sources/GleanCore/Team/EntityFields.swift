import Foundation

/// A quote's or concern's fields as JSON values, so a facilitator's edit can record which fields it set and the fold
/// can lay just those over another facilitator's version.
enum EntityFields {
    /// The JSON object `value` encodes to.
    static func object<Value: Encodable>(_ value: Value) -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(value),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    /// The keys whose values differ between `old` and `new`, sorted.
    static func changed<Value: Encodable>(from old: Value, to new: Value) -> [String] {
        let before = object(old)
        let after = object(new)
        return Set(before.keys).union(after.keys).filter { key in
            !same(before[key], after[key])
        }.sorted()
    }

    /// `base` with the values of `fields` taken from `incoming`; `incoming` whole when the result does not decode.
    static func overlay<Value: Codable>(_ base: Value, with incoming: Value, fields: [String]) -> Value {
        var merged = object(base)
        let source = object(incoming)
        for field in fields { merged[field] = source[field] }
        guard let data = try? JSONSerialization.data(withJSONObject: merged),
            let value = try? JSONDecoder().decode(Value.self, from: data)
        else { return incoming }
        return value
    }

    /// The value of `field` in `value`, as sorted JSON text, for messages and comparisons.
    static func text<Value: Encodable>(of field: String, in value: Value) -> String {
        guard let data = encoded(object(value)[field]) else { return "" }
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }

    private static func same(_ left: Any?, _ right: Any?) -> Bool {
        encoded(left) == encoded(right)
    }

    private static func encoded(_ value: Any?) -> Data? {
        guard let value else { return nil }
        return try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys, .fragmentsAllowed])
    }
}
