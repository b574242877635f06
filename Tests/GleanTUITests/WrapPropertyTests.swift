import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore
@testable import GleanTUI

/// The fast `TextLayout.wrap` wraps random text exactly as the plain per-character algorithm it replaced (kept below
/// as the reference), and the Reader's layout, laid out a little at a time, ends exactly as laid out in one go.
/// `GLEAN_FUZZ_ITERATIONS` (default 400) and `GLEAN_FUZZ_SEED` vary the run.
final class WrapPropertyTests: XCTestCase {
    private static let pieces: [String] = [
        "a", "bc", "Word", " ", "  ", "\n", "\r\n", "\t", "\u{1B}", "é", "e\u{301}", "漢", "字", "👩‍👩‍👧", "🇬🇧", ".", "-",
        "\u{A0}", "\u{2028}", "\u{85}",
    ]
    private static let seed = SeededGenerator(seedFromEnvironment: "GLEAN_FUZZ_SEED", default: 20_261_202).seed
    private static let iterations =
        ProcessInfo.processInfo.environment["GLEAN_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 400

    private func randomText(_ random: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...60, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
    }

    func testWrapMatchesTheReferenceAlgorithm() {
        var random = SeededGenerator(seed: Self.seed)
        for _ in 0..<Self.iterations {
            let text = randomText(&random)
            let width = Int.random(in: 0...12, using: &random)
            XCTAssertEqual(
                TextLayout.wrap(text, width: width), ReferenceWrap.wrap(text, width: width),
                "\(text.debugDescription) at width \(width); seed \(Self.seed)")
        }
    }

    func testARowHoldsAtMostItsWidthInCharactersOfNoWidth() {
        let text = "a" + String(repeating: "\u{200B}", count: 1_000) + "b"
        let rows = TextLayout.wrap(text, width: 10)
        XCTAssertEqual(rows.count, 100)
        XCTAssertTrue(rows.allSatisfy { text[$0].count <= 11 })
        XCTAssertEqual(rows.map { String(text[$0]) }.joined(), text)
    }

    func testWrappingAFewRowsAtATimeGivesTheRowsOfWrappingInOneGo() {
        var random = SeededGenerator(seed: Self.seed)
        for _ in 0..<Self.iterations {
            let text = randomText(&random)
            let width = Int.random(in: 1...12, using: &random)
            let limit = Int.random(in: 1...3, using: &random)
            var rows: [WrappedRow] = []
            var rest: TextPosition? = TextPosition(byte: 0, scalar: 0)
            while let start = rest {
                let part = TextLayout.wrappedRows(text, width: width, from: start, limit: limit)
                XCTAssertLessThanOrEqual(part.rows.count, limit)
                rows += part.rows
                rest = part.rest
            }
            XCTAssertEqual(
                rows, TextLayout.wrappedRows(text, width: width).rows,
                "\(text.debugDescription) at width \(width), \(limit) rows at a time")
        }
    }

    func testLayingOutBitByBitEndsAsLayingOutInOneGo() {
        var random = SeededGenerator(seed: Self.seed)
        for _ in 0..<Self.iterations {
            let sections = (0..<Int.random(in: 1...3, using: &random)).map {
                LogSection(prompt: "P\($0)", text: randomText(&random))
            }
            let width = Int.random(in: 1...12, using: &random)
            var layout = ReaderLayout(width: width)
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let section = Int.random(in: 0..<sections.count, using: &random)
                let offset = Int.random(in: 0...(sections[section].text.unicodeScalars.count), using: &random)
                layout.extend(
                    sections, through: section, offset: offset, rowsBeyond: Int.random(in: 0...3, using: &random))
                if let line = layout.line(of: section, offset: offset) {
                    XCTAssertEqual(
                        line, oneGo(sections, width).line(section, offset), "the line of \(section):\(offset)")
                }
            }
            layout.extend(sections, through: sections.count, offset: 0, rowsBeyond: 0)
            XCTAssertEqual(
                layout.lines, oneGo(sections, width).lines, "\(sections) at width \(width); seed \(Self.seed)")
        }
    }

    /// `sections` laid out whole, each section's rows from one `wrappedRows` call.
    private func oneGo(_ sections: [LogSection], _ width: Int) -> (lines: [ReaderLayout.Line], line: (Int, Int) -> Int?)
    {
        var lines: [ReaderLayout.Line] = []
        var rows: [(line: Int, row: ReaderLayout.Row)] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(.blank) }
            lines.append(.heading(section.prompt))
            for wrapped in TextLayout.wrappedRows(section.text, width: width).rows {
                let row = ReaderLayout.Row(section: index, bytes: wrapped.bytes, offsets: wrapped.scalars)
                rows.append((lines.count, row))
                lines.append(.text(row))
            }
        }
        return (
            lines,
            { section, offset in
                let ofSection = rows.filter { $0.row.section == section }
                return (ofSection.first { $0.row.offsets.upperBound > offset } ?? ofSection.last)?.line
            }
        )
    }
}

/// `TextLayout.wrap` as it was before it read UTF-8: one `Character` at a time.
private enum ReferenceWrap {
    static func wrap(_ text: String, width: Int) -> [Range<String.Index>] {
        let width = max(width, 1)
        var rows: [Range<String.Index>] = []
        var start = text.startIndex
        var column = 0
        var spaces: Range<String.Index>?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let columns = displayedWidth(character)
            if character.isNewline {
                rows.append(start..<index)
                (start, column, spaces) = (next, 0, nil)
            } else if character == " " {
                spaces = (spaces?.upperBound == index ? spaces!.lowerBound : index)..<next
                column += columns
            } else if column + columns > width, column > 0 {
                if let run = spaces, run.lowerBound > start {
                    rows.append(start..<run.lowerBound)
                    start = run.upperBound
                    column = text[start..<index].reduce(0) { $0 + displayedWidth($1) }
                } else {
                    rows.append(start..<index)
                    (start, column) = (index, 0)
                }
                spaces = nil
                continue
            } else {
                column += columns
            }
            index = next
        }
        rows.append(start..<text.endIndex)
        return rows
    }

    private static func displayedWidth(_ character: Character) -> Int {
        DisplayWidth.of(TextSanitizer.displayable(String(character)))
    }
}
