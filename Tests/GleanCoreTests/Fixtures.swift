import Foundation

@testable import GleanCore

/// Small hand-built projects whose counts can be worked out by reading them.
enum Fixtures {
    static let start = Day(iso: "2020-04-06")!

    static func concern(_ id: String, key: Int?, theme: String = "Growing concerns") -> Concern {
        Concern(id: id, name: id.capitalized, description: "About \(id).", colour: "#DC143C", key: key, theme: theme)
    }

    static func log(_ participant: String, _ date: String, _ texts: [String]) -> Log {
        Log(
            id: "\(participant)-\(date)", participant: participant, date: Day(iso: date)!,
            sections: texts.enumerated().map {
                LogSection(prompt: ["Progress", "Concerns", "What I'm hearing"][$0.offset], text: $0.element)
            })
    }

    static func quote(
        _ id: String, _ log: String, section: Int = 0, _ range: Range<Int>, _ concerns: [String], featured: Bool = false
    ) -> Quote {
        Quote(
            id: id, log: log, participant: String(log.prefix(4)), section: section, start: range.lowerBound,
            end: range.upperBound, concerns: concerns,
            featured: featured, coder: "tester", created: "2020-04-21T09:00:00Z")
    }

    /// Three participants over two fortnights: wellbeing rises from 1 to 2 participants.
    /// Two fortnights of three participants; every log is marked done unless `done` is false.
    static func small(done: Bool = true) -> Project {
        let participants = [
            Participant(code: "A-01", attributes: ["care setting": "primary", "role": "GP partner"]),
            Participant(code: "B-02", attributes: ["care setting": "secondary", "role": "Consultant"]),
            Participant(code: "C-03", attributes: ["care setting": "primary"]),
        ]
        let codebook = Codebook(concerns: [
            concern("feedback", key: 1, theme: "Continued progress"),
            concern("wellbeing", key: 2),
            concern("equipment", key: nil),
        ])
        let text = "We started clinics. Staff are tired! Headsets broke?"
        let first = Fortnight(
            number: 1,
            logs: [log("A-01", "2020-04-17", [text]), log("B-02", "2020-04-18", [text])],
            quotes: [
                quote("q1", "A-01-2020-04-17", 0..<19, ["feedback"]),
                quote("q2", "A-01-2020-04-17", 20..<36, ["wellbeing"]),
                quote("q3", "B-02-2020-04-18", 0..<19, ["feedback"]),
            ],
            note: FortnightNote(opening: "A good start.", next: ["What helps?"]))
        let second = Fortnight(
            number: 2,
            logs: [
                log("A-01", "2020-05-01", [text]), log("B-02", "2020-05-02", [text]), log("C-03", "2020-05-03", [text]),
            ],
            quotes: [
                quote("q4", "A-01-2020-05-01", 20..<36, ["wellbeing"], featured: true),
                quote("q5", "B-02-2020-05-02", 20..<36, ["wellbeing"]),
                quote("q6", "B-02-2020-05-02", 37..<52, ["equipment", "wellbeing"]),
            ])
        var project = Project(
            programme: Programme(name: "Test programme", start: start), participants: participants,
            codebook: codebook, fortnights: [1: first, 2: second])
        project.assignMissingAliases()
        if done {
            for number in [1, 2] {
                let ids = Set(project.fortnight(number).logs.map(\.id))
                project.fortnights[number]?.done = ids
            }
        }
        return project
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glean-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
