/// How a `FortnightDigest` is written in JSON: its writers as one string (one code per line, a backslash or line break
/// in a code escaped), and each list of numbers as one string of decimal numbers separated by spaces. Decoding a few
/// long strings is many times faster than decoding as many JSON values, and what is read is checked to be whole and
/// consistent, so a damaged record is refused (and made again) rather than misread.
extension FortnightDigest {
    private enum CodingKeys: String, CodingKey {
        case number, writers, writerTallies, concerns, coders, decided, open
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        writers = DigestCoding.lines(try container.decode(String.self, forKey: .writers))
        writerTallies = try DigestCoding.numbers(
            try container.decode(String.self, forKey: .writerTallies), container, .writerTallies)
        concerns = try container.decode([String: String].self, forKey: .concerns).mapValues {
            try DigestCoding.numbers($0, container, .concerns)
        }
        coders = try container.decode([String].self, forKey: .coders)
        decided = try container.decode(Int.self, forKey: .decided)
        open = try container.decode(Int.self, forKey: .open)
        let consistent =
            writerTallies.count == 3 * writers.count
            && concerns.values.allSatisfy { triples in
                triples.count % 3 == 0
                    && stride(from: 0, to: triples.count, by: 3).allSatisfy { writers.indices.contains(triples[$0]) }
            }
        guard consistent else {
            throw DecodingError.dataCorruptedError(
                forKey: .writerTallies, in: container, debugDescription: "the tallies do not match the writers")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(DigestCoding.joined(writers), forKey: .writers)
        try container.encode(DigestCoding.text(writerTallies), forKey: .writerTallies)
        try container.encode(concerns.mapValues(DigestCoding.text), forKey: .concerns)
        try container.encode(coders, forKey: .coders)
        try container.encode(decided, forKey: .decided)
        try container.encode(open, forKey: .open)
    }
}

/// The string forms `FortnightDigest` is written in.
enum DigestCoding {
    /// `numbers` as decimal numbers separated by spaces.
    static func text(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: " ")
    }

    /// The non-negative decimal numbers of at most ten digits (so no sum of them can overflow), separated by single
    /// spaces, in `text`; anything else is a decoding error.
    static func numbers<Key: CodingKey>(_ text: String, _ container: KeyedDecodingContainer<Key>, _ key: Key) throws
        -> [Int]
    {
        var numbers: [Int] = []
        var current = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9") where digits < 10:
                current = current * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: " ") where digits > 0:
                numbers.append(current)
                (current, digits) = (0, 0)
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "not a list of numbers")
            }
        }
        if digits > 0 {
            numbers.append(current)
        } else if !text.isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "not a list of numbers")
        }
        return numbers
    }

    /// `lines` one per line, a backslash written `\\` and a line break `\n`.
    static func joined(_ lines: [String]) -> String {
        lines.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n") }
            .joined(separator: "\n")
    }

    /// The lines `joined` made, escapes undone.
    static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        guard text.utf8.contains(UInt8(ascii: "\\")) else {
            return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
                String(Substring($0))
            }
        }
        var lines: [String] = []
        var current = ""
        var escaping = false
        for character in text {
            if escaping {
                current.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "\n" {
                lines.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        lines.append(current)
        return lines
    }
}
