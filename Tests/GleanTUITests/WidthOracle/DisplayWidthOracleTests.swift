import Foundation
import GleanTUI
import XCTest

/// `DisplayWidth`, which the renderer and the layout tests both use, held against an independent measure: Python's
/// `wcwidth` package, over a broad sample of code points and of strings (CJK, emoji with ZWJ sequences, skin tones,
/// flags and keycaps, combining marks, variation selectors, controls). Skipped, saying why, when python3 or wcwidth
/// is missing or is not the version the exceptions below were read against (`.ci/run` installs it).
///
/// Every disagreement must be listed in `WidthException.all` (code points) or `StringWidthException.all` (strings) with
/// the width `DisplayWidth` gives there and why;
/// an exception that no longer explains any disagreement fails too, so the list stays true.
final class DisplayWidthOracleTests: XCTestCase {
    /// Blocks sampled one code point at a time (unassigned and private-use code points left out).
    private static let sampledBlocks: [ClosedRange<UInt32>] = [
        0x0000...0x024F,  // controls, ASCII, Latin-1, Latin extended
        0x0300...0x036F,  // combining diacritical marks, standing alone
        0x0370...0x04FF,  // Greek, Cyrillic
        0x0590...0x06FF,  // Hebrew, Arabic (with its prepended format characters)
        0x0900...0x097F,  // Devanagari (spacing and non-spacing vowel signs)
        0x0E00...0x0E7F,  // Thai
        0x1100...0x11FF,  // Hangul Jamo
        0x2000...0x206F,  // general punctuation: spaces, joiners, directional formatting
        0x2190...0x27BF,  // arrows, technical, symbols, dingbats: text- and emoji-presentation
        0x2E80...0x303F,  // CJK radicals, symbols and punctuation
        0x3040...0x30FF,  // kana
        0x3130...0x318F,  // Hangul compatibility Jamo
        0x3200...0x32FF,  // enclosed CJK letters
        0x4DC0...0x4EFF,  // Yijing hexagrams, start of CJK unified ideographs
        0x9F00...0x9FFF,  // end of CJK unified ideographs
        0xAC00...0xACFF,  // Hangul syllables
        0xD7B0...0xD7FF,  // Hangul Jamo extended B
        0xFE00...0xFE6F,  // variation selectors, vertical and small forms
        0xFF00...0xFFEF,  // halfwidth and fullwidth forms
        0x17000...0x170FF,  // Tangut
        0x18D00...0x18D08,  // Tangut supplement
        0x1D360...0x1D37F,  // counting rod numerals
        0x1F000...0x1FAFF,  // emoji and pictographs
        0x20000...0x200FF,  // CJK extension B
        0xE0000...0xE007F,  // tags
    ]

    /// Grapheme clusters and strings whose width is the sum of their clusters'.
    private static let sampledStrings: [String] = {
        var texts = [
            "Zoe\u{301} e\u{301}tude", "漢字の懸念", "Wellbeing 👩‍👩‍👧", "Flags 🇬🇧🇫🇷", "שלום עולם", "مرحبا بالعالم",
            "Ｆｕｌｌｗｉｄｔｈ", "ｶﾀｶﾅ halfwidth", "日本語テキスト、句読点。", "한국어 \u{1100}\u{1161}\u{11A8}", "ภาษาไทย",
            "a\u{300}\u{301}\u{302} q\u{323}\u{307}", "👨‍💻 🏳️‍🌈 👩🏻‍🤝‍👨🏿 🧑‍🧑‍🧒‍🧒 🏴󠁧󠁢󠁳󠁣󠁴󠁿", "❤️ ☺︎ ☺️ ✔︎ ✔️",
            "Ⅻ ① ㊀ ㈱", "soft\u{AD}hyphen", "\u{600}\u{661}\u{662} \u{6DD}\u{661}", "hexagram \u{4DC0}",
            "Hangul 한국어 with a lone \u{1161} vowel",
        ]
        texts += (0x300...0x36F).map { "e" + String(Unicode.Scalar($0)!) }
        texts += (0xFE00...0xFE0F).flatMap { selector in
            ["a", "☺", "✔", "#", "漢"].map { $0 + String(Unicode.Scalar(selector)!) }
        }
        texts += (0x1F3FB...0x1F3FF).flatMap { tone in
            ["👍", "👋", "🧑"].map { $0 + String(Unicode.Scalar(tone)!) }
        }
        texts += ["GB", "FR", "JP", "UA", "BR", "ZA", "UN", "EU"].map { code in
            String(String.UnicodeScalarView(code.unicodeScalars.map { Unicode.Scalar($0.value - 0x41 + 0x1F1E6)! }))
        }
        texts += "#*0123456789".map { "\($0)\u{FE0F}\u{20E3}" }
        return texts
    }()

    override func setUpWithError() throws {
        try super.setUpWithError()
        guard let version = Wcwidth.installedVersion() else {
            throw XCTSkip(
                "python3 with the wcwidth package is not installed (pip install wcwidth==\(Wcwidth.expectedVersion))")
        }
        try XCTSkipUnless(
            version == Wcwidth.expectedVersion,
            "wcwidth \(version) is installed; the exceptions were read against \(Wcwidth.expectedVersion)")
    }

    func testEverySampledCodePointIsAsWideAsWcwidthSaysOrAListedException() throws {
        let characters = Self.sampledBlocks.flatMap { $0 }.compactMap(Unicode.Scalar.init).filter {
            ![.unassigned, .privateUse, .surrogate].contains($0.properties.generalCategory)
        }.map(Character.init)
        XCTAssertGreaterThan(characters.count, 8_000, "a broad sample")
        let oracle = try Wcwidth.widths(of: characters.map { String($0) })
        var explained = Set<Int>()
        for (character, expected) in zip(characters, oracle) {
            let ours = DisplayWidth.of(character)
            guard ours != expected else { continue }
            let value = character.unicodeScalars.first!.value
            let name = "U+\(String(value, radix: 16, uppercase: true))"
            guard let index = WidthException.all.firstIndex(where: { $0.scalars.contains(value) }) else {
                XCTFail(
                    "\(name) \(character.debugDescription): DisplayWidth \(ours), wcwidth \(expected), and no exception lists it"
                )
                continue
            }
            let exception = WidthException.all[index]
            XCTAssertEqual(ours, exception.displayWidth, "\(name): \(exception.reason)")
            explained.insert(index)
        }
        for (index, exception) in WidthException.all.enumerated() where !explained.contains(index) {
            XCTFail("the exception for \(exception.scalars) (\(exception.reason)) explains no disagreement any more")
        }
    }

    func testSampledClustersAndStringsAreAsWideAsWcwidthSaysOrAListedException() throws {
        let oracle = try Wcwidth.widths(of: Self.sampledStrings)
        var explained = Set<String>()
        for (text, expected) in zip(Self.sampledStrings, oracle) where DisplayWidth.of(text) != expected {
            guard let exception = StringWidthException.all.first(where: { $0.text == text }) else {
                XCTFail(
                    "\(text.debugDescription): DisplayWidth \(DisplayWidth.of(text)), wcwidth \(expected), and no exception lists it"
                )
                continue
            }
            XCTAssertEqual(
                DisplayWidth.of(text), exception.displayWidth, "\(text.debugDescription): \(exception.reason)")
            explained.insert(text)
        }
        for exception in StringWidthException.all where !explained.contains(exception.text) {
            XCTFail(
                "the exception for \(exception.text.debugDescription) (\(exception.reason)) explains no disagreement any more"
            )
        }
    }
}
