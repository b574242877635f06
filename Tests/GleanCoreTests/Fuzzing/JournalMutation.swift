import GleanTestSupport

/// A change to the lines of `journal.jsonl`: what a crash mid-append, a bad merge or a stale copy leaves behind.
enum JournalMutation: CaseIterable {
    case garbageLine, tornTail, missingFortnight, missingLog, extremeSequence, mutateLine, duplicateLine, swapLines
    case blankLine

    /// One line of the journal, as a tree while it is still one.
    enum Line {
        case document(JSONValue)
        case text(String)

        /// The line's text, without its newline.
        var text: String {
            switch self {
            case .document(let value): return value.text(pretty: false)
            case .text(let text): return text
            }
        }
    }

    /// The journal's bytes: each line followed by a newline, except a last line cut short.
    static func bytes(of lines: [Line], tornTail: String?) -> [UInt8] {
        Array((lines.map { $0.text + "\n" }.joined() + (tornTail ?? "")).utf8)
    }

    /// Applies this mutation to `lines` (and the cut-short `tornTail` after them) and says what it did, or returns nil
    /// when there is nothing for it to change.
    func apply(
        to lines: inout [Line], tornTail: inout String?, context: MutationContext, using rng: inout SeededGenerator
    ) -> String? {
        let documents = lines.indices.filter { if case .document = lines[$0] { return true } else { return false } }
        switch self {
        case .garbageLine:
            let garbage = [
                "null", "42", "[]", "{}", "\"text\"", "{\"sequence\":1}", "{\"changes\":[],\"sequence\":1}", "{", "}{",
                "\u{1B}[2J",
                String((0..<40).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &rng))) }),
            ].randomElement(using: &rng)!
            let position = Int.random(in: 0...lines.count, using: &rng)
            lines.insert(.text(garbage), at: position)
            return "inserted the line \(garbage.brief) at line \(position + 1)"
        case .tornTail:
            guard let last = lines.popLast() else { return nil }
            let text = last.text
            let cut = Int.random(in: 1..<max(2, text.utf8.count), using: &rng)
            tornTail = String(decoding: Array(text.utf8).prefix(cut), as: UTF8.self)
            return "cut the last line short after \(cut) bytes, without its newline"
        case .missingFortnight:
            let absent = [0, -1, (context.fortnights.max() ?? 0) + 1, 999, Int.max, Int.min]
            return setEvery(
                in: &lines, documents, member: "fortnight", to: .integer(absent.randomElement(using: &rng)!),
                using: &rng)
        case .missingLog:
            let logs = ["no-such-log", ""] + context.identifiers
            return setEvery(
                in: &lines, documents, member: "log", to: .string(logs.randomElement(using: &rng)!), using: &rng)
        case .extremeSequence:
            let sequences: [JSONValue] =
                HostileValues.integers.map(JSONValue.integer)
                + ["9223372036854775808", "1e300", "-0", "1.5"].map(JSONValue.raw)
            // Half the time the last line: its sequence decides the next edit's.
            let candidates = Bool.random(using: &rng) ? Array(documents.suffix(1)) : documents
            return setEvery(
                in: &lines, candidates, member: "sequence", to: sequences.randomElement(using: &rng)!, using: &rng)
        case .mutateLine:
            guard let index = documents.randomElement(using: &rng), case .document(var value) = lines[index] else {
                return nil
            }
            let done = TreeMutation.applyAny(to: &value, context: context, using: &rng)
            lines[index] = .document(value)
            return "line \(index + 1): \(done)"
        case .duplicateLine:
            guard let index = lines.indices.randomElement(using: &rng) else { return nil }
            lines.insert(lines[index], at: Int.random(in: 0...lines.count, using: &rng))
            return "repeated line \(index + 1)"
        case .swapLines:
            guard lines.count >= 2 else { return nil }
            let first = Int.random(in: lines.indices, using: &rng)
            let second = Int.random(in: lines.indices, using: &rng)
            lines.swapAt(first, second)
            return "swapped lines \(first + 1) and \(second + 1)"
        case .blankLine:
            let blank = ["", " ", "\t", "\r"].randomElement(using: &rng)!
            let position = Int.random(in: 0...lines.count, using: &rng)
            lines.insert(.text(blank), at: position)
            return "inserted the blank line \(blank.brief) at line \(position + 1)"
        }
    }

    /// Sets every member named `member` in one of the lines at `documents`, chosen at random, to `value`.
    private func setEvery(
        in lines: inout [Line], _ documents: [Int], member: String, to value: JSONValue,
        using rng: inout SeededGenerator
    ) -> String? {
        guard let index = documents.randomElement(using: &rng), case .document(var line) = lines[index] else {
            return nil
        }
        let paths = line.paths(ofMembersNamed: [member])
        guard !paths.isEmpty else { return nil }
        paths.forEach { line.set(value, at: $0) }
        lines[index] = .document(line)
        return "line \(index + 1): set every \(member) to \(value.text(pretty: false))"
    }
}
