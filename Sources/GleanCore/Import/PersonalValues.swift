/// Finds what looks like personal data inside an imported value, so a row can be flagged for a facilitator to check:
/// e-mail addresses, UK phone numbers and NHS numbers. Nothing is changed or dropped; this only looks.
enum PersonalValues {
    /// A kind of personal data a value can hold.
    enum Kind: String, CaseIterable, Equatable, Sendable {
        /// `name@example.org`.
        case email = "an e-mail address"
        /// A UK mobile (07…, +44 7…) or landline (01…, 02…, 03…) number, with or without spaces.
        case phone = "a UK phone number"
        /// Ten digits, alone or spaced 3-3-4, whose last is the Modulus 11 check digit of the other nine.
        case nhsNumber = "an NHS number"
    }

    /// The kinds of personal data `text` seems to hold, each once, in `Kind.allCases` order. The text is read as a
    /// person reads it (`VisibleText`), so `a＠b.com`, fullwidth digits and zero-width spaces inside a number hide
    /// nothing.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    static func kinds(in text: String) -> [Kind] {
        let bytes = Array(VisibleText.plain(text).utf8)
        var found = Set<Kind>()
        if bytes.contains(at) && hasEmail(bytes) { found.insert(.email) }
        for run in numberRuns(bytes) {
            if isPhone(run) { found.insert(.phone) }
            if isNHSNumber(run) { found.insert(.nhsNumber) }
        }
        return Kind.allCases.filter(found.contains)
    }

    // MARK: E-mail

    private static func hasEmail(_ bytes: [UInt8]) -> Bool {
        for index in bytes.indices where bytes[index] == at {
            var start = index
            while start > 0, index - start < 64, isLocal(bytes[start - 1]) { start -= 1 }
            guard start < index else { continue }
            var end = index + 1
            while end < bytes.count, end - index <= 255, isDomain(bytes[end]) { end += 1 }
            let labels = bytes[(index + 1)..<end].split(separator: dot, omittingEmptySubsequences: false)
            let trimmed = labels.last?.isEmpty == true ? labels.dropLast() : labels[...]
            guard trimmed.count >= 2, trimmed.allSatisfy({ !$0.isEmpty }), let last = trimmed.last, last.count >= 2,
                last.allSatisfy(isLetter)
            else { continue }
            return true
        }
        return false
    }

    private static func isLocal(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || Array("._%+-'".utf8).contains(byte)
    }

    private static func isDomain(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == dot || byte == UInt8(ascii: "-")
    }

    // MARK: Numbers

    /// A run of digits written as one number: the digit groups, and whether it began with `+`.
    private struct NumberRun {
        var plus: Bool
        var groups: [[UInt8]]
        var digits: [UInt8] { groups.flatMap { $0 } }
    }

    /// Every run that starts with `+` or a digit not preceded by a letter or digit, and goes on through digits and
    /// separators (up to two of space, hyphen and brackets between digits).
    private static func numberRuns(_ bytes: [UInt8]) -> [NumberRun] {
        var runs: [NumberRun] = []
        var index = 0
        while index < bytes.count {
            let startsHere =
                (bytes[index] == plus || isDigit(bytes[index]))
                && (index == 0 || !(isLetter(bytes[index - 1]) || isDigit(bytes[index - 1])))
            guard startsHere else {
                index += 1
                continue
            }
            var run = NumberRun(plus: bytes[index] == plus, groups: [])
            if run.plus { index += 1 }
            var group: [UInt8] = []
            while index < bytes.count {
                if isDigit(bytes[index]) {
                    group.append(bytes[index])
                    index += 1
                    continue
                }
                var gap = index
                while gap < bytes.count, gap - index < 2, separators.contains(bytes[gap]) { gap += 1 }
                guard gap > index, gap < bytes.count, isDigit(bytes[gap]), !group.isEmpty else { break }
                run.groups.append(group)
                group = []
                index = gap
            }
            if !group.isEmpty { run.groups.append(group) }
            if !run.groups.isEmpty, index >= bytes.count || !isLetter(bytes[index]) { runs.append(run) }
            index += 1
        }
        return runs
    }

    private static func isPhone(_ run: NumberRun) -> Bool {
        var digits = run.digits
        if run.plus {
            guard digits.starts(with: Array("44".utf8)) else { return false }
            digits.removeFirst(2)
            if digits.first != zero { digits.insert(zero, at: 0) }
        }
        guard digits.count >= 2, digits[0] == zero else { return false }
        switch digits[1] {
        case UInt8(ascii: "7"): return digits.count == 11
        case UInt8(ascii: "1"), UInt8(ascii: "2"), UInt8(ascii: "3"): return digits.count == 10 || digits.count == 11
        default: return false
        }
    }

    private static func isNHSNumber(_ run: NumberRun) -> Bool {
        guard !run.plus, run.groups.map(\.count) == [10] || run.groups.map(\.count) == [3, 3, 4] else { return false }
        let values = run.digits.map { Int($0 - zero) }
        let sum = (0..<9).reduce(0) { $0 + values[$1] * (10 - $1) }
        let check = 11 - sum % 11
        switch check {
        case 11: return values[9] == 0
        case 10: return false
        default: return values[9] == check
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= UInt8(ascii: "9") }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static let at = UInt8(ascii: "@")
    private static let dot = UInt8(ascii: ".")
    private static let plus = UInt8(ascii: "+")
    private static let zero = UInt8(ascii: "0")
    private static let separators: Set<UInt8> = [
        UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
    ]
}
