import XCTest

@testable import GleanCore

/// The one formatter of "raised by" figures: shares, rounding, changes in rates, trends, provisional fortnights.
final class ConcernFigureTests: XCTestCase {
    func testSharesRoundHalfUp() {
        XCTAssertEqual(Share(count: 10, of: 26).percent, 38)
        XCTAssertEqual(Share(count: 1, of: 8).percent, 13, "12.5 rounds up")
        XCTAssertEqual(Share(count: 1, of: 200).percent, 1, "0.5 rounds up")
        XCTAssertEqual(Share(count: 2, of: 3).percent, 67)
        XCTAssertEqual(Share(count: 0, of: 0).percent, 0)
        XCTAssertEqual(Share(count: 7, of: 28).text, "7 of 28 (25%)")
    }

    func testAChangeComparesRatesNotCounts() throws {
        let project = Programmes.with(writers: [28, 26], raising: [7, 10])
        let figure = CountsTable(project: project).figure(of: "wellbeing", fortnight: 2)
        XCTAssertEqual(figure.raisedBy, "raised by 10 of 26 participants who wrote (38%), up from 7 of 28 (25%)")
        XCTAssertEqual(figure.shareChange, 13)
        XCTAssertEqual(figure.changeMark, "+13")
        let fewer = Programmes.with(writers: [40, 10], raising: [12, 4])
        XCTAssertEqual(
            CountsTable(project: fewer).figure(of: "wellbeing", fortnight: 2).raisedBy,
            "raised by 4 of 10 participants who wrote (40%), up from 12 of 40 (30%)",
            "fewer participants but a larger share is a rise")
        let same = Programmes.with(writers: [20, 40], raising: [5, 10])
        XCTAssertEqual(
            CountsTable(project: same).figure(of: "wellbeing", fortnight: 2).raisedBy,
            "raised by 10 of 40 participants who wrote (25%), about the same as last fortnight's 5 of 20 (25%)")
    }

    func testATrendIsPutInWordsWhereItHoldsOverDoneFortnights() {
        let rising = Programmes.with(writers: [20, 20, 20, 20], raising: [1, 2, 4, 6])
        let table = CountsTable(project: rising)
        XCTAssertEqual(table.figure(of: "wellbeing", fortnight: 2).trendWords, "")
        XCTAssertEqual(
            table.figure(of: "wellbeing", fortnight: 3).raisedBy,
            "raised by 4 of 20 participants who wrote (20%), up from 2 of 20 (10%); "
                + "raised more often for the second fortnight running")
        XCTAssertEqual(
            table.figure(of: "wellbeing", fortnight: 4).trendWords,
            "; raised more often for the third fortnight running")
        let falling = CountsTable(project: Programmes.with(writers: [20, 20, 20], raising: [9, 6, 3]))
        XCTAssertEqual(
            falling.figure(of: "wellbeing", fortnight: 3).trendWords,
            "; raised less often for the second fortnight running")
        let broken = CountsTable(project: Programmes.with(writers: [20, 20, 20, 20], raising: [1, 4, 2, 6]))
        XCTAssertEqual(broken.figure(of: "wellbeing", fortnight: 4).run, 1, "a fall breaks the run")
        var unfinished = rising
        unfinished.fortnights[3]?.done = []
        let gap = CountsTable(project: unfinished)
        XCTAssertEqual(
            gap.figure(of: "wellbeing", fortnight: 4).trendWords, "", "no trend across a provisional fortnight")
        XCTAssertNil(gap.figure(of: "wellbeing", fortnight: 4).direction)
        XCTAssertEqual(
            gap.figure(of: "wellbeing", fortnight: 4).raisedBy,
            "raised by 6 of 20 participants who wrote (30%); last fortnight, still provisional, 4 of 20 (20%)")
    }

    func testAProvisionalFortnightSaysSoAndClaimsNoRiseOrFall() {
        var project = Programmes.with(writers: [28, 26], raising: [18, 4])
        let firstFourteen = Set(project.fortnight(2).logs.prefix(14).map(\.id))
        project.fortnights[2]?.done = firstFourteen
        let figure = CountsTable(project: project).figure(of: "wellbeing", fortnight: 2)
        XCTAssertTrue(figure.isProvisional)
        XCTAssertEqual(
            figure.raisedBy,
            "raised by 4 of 26 participants who wrote (15%) so far; provisional: 12 of 26 logs still to code")
        XCTAssertNil(figure.shareChange)
        XCTAssertEqual(figure.changeMark, "provisional")
        XCTAssertEqual(figure.arrow, "")
    }

    func testTheSummarySaysWhatItIsBasedOnAndMarksAProvisionalFortnight() throws {
        let sample = try ExportFixtures.sample()
        let third = FortnightSummary(project: sample, fortnight: 3)
        XCTAssertTrue(third.isProvisional)
        XCTAssertEqual(
            third.basedOn,
            "This summary is based on 26 logs from 26 participants, written in the fortnight ending Sunday 17 May 2020; "
                + "11 of them coded so far.")
        let markdown = try SummaryRenderer().render(third)
        XCTAssertTrue(markdown.contains("**Provisional: 15 of 26 logs are still to code"), markdown)
        XCTAssertFalse(markdown.contains(", down from"), "no fall is claimed while coding is unfinished")
        let second = FortnightSummary(project: sample, fortnight: 2)
        XCTAssertFalse(second.isProvisional)
        XCTAssertFalse(try SummaryRenderer().render(second).contains("rovisional"))
    }

    func testTheCountsTableMarksProvisionalFortnightsAndShowsLogsDone() throws {
        let text = CountsText.render(try ExportFixtures.sample(), window: 3, attribute: nil)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.contains("F2 3 May ") && $0.contains("F3 17 May *") }, text)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("Logs done") && $0.contains("27/27 done") && $0.contains("11/26 done") }, text
        )
        let wellbeing = try XCTUnwrap(lines.first { $0.contains("Staff wellbeing") })
        XCTAssertTrue(wellbeing.contains("7p 25% 7q ▲14"), wellbeing)
        XCTAssertTrue(wellbeing.contains("9p 35% 9q *"), wellbeing)
        XCTAssertTrue(lines.last?.hasPrefix("* provisional: logs still to code (F3 15 of 26)") == true, text)
    }
}

/// Small programmes built to order: one concern, `writers[i]` participants writing in fortnight i + 1, the first
/// `raising[i]` of them raising the concern, every log marked done.
enum Programmes {
    static func with(writers: [Int], raising: [Int]) -> Project {
        let start = Day(iso: "2020-04-06")!
        let most = writers.max() ?? 0
        let participants = (1...max(1, most)).map { Participant(code: String(format: "P%03d", $0)) }
        var project = Project(
            programme: Programme(name: "Figures", start: start), participants: participants,
            codebook: Codebook(concerns: [Fixtures.concern("wellbeing", key: 1)]))
        for (index, count) in writers.enumerated() {
            let number = index + 1
            let day = project.programme.firstDay(ofFortnight: number)
            var fortnight = Fortnight(number: number)
            for participant in participants.prefix(count) {
                let log = Log(
                    id: "\(participant.code)-\(number)", participant: participant.code, date: day,
                    sections: [LogSection(prompt: "Concerns", text: "Tired.")])
                fortnight.logs.append(log)
                fortnight.done.insert(log.id)
            }
            for log in fortnight.logs.prefix(raising[index]) {
                fortnight.quotes.append(
                    Quote(
                        id: "q-\(log.id)", log: log.id, participant: log.participant, section: 0, start: 0, end: 6,
                        concerns: ["wellbeing"], coder: "t", created: "2020-01-01T00:00:00Z"))
            }
            project.fortnights[number] = fortnight
        }
        return project
    }
}
