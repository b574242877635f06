import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// Random CSV files (quotes, doubled quotes, commas and line breaks inside fields, CR LF and lone CR, a byte order
/// mark, invisible characters in headers, extra values, bad dates, empty answers) are either read with every row
/// accounted for (each row a log or a bad row at its line, each answer exactly as written), or, when the generator
/// broke the quoting on purpose, refused with a `ProjectError` at the line of the broken field. Never a crash, never
/// a row lost without a word.
final class CSVImportFuzzTests: XCTestCase {
    func testRandomCSVFilesAreReadWhollyOrRefusedAtTheBrokenLine() throws {
        let settings = FuzzSettings(environment: ProcessInfo.processInfo.environment)
        let fixtures = ImportFixtures()
        for index in settings.cases {
            var rng = SeededGenerator.forCase(index, ofRun: settings.seed)
            let file = RandomCSV(using: &rng)
            let context = "case \(index) (\(settings.reproduction(ofCase: index))): \(file.text.brief)"
            do {
                let batch = try fixtures.read(file.text)
                if let broken = file.brokenLine {
                    XCTFail("quoting broken at line \(broken) was read as \(batch.rows) rows; \(context)")
                    continue
                }
                XCTAssertEqual(batch.rows, file.rows.count, context)
                XCTAssertEqual(batch.logs.count + batch.rejected.count, batch.rows, context)
                XCTAssertEqual(batch.rejected.map(\.line), file.rows.filter { !$0.good }.map(\.line), context)
                XCTAssertEqual(
                    batch.logs.map { $0.sections.map(\.text) }, file.rows.filter(\.good).map(\.answers), context)
            } catch let error as ProjectError {
                XCTAssertEqual(error.line, file.brokenLine, "\(error); \(context)")
                XCTAssertTrue(
                    error.problem.hasPrefix("unterminated quoted field starting here"), "\(error); \(context)")
            }
        }
    }
}

/// A CSV file made at random, with what reading it must give.
private struct RandomCSV {
    /// One data row as written, and what it must become.
    struct Row {
        /// The line it starts on.
        var line: Int
        /// Whether it must become a log.
        var good: Bool
        /// Its non-blank answers, cleaned as the importer cleans them, in column order.
        var answers: [String]
    }

    var text = ""
    var rows: [Row] = []
    /// The line of the field whose quoting was broken on purpose, if one was.
    var brokenLine: Int?

    private var line = 1
    /// Whether a field opened with a quote has been left open, so every later quoted field must open with a letter.
    private var open = false

    init(using rng: inout SeededGenerator) {
        let prompts = ["Progress", "Concerns", "Next steps", "What helped?"].shuffled(using: &rng)
            .prefix(Int.random(in: 1...3, using: &rng))
            .map { Self.disguise($0, using: &rng) }
        let lineEnd = ["\n", "\r\n", "\r"].randomElement(using: &rng)!
        if Bool.random(using: &rng) { text += "\u{FEFF}" }
        write(["participant", "date"] + prompts, lineEnd: lineEnd, using: &rng)
        let breakAt = Int.random(in: 0..<8, using: &rng) == 0 ? Int.random(in: 0..<6, using: &rng) : nil
        for number in 0..<Int.random(in: 0...6, using: &rng) {
            let participant = Int.random(in: 0..<8, using: &rng) == 0 ? "" : "P\(Int.random(in: 1...9, using: &rng))"
            let goodDate = Int.random(in: 0..<6, using: &rng) != 0
            let date = goodDate ? "2020-04-\(10 + Int.random(in: 0...9, using: &rng))" : "nope"
            var answers = prompts.map { _ in Self.answer(using: &rng) }
            if answers.allSatisfy({ $0.isEmpty }) { answers[0] = "x" }
            let extra = Int.random(in: 0..<10, using: &rng) == 0
            let start = line
            let fields = [participant, date] + answers + (extra ? ["extra"] : [])
            let cleaned = answers.map(IncomingText.cleaned).filter {
                !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }
            let good = !participant.isEmpty && goodDate && !extra && !cleaned.isEmpty
            if breakAt == number {
                breakQuoting(fields, lineEnd: lineEnd, using: &rng)
            } else {
                write(fields, lineEnd: lineEnd, using: &rng)
            }
            rows.append(Row(line: start, good: good, answers: cleaned))
        }
    }

    /// Writes a row, quoting each field that needs it and some that do not.
    private mutating func write(_ fields: [String], lineEnd: String, using rng: inout SeededGenerator) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            let needsQuotes = Self.needsQuotes(field)
            if needsQuotes || Int.random(in: 0..<4, using: &rng) == 0 {
                text += "\"" + (open ? "x" : "") + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                text += field
            }
            countLines(in: field)
        }
        text += lineEnd
        line += 1
    }

    /// Writes a row with one field whose quoting is broken: left open (the rest of the file is then unquoted or
    /// opens its quoted fields with a letter), or holding a quote that is not doubled.
    private mutating func breakQuoting(_ fields: [String], lineEnd: String, using rng: inout SeededGenerator) {
        let broken = Int.random(in: 0..<fields.count, using: &rng)
        let leaveOpen = Bool.random(using: &rng)
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            if index == broken {
                brokenLine = line
                let inside = field.replacingOccurrences(of: "\"", with: "\"\"")
                text += leaveOpen ? "\"" + inside : "\"" + inside + "\"q" + inside + "\""
                open = open || leaveOpen
            } else if Self.needsQuotes(field) {
                text += "\"" + (open ? "x" : "") + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                text += field
            }
            countLines(in: field)
        }
        text += lineEnd
        line += 1
    }

    /// Whether `field` holds a quote, comma or line break, and so must be quoted.
    private static func needsQuotes(_ field: String) -> Bool {
        field.unicodeScalars.contains { "\",\r\n".unicodeScalars.contains($0) }
    }

    private mutating func countLines(in field: String) {
        var previous: Character?
        for scalar in field.unicodeScalars {
            if scalar == "\r" || (scalar == "\n" && previous != "\r") { line += 1 }
            previous = Character(scalar)
        }
    }

    /// An answer of a few pieces: words, quotes, commas, line breaks of each kind, spaces, accents and emoji.
    private static func answer(using rng: inout SeededGenerator) -> String {
        let pieces = ["word", " ", "\"", ",", "\n", "\r\n", "\r", "café", "🙂", "\"\"", "a,b", "tab\there", "x"]
        return (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    /// `header` with invisible characters and look-alike forms mixed in now and then.
    private static func disguise(_ header: String, using rng: inout SeededGenerator) -> String {
        let invisibles = [
            "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{FE0F}", "\u{200E}",
        ]
        var result = header
        for _ in 0..<Int.random(in: 0...2, using: &rng) {
            result = result.inserting(invisibles.randomElement(using: &rng)!, using: &rng)
        }
        return result
    }
}
