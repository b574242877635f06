/// A date format such as `dd/MM/yyyy` or `M/d/yyyy HH:mm`, and reading days written in it.
///
/// Tokens: `yyyy` (four-digit year), `yy` (two-digit year, 2000–2099), `MM`/`dd` (two digits), `M`/`d` (one or two
/// digits), `HH` (hour 0–23, one or two digits), `mm` and `ss` (minutes and seconds, two digits). `T` and every
/// character that is not a letter stand for themselves. A value may go on after the pattern with a space or a `T`
/// (a time after the date), which is ignored, so the default `yyyy-MM-dd` reads `2020-05-17T14:03:00Z` too; after a
/// pattern that ends in a time, anything may follow (seconds, a time zone). Times are checked but only the day is
/// kept.
///
/// This is a small parser of its own rather than Foundation's `DateFormatter`, whose parsing depends on a locale and
/// a time zone (a form exported at 00:30 in British Summer Time can land on the previous day once converted), guesses
/// the century of two-digit years from the current date, accepts partial or lenient matches in some settings, and
/// behaves differently on Linux and macOS. Glean's dates are calendar days with no time zone (`Day`), and a format that
/// says exactly which digits go where keeps an export's day the day the participant saw.
public struct DatePattern: Equatable, Sendable, CustomStringConvertible {
    /// ISO 8601 `yyyy-MM-dd`, the default.
    static let iso = DatePattern(tokens: [.year4, .literal("-"), .month2, .literal("-"), .day2], text: "yyyy-MM-dd")

    /// The format as written.
    public let description: String
    private let tokens: [Token]

    /// Reads `format`; throws a `DateFormatError` when it has an unknown token or lacks a year, month or day.
    public init(_ format: String) throws {
        var tokens: [Token] = []
        let characters = Array(format)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var end = index + 1
            while end < characters.count, characters[end] == character { end += 1 }
            let run = String(characters[index..<end])
            if let token = Token.named[run] {
                tokens.append(token)
            } else if character.isLetter && character != "T" {
                throw DateFormatError.unknownToken(format: format, token: run, tokens: Token.listed)
            } else {
                tokens += run.map(Token.literal)
            }
            index = end
        }
        for (name, kinds) in [
            ("year", [Token.year4, .year2]), ("month", [.month2, .month1]), ("day", [.day2, .day1]),
        ] {
            let count = tokens.filter(kinds.contains).count
            guard count == 1 else {
                throw count == 0
                    ? DateFormatError.missingPart(format: format, part: name)
                    : DateFormatError.repeatedPart(format: format, part: name)
            }
        }
        self.init(tokens: tokens, text: format)
    }

    private init(tokens: [Token], text: String) {
        self.tokens = tokens
        description = text
    }

    /// The day `text` names, or nil when it does not follow the pattern or names no real day. White space around the
    /// value is ignored.
    ///
    /// ASCII text (as dates almost always are) is read byte by byte; other text character by character, so a digit or
    /// separator carrying a combining mark is not taken for the bare one. Both readings apply the same rules.
    public func day(from text: String) -> Day? {
        let ascii = UTF8Scalars.withBytes(of: text) { bytes -> Day?? in
            let isSpace = { (byte: UInt8) in (0x09...0x0D).contains(byte) || byte == 0x20 }
            guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return .some(nil) }
            let last = bytes.lastIndex { !isSpace($0) } ?? first
            let trimmed = UnsafeBufferPointer(rebasing: bytes[first...last])
            guard trimmed.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return day(
                in: trimmed, is: { $1.utf8.count == 1 && $1.utf8.first == $0 },
                digit: { (0x30...0x39).contains($0) ? Int($0 - 0x30) : nil },
                endsDate: { (0x09...0x0C).contains($0) || $0 == 0x20 || $0 == UInt8(ascii: "T") })
        }
        if let ascii { return ascii }
        return day(
            in: Array(text.trimmingWhiteSpace()), is: ==, digit: { $0.isASCII ? $0.wholeNumberValue : nil },
            endsDate: { $0.isWhitespace || $0 == "T" })
    }

    /// The day `units` (characters or ASCII bytes of trimmed text) name: `is` says whether a unit is a literal of the
    /// pattern, `digit` gives a unit's value as an ASCII digit, `endsDate` whether a unit may follow the date.
    private func day<Units: RandomAccessCollection>(
        in units: Units, is matches: (Units.Element, Character) -> Bool, digit: (Units.Element) -> Int?,
        endsDate: (Units.Element) -> Bool
    ) -> Day? where Units.Index == Int {
        var index = units.startIndex
        var fields = Fields()
        for token in tokens {
            if case .literal(let expected) = token {
                guard index < units.endIndex, matches(units[index], expected) else { return nil }
                index += 1
                continue
            }
            var value = 0
            var digits = 0
            while digits < token.maximumDigits, index < units.endIndex, let next = digit(units[index]) {
                value = value * 10 + next
                digits += 1
                index += 1
            }
            guard digits >= token.minimumDigits else { return nil }
            fields.set(token, value)
        }
        if index < units.endIndex, !hasTime, !endsDate(units[index]) { return nil }
        guard (fields.hour ?? 0) <= 23, (fields.minute ?? 0) <= 59, (fields.second ?? 0) <= 59,
            let month = fields.month, let day = fields.day
        else { return nil }
        let year = fields.year4 ?? (fields.year2.map { 2000 + $0 } ?? 0)
        return Day(year: year, month: month, day: day)
    }

    /// Whether the pattern has an hour, minute or second.
    private var hasTime: Bool {
        tokens.contains { $0 == .hour || $0 == .minute || $0 == .second }
    }

    /// The numbers read for a pattern's tokens, the last one read for a token that appears twice.
    private struct Fields {
        var year4: Int?, year2: Int?, month: Int?, day: Int?, hour: Int?, minute: Int?, second: Int?

        mutating func set(_ token: Token, _ value: Int) {
            switch token {
            case .year4: year4 = value
            case .year2: year2 = value
            case .month2, .month1: month = value
            case .day2, .day1: day = value
            case .hour: hour = value
            case .minute: minute = value
            case .second: second = value
            case .literal: break
            }
        }
    }

    /// One part of a pattern.
    private enum Token: Hashable, Sendable {
        case year4, year2, month2, month1, day2, day1, hour, minute, second
        case literal(Character)

        static let named: [String: Token] = [
            "yyyy": .year4, "yy": .year2, "MM": .month2, "M": .month1, "dd": .day2, "d": .day1, "HH": .hour,
            "mm": .minute, "ss": .second,
        ]

        /// The tokens' names, in the order a message lists them.
        static let listed = ["dd", "d", "MM", "M", "yyyy", "yy", "HH", "mm", "ss"]

        var minimumDigits: Int {
            switch self {
            case .year4: return 4
            case .month1, .day1, .hour: return 1
            default: return 2
            }
        }

        var maximumDigits: Int { self == .year4 ? 4 : 2 }
    }
}
