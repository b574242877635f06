/// Replaces participant codes written in free text (a memo that says "as NW-07 said") by their aliases.
///
/// A code is replaced only as a whole word: not when a letter or digit touches either end, so `NW-0` leaves `NW-07`
/// alone. Where codes overlap, the longest wins.
struct CodeScrubber {
    /// One replacement made in a text, in Unicode-scalar offsets of the text before and after.
    struct Edit {
        let oldRange: Range<Int>
        let newRange: Range<Int>
    }

    /// A text with its codes replaced, and where the replacements went.
    struct Result {
        let text: String
        let edits: [Edit]

        /// Where scalar offset `offset` of the original text lies in `text`; an offset inside a replaced code moves
        /// to the same place in its alias, or to the alias's end when the alias is shorter.
        func offset(_ offset: Int) -> Int {
            var shift = 0
            for edit in edits {
                if offset <= edit.oldRange.lowerBound { break }
                if offset < edit.oldRange.upperBound {
                    return edit.newRange.lowerBound + min(offset - edit.oldRange.lowerBound, edit.newRange.count)
                }
                shift = edit.newRange.upperBound - edit.oldRange.upperBound
            }
            return offset + shift
        }
    }

    /// A code and its alias, as scalars.
    private typealias Candidate = (code: [Unicode.Scalar], alias: [Unicode.Scalar])

    /// Codes and their aliases grouped by the code's first scalar, longest code first.
    private let candidates: [Unicode.Scalar: [Candidate]]

    /// A scrubber replacing each key of `aliases` (a participant code) by its value.
    init(aliases: [String: String]) {
        var candidates: [Unicode.Scalar: [Candidate]] = [:]
        for (code, alias) in aliases {
            let scalars = Array(code.unicodeScalars)
            guard let first = scalars.first else { continue }
            candidates[first, default: []].append((scalars, Array(alias.unicodeScalars)))
        }
        self.candidates = candidates.mapValues { list in list.sorted { $0.code.count > $1.code.count } }
    }

    /// `text` with every code that stands as a word replaced by its alias.
    ///
    /// - Complexity: O(n × k) for n scalars and k codes sharing a first scalar.
    func scrub(_ text: String) -> Result {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var edits: [Edit] = []
        var outputCount = 0
        var index = 0
        while index < scalars.count {
            if let (code, alias) = match(in: scalars, at: index) {
                edits.append(
                    Edit(oldRange: index..<index + code.count, newRange: outputCount..<outputCount + alias.count))
                output.append(contentsOf: alias)
                outputCount += alias.count
                index += code.count
            } else {
                output.append(scalars[index])
                outputCount += 1
                index += 1
            }
        }
        return Result(text: edits.isEmpty ? text : String(output), edits: edits)
    }

    private func match(in scalars: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard let list = candidates[scalars[index]], index == 0 || !CodeScrubber.isWordScalar(scalars[index - 1])
        else { return nil }
        return list.first { candidate in
            let end = index + candidate.code.count
            return end <= scalars.count && scalars[index..<end].elementsEqual(candidate.code)
                && (end == scalars.count || !CodeScrubber.isWordScalar(scalars[end]))
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
