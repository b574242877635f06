import Foundation

@testable import GleanCore

/// A small project of hostile text for the REFI-QDA tests: emoji (with skin tones, ZWJ and flags), combining marks,
/// CJK, CR LF inside a section and a prompt, markup and tabs in memos and names, an empty section, a concern without
/// a theme, and a participant without logs. Quote ids are UUIDs, as Glean makes them.
enum ExchangeFixtures {
    static let progress = "Café 👩🏽‍⚕️ clinic: 你好，世界。\r\nSecond line e\u{301}\u{302} done 🇬🇧!"
    static let concerns = "Z\u{324}\u{354}a\u{308}\u{316} <b>&amp;</b> \"quoted\"\r\n\r\nend 日本語"

    static func hostile() -> Project {
        let codebook = Codebook(concerns: [
            Concern(
                id: "pets", name: "Cats & <dogs> 🐈", description: "Tabs\there & \"quotes\"", colour: "#DC143C", key: 1,
                theme: "Pets › <b>"),
            Concern(id: "plain", name: "Plain", colour: "#4169E1", key: nil, theme: "Other"),
            Concern(id: "loose", name: "Loose 日本", colour: "#2E8B57", key: 3, theme: ""),
        ])
        let logs = [
            Log(
                id: "A-01-2020-04-07", participant: "A-01", date: Day(iso: "2020-04-07")!,
                sections: [
                    LogSection(prompt: "Progress 🤔", text: progress), LogSection(prompt: "", text: ""),
                    LogSection(prompt: "Concerns\r\nplease", text: concerns),
                ]),
            Log(
                id: "B-02-2020-04-21", participant: "B-02", date: Day(iso: "2020-04-21")!,
                sections: [LogSection(prompt: "Progress", text: "Fine.")]),
        ]
        func quote(
            _ id: String, _ log: Int, _ section: Int, _ range: Range<Int>, _ concerns: [String], memo: String = "",
            featured: Bool = false
        ) -> Quote {
            Quote(
                id: id, log: logs[log].id, participant: logs[log].participant, section: section,
                start: range.lowerBound,
                end: range.upperBound, concerns: concerns, memo: memo, featured: featured, coder: "Fac <1>\t",
                created: "2020-04-08T10:00:00Z")
        }
        let first = Fortnight(
            number: 1, logs: [logs[0]],
            quotes: [
                quote(
                    "3f2504e0-4f89-11d3-9a0c-0305e82c3301", 0, 0, 5..<13, ["pets"],
                    memo: "Line one\r\nline\ttwo <b> & 🙂", featured: true),
                quote("3f2504e0-4f89-11d3-9a0c-0305e82c3302", 0, 0, 20..<40, ["loose", "plain"]),
                quote("3f2504e0-4f89-11d3-9a0c-0305e82c3303", 0, 2, 0..<8, ["plain"], featured: true),
            ],
            note: FortnightNote(opening: "Opening\r\n<&>", next: ["Why? 🤔"]))
        let second = Fortnight(
            number: 2, logs: [logs[1]],
            quotes: [quote("3f2504e0-4f89-11d3-9a0c-0305e82c3304", 1, 0, 0..<5, ["pets"], memo: "m")])
        return Project(
            programme: Programme(name: "Hostile & <programme> 🧪", start: Day(iso: "2020-04-06")!),
            participants: [
                Participant(
                    code: "A-01", alias: "P001", attributes: ["care setting": "primary & <b>", "role": "GP 👩🏽‍⚕️"]),
                Participant(code: "B-02", alias: "P002", attributes: [:]),
                Participant(code: "C-03", alias: "P003", attributes: ["role": "No logs"]),
            ],
            codebook: codebook, fortnights: [1: first, 2: second])
    }
}
