/// Why a pattern that ran out of budget backtracks, in words a facilitator can act on.
///
/// A backtracking engine slows down catastrophically when a pattern can match the same text in many ways. The most
/// common cause is a repeated group that itself contains a repetition, as in `(a+)+` or `(\w+\s?)*`; the next is
/// several unbounded repetitions that can each take any share of a long sentence, as in `.*x.*y.*z`. This finds
/// the first of either in a pattern, skipping escapes and bracketed sets.
enum BacktrackingHazard {
    /// A sentence for the error message, e.g. "it backtracks: the nested quantifiers in (a+)+ can try exponentially
    /// many ways to match".
    static func explain(_ pattern: String) -> String {
        if let nested = nestedQuantifier(in: pattern) {
            return "it backtracks: the nested quantifiers in \(nested) can try exponentially many ways to match; "
                + "repeat the inner part only, e.g. a+ for (a+)+"
        }
        if unboundedRepeats(in: pattern) > 1 {
            return
                "it backtracks: its unbounded repetitions (*, + or {n,}) can split a long sentence in very many ways; "
                + "make them narrower, e.g. [^.]* for .*"
        }
        return "it backtracks too much on this text; simplify the pattern"
    }

    /// The first repeated group that contains a repetition, with its quantifier, e.g. "(a+)+".
    static func nestedQuantifier(in pattern: String) -> String? {
        let characters = Array(pattern)
        var groups: [(start: Int, repeats: Bool)] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var atomEnd = index + 1
            var closedGroup: (start: Int, repeats: Bool)?
            switch character {
            case "\\": atomEnd = min(index + 2, characters.count)
            case "[": atomEnd = endOfSet(characters, from: index)
            case "(":
                groups.append((index, false))
                index += 1
                continue
            case ")":
                closedGroup = groups.popLast()
            default: break
            }
            let quantifierEnd = endOfRepeat(characters, from: atomEnd)
            let repeated = quantifierEnd != nil
            if let group = closedGroup, group.repeats, repeated, let end = quantifierEnd {
                return String(characters[group.start..<end])
            }
            if repeated || closedGroup?.repeats == true, !groups.isEmpty {
                groups[groups.count - 1].repeats = true
            }
            index = quantifierEnd ?? atomEnd
        }
        return nil
    }

    /// How many atoms or groups of the pattern are repeated without bound.
    static func unboundedRepeats(in pattern: String) -> Int {
        let characters = Array(pattern)
        var count = 0
        var index = 0
        while index < characters.count {
            var atomEnd = index + 1
            switch characters[index] {
            case "\\": atomEnd = min(index + 2, characters.count)
            case "[": atomEnd = endOfSet(characters, from: index)
            case "(":
                index += 1
                continue
            default: break
            }
            if let end = endOfRepeat(characters, from: atomEnd) {
                count += 1
                index = end
            } else {
                index = atomEnd
            }
        }
        return count
    }

    /// The index after a quantifier at `index` that repeats without bound or more than once (`*`, `+`, `{n,}`,
    /// `{n,m}` with m > 1), with any lazy `?`; nil when there is none or it is possessive (`*+`), which never
    /// backtracks.
    private static func endOfRepeat(_ characters: [Character], from index: Int) -> Int? {
        guard index < characters.count else { return nil }
        var end: Int
        switch characters[index] {
        case "*", "+":
            end = index + 1
        case "{":
            guard let close = characters[index...].firstIndex(of: "}") else { return nil }
            let bounds = String(characters[(index + 1)..<close]).split(separator: ",", omittingEmptySubsequences: false)
            guard bounds.count == 2, bounds[1].isEmpty || (Int(bounds[1]) ?? 0) > 1 else { return nil }
            end = close + 1
        default:
            return nil
        }
        if end < characters.count, characters[end] == "+" { return nil }
        if end < characters.count, characters[end] == "?" { end += 1 }
        return end
    }

    /// The index after the bracketed set opening at `index`, allowing escapes and nested sets.
    private static func endOfSet(_ characters: [Character], from index: Int) -> Int {
        var depth = 0
        var position = index
        while position < characters.count {
            switch characters[position] {
            case "\\": position += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return position + 1 }
            default: break
            }
            position += 1
        }
        return characters.count
    }
}
