/// The values that break readers: extreme numbers, bad dates, text that attacks terminals, bytes that are not UTF-8.
enum HostileValues {
    /// Whole numbers at and around the edges of `Int`, and the small mistakes a hand edit makes.
    static let integers = [
        0, -1, 1, 2, 3, 99, 1 << 31, -(1 << 31), 1 << 53, 1 << 62, -(1 << 62), Int.max, Int.max - 1, Int.min,
        Int.min + 1,
    ]

    /// Number literals that no `Int` holds, or that JSON does not allow.
    static let numberLiterals = [
        "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e400", "-1e400", "1e300", "1.5", "-0",
        "1E2", "0.0", "01", "0x10", "+1", "NaN", "Infinity", "1e", "--1", "1.",
    ]

    /// Dates Glean must refuse: wrong shape, impossible days, other digits and separators.
    static let badDates = [
        "", "2020-4-6", "2020-04-6", "20-04-06", "2020/04/06", "2020-13-01", "2020-00-10", "2020-02-30", "2019-02-29",
        "1900-02-29", "2020-04-31", "2020-04-00", "+020-04-06", "2020-04-06T00:00:00Z", " 2020-04-06", "2020-04-06\n",
        "２０２０-０４-０６", "٢٠٢٠-٠٤-٠٦", "2020-04-06-01", "2020--04-06", "9999999999-01-01", "-2020-04-06", "null",
    ]

    /// Valid dates at the ends of what `yyyy-MM-dd` can say.
    static let extremeDates = ["0000-01-01", "0000-02-29", "9999-12-31", "1970-01-01", "2000-02-29"]

    /// Text to slip inside strings: C0 and C1 controls, terminal escapes, bidi overrides, invisible and combining
    /// characters, line and paragraph separators.
    static let hostileText = [
        "\u{0}", "\u{7}", "\u{8}", "\u{1B}[2J\u{1B}[H", "\u{1B}]0;owned\u{7}", "\u{1B}[31m", "\u{7F}", "\u{85}",
        "\u{9B}31m",
        "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{200D}", "\u{FEFF}", "\u{2028}", "\u{2029}",
        "\r", "\n", "\r\n", "\t", "\u{B}", "\u{C}", "e\u{301}\u{301}\u{301}", "👩‍👩‍👧‍👦", "漢字", "\u{10FFFF}", "\u{FFFD}",
        "\"", "\\", "/", "{", "]", "%s%n", "../../etc/passwd",
    ]

    /// String literals JSON allows but a decoder may reject: lone and reversed UTF-16 surrogates, escaped NUL.
    static let rawStringLiterals = [
        "\"\\ud800\"", "\"a\\udc00b\"", "\"\\udc00\\ud800\"", "\"\\u0000\"", "\"\\u001b[2J\"", "\"\\u202e\"",
        "\"\\uZZZZ\"",
        "\"\\x41\"", "\"\\'\"",
    ]

    /// Byte sequences that are not UTF-8: stray continuation bytes, overlong forms, surrogates, values past U+10FFFF,
    /// sequences cut short, bytes UTF-8 never uses.
    static let invalidUTF8: [[UInt8]] = [
        [0x80], [0xBF], [0xC3, 0x28], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
        [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        [0xFE], [0xFF], [0xFF, 0xFE],
    ]
}
