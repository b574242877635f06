@testable import GleanCore

/// Projects coded by two facilitators, ada and ben, whose agreement is known from the oracles.
enum AgreementFixtures {
    static let ada = "ada"
    static let ben = "ben"
    /// The presence oracle: ada raised "access" in logs 1–2, ben in logs 2, 3, 6 and 8.
    static let adaPresence = "1100000000"
    static let benPresence = "0110010100"

    /// Ten logs in fortnight 1 that both coded (each tags "other" in every log, and "access" by the presence
    /// oracle), an eleventh log only ada coded and a twelfth nobody coded; fortnight 2 holds the character oracle,
    /// one 20-character log where ada tags [0,8) and ben [4,12) with "access".
    static func project() -> Project {
        let text = "Twenty characters!!. And then some more words for the other concern."
        var logs: [Log] = []
        var quotes: [Quote] = []
        for index in 0..<12 {
            let log = Fixtures.log(
                String(format: "P-%02d", index + 1), String(format: "2020-04-%02d", 6 + index), [text])
            logs.append(log)
            guard index < 11 else { continue }
            let coders = index < 10 ? [ada, ben] : [ada]
            for coder in coders {
                quotes.append(quote("\(coder)-other-\(index)", log, coder, 21..<30, ["other"]))
            }
            guard index < 10 else { continue }
            if Array(adaPresence)[index] == "1" {
                quotes.append(quote("ada-access-\(index)", log, ada, 0..<5, ["access"]))
            }
            if Array(benPresence)[index] == "1" {
                quotes.append(quote("ben-access-\(index)", log, ben, 6..<10, ["access"]))
            }
        }
        let oracleLog = Fixtures.log("P-01", "2020-04-21", ["abcdefghijklmnopqrst"])
        let second = [
            quote("ada-c", oracleLog, ada, 0..<8, ["access"]), quote("ben-c", oracleLog, ben, 4..<12, ["access"]),
        ]
        return Project(
            programme: Programme(name: "Agreement", start: Fixtures.start),
            participants: (1...12).map { Participant(code: String(format: "P-%02d", $0)) },
            codebook: Codebook(concerns: [Fixtures.concern("access", key: 1), Fixtures.concern("other", key: 2)]),
            fortnights: [
                1: Fortnight(number: 1, logs: logs, quotes: quotes.sorted(by: Quote.precedes)),
                2: Fortnight(number: 2, logs: [oracleLog], quotes: second),
            ])
    }

    static func quote(
        _ id: String, _ log: Log, _ coder: String, _ range: Range<Int>, _ concerns: [String], section: Int = 0
    ) -> Quote {
        Quote(
            id: id, log: log.id, participant: log.participant, section: section, start: range.lowerBound,
            end: range.upperBound,
            concerns: concerns, coder: coder, created: "2020-04-21T09:00:00Z")
    }

    /// A tally of binary codes written as strings of 0 and 1, one string per facilitator.
    static func tally(_ codes: String...) -> BinaryTally {
        var tally = BinaryTally(coders: codes.count)
        let rows = codes.map(Array.init)
        for unit in rows[0].indices {
            tally.add(rows.map { $0[unit] == "1" })
        }
        return tally
    }
}
