import GleanTestSupport
import XCTest

@testable import GleanCore

/// The byte-level shortcuts of the CSV import give what the character-by-character rules give: rows read as locations
/// (line breaks, blank rows, bytes read), text cleaning, one-line values, date reading, and the check of quoting and
/// sizes, on seeded random text made of the pieces that make each rule matter.
final class CSVImportFastPathTests: XCTestCase {
    private let pieces = [
        "a", "Z", "é", " ", "  ", ",", "\"", "\"\"", "\n", "\r", "\r\n", "\t", "\u{301}", "👍🏽", "x,y", "\"q\"", "\u{85}",
        "\u{202E}", "\u{2067}", "\u{201C}", "£", "\u{7F}", "\u{1}", "\u{A0}", "\u{2028}", "7", "-",
    ]

    private func random(_ generator: inout SeededGenerator, upTo count: Int = 12) -> String {
        (0..<Int.random(in: 0...count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            .joined()
    }

    func testRowsReadAsLocationsGiveTheFieldsLineBreaksAndBlanknessOfTheirText() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<2_000 {
            let text = random(&generator, upTo: 16)
            var strings = CSVRowReader(text)
            var located = CSVRowReader(text)
            var row = CSVRow()
            while let fields = strings.next() {
                XCTAssertTrue(located.next(into: &row), text.debugDescription)
                XCTAssertEqual(located.texts(of: row), fields, text.debugDescription)
                XCTAssertEqual(
                    row.lineBreaks, fields.reduce(0) { $0 + InputText.lineBreaks(in: $1) }, text.debugDescription)
                XCTAssertEqual(located.isBlank(row), fields.allSatisfy(\.isBlank), text.debugDescription)
                XCTAssertEqual(located.text(of: row, at: fields.count), "")
                XCTAssertEqual(located.bytesRead, strings.bytesRead)
            }
            XCTAssertFalse(located.next(into: &row), text.debugDescription)
            XCTAssertEqual(located.bytesRead, text.utf8.count, "every byte is read: \(text.debugDescription)")
        }
    }

    func testCleaningAndOneLineValuesAreTheScalarRules() {
        var generator = SeededGenerator(seed: 12)
        for _ in 0..<3_000 {
            let text = random(&generator)
            XCTAssertEqual(IncomingText.cleaned(text), Self.cleanedScalarByScalar(text), text.debugDescription)
            XCTAssertEqual(
                IncomingText.singleLine(text),
                String(Self.cleanedScalarByScalar(text).map { $0 == "\n" || $0 == "\t" ? " " : $0 })
                    .trimmingWhiteSpace(),
                text.debugDescription)
        }
    }

    func testDatesReadFromBytesAreTheDatesReadCharacterByCharacter() throws {
        let patterns = try ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "M/d/yy HH:mm"].map(DatePattern.init)
        let parts = [
            ["", " ", "\t"], ["2020", "20", "1", "01", "12", "13", "31"], ["-", "/", ":"],
            ["1", "01", "2", "12", "13"],
            ["-", "/"], ["2020", "20", "1", "09", "31", "32"],
            ["", " ", " 09:31", "T09:31", "x", "\t", "\r\n", ":00", " 24:00"],
        ]
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<5_000 {
            let text = parts.map { $0.randomElement(using: &generator)! }.joined()
            for pattern in patterns {
                XCTAssertEqual(
                    pattern.day(from: text), pattern.day(from: text + "\u{A0}"),
                    "ASCII is read byte by byte, and the same text with a no-break space after it (white space) "
                        + "character by character: \(text.debugDescription) as \(pattern)")
            }
        }
    }

    func testQuotingAndSizeErrorsNameTheLinesTheyNamedBefore() {
        let field = String(repeating: "a", count: InputLimits.logTextBytes + 1)
        let cases: [(String, Int, String)] = [
            ("h\r\n\"a\r\nb\"x\n", 2, "the quote on line 3"),
            ("h\ra,\"open\nb", 2, "closing quote is missing"),
            ("h\n\n\r\n,\(field)\"\"\"\n", 4, "the field starting here is over the 1 MiB"),
            ("h\n\"\(field)\n\"", 2, "the field starting here is over the 1 MiB"),
            (
                "h\n" + Array(repeating: String(field.dropLast(10)), count: 5).joined(separator: ","), 2,
                "the row starting here is over the 4 MiB"
            ),
        ]
        for (text, line, problem) in cases {
            XCTAssertThrowsError(try CSVQuoting.check(text, file: "f.csv")) { error in
                let error = error as? ProjectError
                XCTAssertEqual(error?.line, line, "\(problem)")
                XCTAssertTrue(error?.problem.contains(problem) == true, "\(String(describing: error))")
            }
        }
        XCTAssertNoThrow(
            try CSVQuoting.check("h\n\"\(field.dropLast(1))\"\n", file: "f.csv"), "1 MiB of text in quotes is allowed")
    }

    func testALogWithTheSameWriterAndDayButOtherTextIsAddedAndTheSameTextIsNot() {
        var project = Project(
            programme: Programme(name: "P", start: Day(iso: "2020-04-06")!), participants: [],
            codebook: Codebook(concerns: []), fortnights: [:])
        let day = Day(iso: "2020-04-10")!
        let log = { (text: String) in
            Log(id: "", participant: "AB-1", date: day, sections: [LogSection(prompt: "Q", text: text)])
        }
        let added = project.addLogs([log("one"), log("two"), log("one")])
        XCTAssertEqual(added.count, 2)
        XCTAssertEqual(added.alreadyPresent, 1)
        XCTAssertEqual(project.fortnight(1).logs.map(\.id).sorted(), ["AB-1-2020-04-10", "AB-1-2020-04-10-2"])
        XCTAssertEqual(
            project.addLogs([
                log("two"),
                Log(id: "", participant: "AB-1", date: day, sections: [LogSection(prompt: "R", text: "two")]),
            ]).count, 1)
    }

    /// `IncomingText.cleaned` as it was written before its byte-level shortcut: scalar by scalar.
    private static func cleanedScalarByScalar(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            switch scalar.value {
            case 0x0D: result.append("\n")
            case 0x09, 0x0A: result.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: break
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
