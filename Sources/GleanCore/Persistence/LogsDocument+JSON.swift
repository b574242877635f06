import Foundation

extension LogsDocument {
    /// The document as `JSONFormat.snapshot` encodes it, byte for byte (pretty-printed, keys sorted, a trailing
    /// newline), written straight into one buffer: a fortnight's logs are most of what an import writes, and
    /// `JSONEncoder` builds a tree of every value before writing any. A string holding anything JSON escapes (a quote,
    /// a backslash, a control character) is encoded by `JSONEncoder` itself, so every escape is its.
    func snapshotJSON() throws -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(
            logs.reduce(256) { total, log in
                log.sections.reduce(total + 160) { $0 + $1.prompt.utf8.count + $1.text.utf8.count + 80 }
            })
        bytes += "{\n  \"fortnight\" : \(fortnight),\n  \"logs\" : [".utf8
        for (index, log) in logs.enumerated() {
            bytes += (index == 0 ? "\n" : ",\n").utf8
            bytes += "    {\n      \"date\" : ".utf8
            try Self.append(log.date.iso, to: &bytes)
            bytes += ",\n      \"id\" : ".utf8
            try Self.append(log.id, to: &bytes)
            bytes += ",\n      \"participant\" : ".utf8
            try Self.append(log.participant, to: &bytes)
            bytes += ",\n      \"sections\" : [".utf8
            for (position, section) in log.sections.enumerated() {
                bytes += (position == 0 ? "\n" : ",\n").utf8
                bytes += "        {\n          \"prompt\" : ".utf8
                try Self.append(section.prompt, to: &bytes)
                bytes += ",\n          \"text\" : ".utf8
                try Self.append(section.text, to: &bytes)
                bytes += "\n        }".utf8
            }
            bytes += (log.sections.isEmpty ? "\n\n      ]\n    }" : "\n      ]\n    }").utf8
        }
        bytes += (logs.isEmpty ? "\n\n  ]\n}\n" : "\n  ]\n}\n").utf8
        return Data(bytes)
    }

    /// Appends `text` as a JSON string: in quotes as it is when nothing in it needs escaping, else as `JSONEncoder`
    /// writes it.
    private static func append(_ text: String, to bytes: inout [UInt8]) throws {
        let plain = UTF8Scalars.withBytes(of: text) { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == quote || $0 == backslash }) else { return false }
            bytes.append(quote)
            bytes += utf8
            bytes.append(quote)
            return true
        }
        guard !plain else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        bytes += try encoder.encode(text)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
}
