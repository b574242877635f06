@testable import GleanCore

/// Four logs of fortnight 1 coded by ada and ben: in P-0's log ada tags Access and ben tags Calm (two
/// disagreements); in P-1's both tag Access (agreement); in P-2's only ada tagged (one coder: nothing to compare);
/// P-3's log is not coded.
enum DisagreementFixture {
    static let text = "Access is hard. Other things happen. Calm days."

    static func quote(_ coder: String, _ log: String, _ range: Range<Int>, _ concern: String) -> Quote {
        Quote(
            id: "\(coder)-\(concern)-\(log)", log: log, participant: String(log.prefix(3)), section: 0,
            start: range.lowerBound,
            end: range.upperBound, concerns: [concern], coder: coder, created: "2020-04-21T09:00:00Z")
    }

    static let project: Project = {
        let logs = (0..<4).map { index in
            Log(
                id: "P-\(index)-log", participant: "P-\(index)", date: Day(iso: "2020-04-1\(index)")!,
                sections: [LogSection(prompt: "Concerns", text: text)])
        }
        let quotes = [
            quote("ada", "P-0-log", 0..<15, "access"), quote("ben", "P-0-log", 37..<47, "calm"),
            quote("ada", "P-1-log", 0..<15, "access"), quote("ben", "P-1-log", 0..<15, "access"),
            quote("ada", "P-2-log", 37..<47, "calm"),
        ]
        let concerns = ["access", "calm"].enumerated().map {
            Concern(
                id: $0.element, name: $0.element.capitalized, colour: $0.offset == 0 ? "#3366CC" : "#CC6633",
                key: $0.offset + 1, theme: "Concerns")
        }
        return Project(
            programme: Programme(name: "Disagreements", start: Day(iso: "2020-04-06")!),
            participants: (0..<4).map { Participant(code: "P-\($0)") }, codebook: Codebook(concerns: concerns),
            fortnights: [1: Fortnight(number: 1, logs: logs, quotes: quotes.sorted(by: Quote.precedes))])
    }()

    /// `project` with the decision on `concern` in P-0's log accepting `accepted`.
    static func deciding(_ concern: String, accepting accepted: [String], in project: Project = project) -> Project {
        var decided = project
        let disagreement = project.disagreements().first { $0.log.id == "P-0-log" && $0.concern == concern }!
        decided.apply(
            CodingDecisions.decide(
                disagreement, accepting: accepted, in: project, by: "ben", at: "2026-12-03T07:00:00Z", naming: { $0 }))
        return decided
    }
}
