/// A calendar day with no time zone, written and read as ISO 8601 `yyyy-MM-dd`.
///
/// Glean reasons in whole days (log dates, fortnight boundaries), so it avoids `Date` and time zones entirely.
///
/// Every date that enters Glean — a CSV or text log, a REFI-QDA source, `--start`, `--date`, `glean.json` — is made
/// by `init(year:month:day:)` or `init(iso:)`, which take only years in `supportedYears`: a learning-log programme
/// runs in living memory, and four-digit years keep `iso` one fixed width that `init(iso:)` reads back.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The years a date may have: 1900 to 2999.
    static let supportedYears = 1900...2999
    /// `supportedYears` in words for messages.
    public static let supportedYearsText = "a year from \(supportedYears.lowerBound) to \(supportedYears.upperBound)"

    /// Days since 1970-01-01.
    let ordinal: Int

    /// Creates the day `ordinal` days after 1970-01-01.
    init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// Creates a day from its year, month (1–12) and day of month, or nil when no such day exists or the year is
    /// not in `supportedYears`.
    init?(year: Int, month: Int, day: Int) {
        guard Day.supportedYears.contains(year), (1...12).contains(month), day >= 1,
            day <= Day.length(ofMonth: month, year: year)
        else { return nil }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Parses `yyyy-MM-dd` as `iso` writes it; nil when the text is not exactly that (ASCII digits only, no sign) or
    /// names no day in `supportedYears`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 for Monday through 6 for Sunday.
    var weekdayIndex: Int {
        ((ordinal % 7) + 7 + 3) % 7
    }

    /// The English name of the weekday, e.g. "Sunday".
    var weekdayName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekdayIndex]
    }

    /// `yyyy-MM-dd`, the year always four digits (zero-padded; a day computed outside `supportedYears` by
    /// `adding(days:)` still writes at least four).
    public var iso: String {
        let (year, month, day) = components
        let digits = String(abs(year))
        return
            "\(year < 0 ? "-" : "")\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)-\(Day.twoDigits(month))-\(Day.twoDigits(day))"
    }

    /// The day written out in British style, e.g. "Sunday 17 May 2020".
    public var longText: String {
        let (year, month, day) = components
        return "\(weekdayName) \(day) \(Day.monthNames[month - 1]) \(year)"
    }

    /// The day in short British style, e.g. "17 May".
    public var shortText: String {
        let (_, month, day) = components
        return "\(day) \(Day.monthNames[month - 1].prefix(3))"
    }

    public var description: String { iso }

    /// The day `count` days later (earlier when negative).
    func adding(days count: Int) -> Day {
        Day(ordinal: ordinal + count)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Day: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\"\(text)\" is not a date in the form yyyy-MM-dd with \(Day.supportedYearsText)")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
