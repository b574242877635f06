import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// The UTF-8 scanning `TextSegments` splits and slices random text exactly as the plain scalar-array algorithm it
/// replaced (kept below as the reference). `GLEAN_FUZZ_ITERATIONS` and `GLEAN_FUZZ_SEED` vary the run.
final class TextSegmentsPropertyTests: XCTestCase {
    private static let pieces: [String] = [
        "a", "Z", "é", "e\u{301}", "漢", "👩‍👩‍👧", "🇬🇧", " ", "  ", "\n", "\r\n", "\t", "\u{A0}", "\u{2003}", "\u{3000}",
        "\u{85}", "\u{2028}", ".", "!", "?", "…", "\"", "'", ")", "]", "”", "’", "»", "(", "“", "1", ",", "\u{200B}",
    ]

    func testRandomTextIsSplitAndSlicedAsByTheReferenceAlgorithm() {
        let settings = FuzzSettings(environment: ProcessInfo.processInfo.environment)
        for index in settings.cases {
            var random = SeededGenerator.forCase(index, ofRun: settings.seed)
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                Self.pieces.randomElement(using: &random)!
            }.joined()
            let sentences = TextSegments.sentences(in: text)
            let words = TextSegments.words(in: text)
            let replay = settings.reproduction(ofCase: index)
            XCTAssertEqual(
                sentences, ReferenceSegments.sentences(in: text), "sentences of \(text.debugDescription); \(replay)")
            XCTAssertEqual(words, ReferenceSegments.words(in: text), "words of \(text.debugDescription); \(replay)")
            let ranges = sentences + words + [0..<0, -3..<2, 5..<5, 0..<1_000]
            for range in ranges {
                XCTAssertEqual(
                    TextSegments.slice(text, range), ReferenceSegments.slice(text, range),
                    "\(range) of \(text.debugDescription)")
            }
            XCTAssertEqual(TextSegments.slices(text, ranges), ranges.map { ReferenceSegments.slice(text, $0) })
        }
    }

    func testAMegabyteSplitsQuickly() {
        let text = String(repeating: "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", count: (1 << 20) / 57)
        let started = Date()
        XCTAssertEqual(TextSegments.sentences(in: text).count, (1 << 20) / 57)
        XCTAssertEqual(TextSegments.words(in: text).count, 8 * ((1 << 20) / 57))
        XCTAssertEqual(TextSegments.slice(text, 1_000_000..<1_000_005).count, 5)
        XCTAssertLessThan(
            Date().timeIntervalSince(started), 2, "the old splitter took well over a second for this in a debug build")
    }
}

/// The splitter `TextSegments` used before it read UTF-8: a plain pass over an array of scalars.
private enum ReferenceSegments {
    static func sentences(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Range<Int>] = []
        var start: Int?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                if scalar == "\n", let open = start {
                    sentences.append(open..<trimmedEnd(scalars, open, index))
                    start = nil
                }
                index += 1
                continue
            }
            if start == nil { start = index }
            index += 1
            if terminators.contains(scalar) {
                while index < scalars.count, closers.contains(scalars[index]) || terminators.contains(scalars[index]) {
                    index += 1
                }
                if index == scalars.count || scalars[index].properties.isWhitespace, let open = start {
                    sentences.append(open..<index)
                    start = nil
                }
            }
        }
        if let open = start {
            sentences.append(open..<trimmedEnd(scalars, open, scalars.count))
        }
        return sentences
    }

    /// The words of `text`: runs of scalars that are not white space.
    static func words(in text: String) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.isWhitespace {
                if let open = start { words.append(open..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let open = start { words.append(open..<text.unicodeScalars.count) }
        return words
    }

    /// The text of `text` between scalar offsets `range`.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = text.unicodeScalars
        let lowerOffset = min(max(range.lowerBound, 0), scalars.count)
        let upperOffset = min(max(range.upperBound, lowerOffset), scalars.count)
        let lower = scalars.index(scalars.startIndex, offsetBy: lowerOffset)
        let upper = scalars.index(lower, offsetBy: upperOffset - lowerOffset)
        return String(scalars[lower..<upper])
    }

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "”", "’", "»"]

    private static func trimmedEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return end
    }
}
