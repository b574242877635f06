import Foundation
import GleanResources

@testable import GleanCore

/// Projects for the export tests: the bundled sample, and a small one full of hostile text.
enum ExportFixtures {
    /// The bundled sample programme, as shipped.
    static func sample() throws -> Project {
        try ProjectStore.open(BundledResources.sampleProject).opened
    }

    /// The text of the hostile log's two sections: markup, an ampersand, a line break and quotes in the first; a
    /// leading minus and an escape sequence in the second.
    static let hostileProgress = "<script>alert(1)</script> & more\nSecond line, with \"quotes\", and a comma."
    static let hostileConcerns = "-5 for effort \u{1b}[31mred\u{07}"

    /// Two participants in one fortnight, with markup, formulas, control characters and bidi overrides wherever text
    /// can go: log text, memos, attribute values, concern names and the note.
    static func hostile() -> Project {
        let participants = [
            Participant(
                code: "A-01", alias: "P001", attributes: ["care setting": "primary", "role": "=cmd|' /C calc'!A0"]),
            Participant(code: "B-02", alias: "P002", attributes: ["care setting": "community", "role": "Nurse"]),
        ]
        let codebook = Codebook(concerns: [
            Concern(
                id: "pets", name: "Cats & <b>dogs</b>", colour: "#DC143C\"><script>", key: 1, theme: "Pets <script>"),
            Concern(id: "plain", name: "Plain", colour: "#4169E1", key: 2, theme: "Other"),
        ])
        let logs = [
            Log(
                id: "A-01-2020-04-07", participant: "A-01", date: Day(iso: "2020-04-07")!,
                sections: [
                    LogSection(prompt: "Progress", text: hostileProgress),
                    LogSection(prompt: "Concerns", text: hostileConcerns),
                ]),
            Log(
                id: "B-02-2020-04-08", participant: "B-02", date: Day(iso: "2020-04-08")!,
                sections: [LogSection(prompt: "Progress", text: "Fine.")]),
        ]
        let quotes = [
            quote("q1", logs[0], section: 0, ["pets"], memo: "=1+1", featured: true),
            quote("q2", logs[0], section: 1, ["pets", "plain"], memo: "@SUM(A1)"),
            quote("q3", logs[1], section: 0, ["plain"], memo: "+44 7700 900000\n\tthen a tab"),
        ]
        let note = FortnightNote(opening: "Team & <i>co</i> \u{202E}reversed", next: ["What about <script>?"])
        return Project(
            programme: Programme(name: "Hostile & <b>bold</b>", start: Day(iso: "2020-04-06")!),
            participants: participants, codebook: codebook,
            fortnights: [1: Fortnight(number: 1, logs: logs, quotes: quotes, note: note)])
    }

    /// A quote over the whole of section `section` of `log`.
    static func quote(
        _ id: String, _ log: Log, section: Int, _ concerns: [String], memo: String = "", featured: Bool = false
    ) -> Quote {
        Quote(
            id: id, log: log.id, participant: log.participant, section: section, start: 0,
            end: log.sections[section].scalarCount, concerns: concerns, memo: memo, featured: featured,
            coder: "tester", created: "2020-04-21T09:00:00Z")
    }

    /// The export `request` of `project` as text.
    static func text(_ project: Project, _ request: SummaryExport.Request) throws -> String {
        String(decoding: try SummaryExport.render(project, request), as: UTF8.self)
    }
}
