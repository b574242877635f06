import GleanTUI
import XCTest

@testable import GleanCore

/// The Agreement screen, opened from Counts with `=`: figures per concern, the basis, reasons for n/a, and colours by
/// Krippendorff's guide for alpha, at 80×24 and 40×12.
final class AgreementScreenTests: XCTestCase {
    /// Ten logs of fortnight 1 coded by ada and ben: "Access" by the presence oracle (1100000000 vs 0110010100),
    /// "Other" by both in every log (no variation), "Calm" by both in the first five (full agreement).
    static let project: Project = {
        let text = "Access is hard. Other things happen. Calm days."
        var logs: [Log] = []
        var quotes: [Quote] = []
        func quote(_ coder: String, _ log: Log, _ range: Range<Int>, _ concern: String) {
            quotes.append(
                Quote(
                    id: "\(coder)-\(concern)-\(log.id)", log: log.id, participant: log.participant, section: 0,
                    start: range.lowerBound,
                    end: range.upperBound, concerns: [concern], coder: coder, created: "2020-04-21T09:00:00Z"))
        }
        for index in 0..<10 {
            let code = "P-\(index)"
            let log = Log(
                id: "\(code)-log", participant: code, date: Day(iso: "2020-04-1\(index)")!,
                sections: [LogSection(prompt: "Concerns", text: text)])
            logs.append(log)
            if Array("1100000000")[index] == "1" { quote("ada", log, 0..<15, "access") }
            if Array("0110010100")[index] == "1" { quote("ben", log, 0..<15, "access") }
            for coder in ["ada", "ben"] {
                quote(coder, log, 16..<36, "other")
                if index < 5 { quote(coder, log, 37..<47, "calm") }
            }
        }
        let concerns = ["access", "other", "calm"].enumerated().map {
            Concern(
                id: $0.element, name: $0.element.capitalized, colour: "#3366CC", key: $0.offset + 1, theme: "Concerns")
        }
        return Project(
            programme: Programme(name: "Agreement", start: Day(iso: "2020-04-06")!),
            participants: (0..<10).map { Participant(code: "P-\($0)") }, codebook: Codebook(concerns: concerns),
            fortnights: [1: Fortnight(number: 1, logs: logs, quotes: quotes.sorted(by: Quote.precedes))])
    }()

    private func opened(width: Int = 80, height: Int = 24, colour: Bool = true) -> Harness {
        var harness = Harness(project: Self.project, width: width, height: height, colour: colour)
        harness.press(.tab, .char("="))
        return harness
    }

    private func row(_ buffer: ScreenBuffer, startingWith text: String) throws -> Int {
        try XCTUnwrap(buffer.lines.firstIndex { $0.hasPrefix(" " + text) }, "no row starts with \(text)")
    }

    private func column(of text: String, inRow y: Int, _ buffer: ScreenBuffer) throws -> Int {
        let line = buffer.line(y)
        let range = try XCTUnwrap(line.range(of: text), "\(text) not in \(line)")
        return line.distance(from: line.startIndex, to: range.lowerBound)
    }

    func testEqualsOnCountsOpensTheScreenAndQGoesBack() {
        var harness = Harness(project: Self.project)
        harness.press(.tab)
        harness.assert(.char("=")) {
            $0.stack = [.counts]
            $0.screen = .agreement
            $0.agreement = AgreementState(fortnight: 1, unit: .presence, selected: 0)
        }
        harness.assert(.char("q")) {
            $0.stack = []
            $0.screen = .counts
        }
    }

    func testFiguresBasisAndColoursAt80x24() throws {
        let harness = opened()
        let buffer = harness.screen
        XCTAssertEqual(buffer.trimmedLine(1), " Agreement · fortnight 1 · by presence")
        XCTAssertEqual(buffer.trimmedLine(2), " 10 logs coded by both ada and ben, 30 units")
        XCTAssertEqual(buffer.trimmedLine(3), " Concern         Agree  Kappa  Alpha")
        let access = try row(buffer, startingWith: "Access")
        XCTAssertTrue(buffer.line(access).contains("0.600  0.091  0.095"), buffer.line(access))
        XCTAssertTrue(buffer.style(x: 2, y: access).reverse, "the first row is selected")
        let lowAlpha = buffer.style(x: try column(of: "0.095", inRow: access, buffer), y: access)
        XCTAssertEqual(lowAlpha.foreground, .red, "alpha below 0.667 is a warning")
        XCTAssertTrue(lowAlpha.bold)
        let calm = try row(buffer, startingWith: "Calm")
        XCTAssertTrue(buffer.line(calm).contains("1.000  1.000  1.000"), buffer.line(calm))
        XCTAssertEqual(
            buffer.style(x: try column(of: "1.000  1.000", inRow: calm, buffer) + 14, y: calm).foreground, .green,
            "alpha from 0.800 is good")
        let other = try row(buffer, startingWith: "Other")
        XCTAssertTrue(buffer.line(other).contains("1.000    n/a    n/a"), buffer.line(other))
        XCTAssertTrue(buffer.style(x: try column(of: "n/a", inRow: other, buffer), y: other).dim, "n/a is dimmed")
        let overall = try row(buffer, startingWith: "All concerns")
        XCTAssertTrue(buffer.style(x: 2, y: overall).bold, "the pooled row is bold")
        XCTAssertEqual(overall, other + 2)
    }

    func testSelectingAnUndefinedFigureSaysWhy() throws {
        var harness = opened()
        harness.press(.down)
        let buffer = harness.screen
        XCTAssertTrue(buffer.style(x: 2, y: try row(buffer, startingWith: "Other")).reverse)
        XCTAssertEqual(buffer.trimmedLine(22), " kappa, alpha n/a: no variation (every unit has the same code)")
        XCTAssertTrue(buffer.style(x: 2, y: 22).dim)
        harness.press(.char("G"))
        XCTAssertTrue(
            harness.screen.style(x: 2, y: try row(harness.screen, startingWith: "All concerns")).reverse,
            "G goes to the pooled row")
    }

    func testCharactersAddTheUnitizedAlpha() throws {
        var harness = opened()
        harness.press(.char("c"))
        XCTAssertEqual(harness.state.agreement.unit, .character)
        let buffer = harness.screen
        XCTAssertEqual(buffer.trimmedLine(1), " Agreement · fortnight 1 · by character")
        XCTAssertTrue(
            buffer.trimmedLine(2).hasPrefix(
                " 10 logs coded by both ada and ben, 1410 units (470 characters × 3 concerns)"), buffer.trimmedLine(2))
        XCTAssertTrue(buffer.trimmedLine(3).hasSuffix("Agree  Kappa  Alpha uAlpha"), buffer.trimmedLine(3))
        let calm = try row(buffer, startingWith: "Calm")
        XCTAssertTrue(buffer.line(calm).contains("1.000  1.000  1.000  1.000"), buffer.line(calm))
    }

    func testEverythingFitsAt40x12() throws {
        var harness = opened(width: 40, height: 12)
        harness.press(.down)
        let buffer = harness.screen
        XCTAssertEqual(buffer.trimmedLine(2), " 10 logs coded by both ada and ben, 30")
        XCTAssertEqual(buffer.trimmedLine(3), " units")
        XCTAssertEqual(buffer.trimmedLine(4), " Concern         Agree  Kappa  Alpha")
        XCTAssertTrue(buffer.line(try row(buffer, startingWith: "Access")).contains("0.600  0.091  0.095"))
        XCTAssertEqual(buffer.trimmedLine(9), " kappa, alpha n/a: no variation (every")
        XCTAssertEqual(buffer.trimmedLine(10), " unit has the same code)")
        XCTAssertFalse(buffer.lines[1...10].contains { $0.contains("…") }, "nothing is cut")
        harness.press(.char("c"))
        let characters = harness.screen
        let basis = (2...4).map { characters.trimmedLine($0).trimmingCharacters(in: .whitespaces) }.joined(
            separator: " ")
        XCTAssertEqual(basis, "10 logs coded by both ada and ben, 1410 units (470 characters × 3 concerns)")
        XCTAssertTrue(
            characters.line(9).hasPrefix(" All conc…   0.957  0.871  0.871  0.872"), "a name is cut, never a figure")
    }

    func testOneFacilitatorIsToldPlainly() {
        var harness = Harness()
        harness.press(.tab, .char("="))
        let message = (3...5).map { harness.screen.trimmedLine($0).trimmingCharacters(in: .whitespaces) }.joined(
            separator: " "
        )
        .trimmingCharacters(in: .whitespaces)
        XCTAssertEqual(
            message, "agreement compares two or more facilitators; in fortnight 3 only facilitator tagged quotes")
    }

    func testBracketsChangeTheFortnight() {
        var harness = Harness()
        harness.press(.tab, .char("="), .char("["))
        XCTAssertEqual(harness.state.agreement.fortnight, 2)
        XCTAssertEqual(harness.screen.trimmedLine(1), " Agreement · fortnight 2 · by presence")
        XCTAssertTrue(harness.screen.trimmedLine(23).contains("F2"), "the status bar follows")
    }
}
