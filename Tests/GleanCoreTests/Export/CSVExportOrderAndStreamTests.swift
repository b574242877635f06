import GleanTestSupport
import XCTest

@testable import GleanCore

/// The quotes CSV at speed keeps its meaning: quotes in the order the tuple of log date, participant, section,
/// start, end and id gives (the order as stored breaking ties), each cell cleaned as `ExportText.cleaned` says, the
/// agreed coding whichever way the CSV is written, and the bytes handed on in blocks.
final class CSVExportOrderAndStreamTests: XCTestCase {
    func testQuotesAreInTheOrderOfTheirSortKeysWithTiesAsStored() {
        var generator = SeededGenerator(seed: 21)
        let participants = ["B-2", "A-1", "e\u{301}", "\u{E9}", "C-3"]
        let days = (10...13).map { Day(iso: "2020-04-\($0)")! }
        var logs: [Log] = []
        for (index, participant) in participants.enumerated() {
            for day in days.shuffled(using: &generator).prefix(2) {
                let sections = (0..<2).map { LogSection(prompt: "Q\($0)", text: String(repeating: "word ", count: 8)) }
                logs.append(Log(id: "L\(index)-\(day.iso)", participant: participant, date: day, sections: sections))
            }
        }
        let quotes = (0..<300).map { number -> Quote in
            let log = logs.randomElement(using: &generator)!
            let start = Int.random(in: 0...3, using: &generator)
            return Quote(
                id: ["q1", "q2", "q\(number)"].randomElement(using: &generator)!, log: log.id,
                participant: log.participant,
                section: Int.random(in: 0...1, using: &generator), start: start,
                end: start + Int.random(in: 1...2, using: &generator),
                concerns: ["access"], memo: "\(number)", coder: "ada", created: "t")
        }
        let project = Project(
            programme: Programme(name: "Order", start: Day(iso: "2020-04-06")!),
            codebook: Codebook(concerns: [Concern(id: "access", name: "Access", colour: "#3366CC", key: 1, theme: "T")]
            ),
            fortnights: [1: Fortnight(number: 1, logs: logs, quotes: quotes)])
        let byID = Dictionary(uniqueKeysWithValues: logs.map { ($0.id, $0) })
        let expected = quotes.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            let (la, lb) = (byID[a.log]!, byID[b.log]!)
            let keyA = (la.date, la.participant, a.section, a.start, a.end, a.id)
            let keyB = (lb.date, lb.participant, b.section, b.start, b.end, b.id)
            return keyA < keyB || (!(keyB < keyA) && left.offset < right.offset)
        }
        XCTAssertEqual(ExportedQuote.all(in: project, fortnights: [1]).map(\.memo), expected.map(\.element.memo))
    }

    func testCellsAreCleanedAsTheSanitiserCleansEachLine() {
        let pieces = [
            "a", " ", "\n", "\t", "\u{1B}", "\u{7F}", "\u{85}", "\u{202E}", "é", "\u{301}", "👍🏽", "\u{2028}", "\u{61C}",
            "\"",
        ]
        var generator = SeededGenerator(seed: 22)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(
                ExportText.cleaned(text), lines.map { TextSanitizer.displayable(String($0)) }.joined(separator: "\n"),
                text.debugDescription)
        }
    }

    func testTheCSVWrittenToAFileOrHandedOnInBlocksIsTheAgreedCodingRendered() throws {
        let project = DisagreementFixture.deciding("access", accepting: ["ben"])
        let request = SummaryExport.Request(format: .csv, scope: .all)
        let rendered = try SummaryExport.render(project, request)
        let rows = String(decoding: rendered, as: UTF8.self).split(separator: "\r\n").map(String.init)
        XCTAssertEqual(rows.count, 1 + 4, "a header and every quote but ada's Access in P-0's log, set aside: \(rows)")
        XCTAssertFalse(rows.contains { $0.contains(",P-0,") && $0.contains(",Access,") }, "\(rows)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agreed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("quotes.csv")
        try SummaryExport.write(project, request, to: file, replacing: false)
        XCTAssertEqual(try Data(contentsOf: file), rendered)
        var streamed = Data()
        try SummaryExport.writeCSV(project, request) { streamed += $0 }
        XCTAssertEqual(streamed, rendered)
    }

    func testALargeExportIsHandedOnInBlocksNotWhole() throws {
        let project = try ExportFixtures.sample()
        var large = project
        for number in project.fortnightNumbers {
            let fortnight = project.fortnight(number)
            var quotes = fortnight.quotes
            for copy in 1..<80 {
                quotes += fortnight.quotes.map {
                    var quote = $0
                    quote.id += "-\(copy)"
                    return quote
                }
            }
            large.fortnights[number]?.quotes = quotes
        }
        var blocks: [Int] = []
        var whole = Data()
        try SummaryExport.writeCSV(large, SummaryExport.Request(format: .csv, scope: .all)) {
            blocks.append($0.count)
            whole += $0
        }
        XCTAssertGreaterThanOrEqual(blocks.count, 3, "\(blocks)")
        XCTAssertTrue(blocks.allSatisfy { $0 < CSVTableWriter.blockSize + (256 << 10) }, "\(blocks)")
        XCTAssertEqual(whole, try SummaryExport.render(large, SummaryExport.Request(format: .csv, scope: .all)))
    }
}
