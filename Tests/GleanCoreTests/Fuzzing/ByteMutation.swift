import GleanTestSupport

/// A change to a file's bytes, blind to JSON: the damage a crash, a bad disk, a bad copy or a bad editor does.
enum ByteMutation: CaseIterable {
    case truncate, flipBits, insertRandom, deleteRange, invalidUTF8, rawHostileText, byteOrderMark, spliceRange
    case lineEndings, whitespaceOnly

    /// Applies this mutation to `bytes` and says what it did.
    func apply(to bytes: inout [UInt8], using rng: inout SeededGenerator) -> String {
        let position = Int.random(in: 0...bytes.count, using: &rng)
        switch self {
        case .truncate:
            bytes.removeSubrange(position...)
            return "cut the file at byte \(position)"
        case .flipBits:
            guard !bytes.isEmpty else { return "left the empty file as it is" }
            let count = Int.random(in: 1...4, using: &rng)
            for _ in 0..<count {
                bytes[Int.random(in: bytes.indices, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
            }
            return "flipped bits in \(count) random bytes"
        case .insertRandom:
            let inserted = (0..<Int.random(in: 1...8, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            bytes.insert(contentsOf: inserted, at: position)
            return "inserted bytes \(inserted) at byte \(position)"
        case .deleteRange:
            let end = min(bytes.count, position + Int.random(in: 1...64, using: &rng))
            bytes.removeSubrange(position..<end)
            return "deleted bytes \(position)..<\(end)"
        case .invalidUTF8:
            let inserted = HostileValues.invalidUTF8.randomElement(using: &rng)!
            bytes.insert(contentsOf: inserted, at: position)
            return "inserted the invalid UTF-8 \(inserted) at byte \(position)"
        case .rawHostileText:
            let text = HostileValues.hostileText.randomElement(using: &rng)!
            bytes.insert(contentsOf: Array(text.utf8), at: position)
            return "inserted the raw text \(text.brief) at byte \(position)"
        case .byteOrderMark:
            bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
            return "put a byte order mark first"
        case .spliceRange:
            guard !bytes.isEmpty else { return "left the empty file as it is" }
            let start = Int.random(in: bytes.indices, using: &rng)
            let chunk = Array(bytes[start..<min(bytes.count, start + Int.random(in: 1...256, using: &rng))])
            bytes.insert(contentsOf: chunk, at: position)
            return "copied \(chunk.count) bytes from byte \(start) to byte \(position)"
        case .lineEndings:
            bytes = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
            return "turned line endings into CR LF"
        case .whitespaceOnly:
            bytes = Array([" ", "\n", "\r\n", "\t \n"].randomElement(using: &rng)!.utf8)
            return "replaced the file with whitespace"
        }
    }
}
