import XCTest

@testable import GleanCore

/// A fortnight's `logs.json` written straight into a buffer is byte for byte what `JSONEncoder` writes: empty
/// fortnights and logs without sections, and text with everything JSON escapes or might.
final class LogsDocumentJSONTests: XCTestCase {
    func testTheLogsFileIsWhatTheEncoderWrites() throws {
        let awkward = [
            "", "plain", "quote \" back\\slash /slash", "line\nbreak\r\ttab \u{0}\u{1F}\u{7F}",
            "é 視 👩🏽‍⚕️ \u{2028}\u{202E}", "\u{FEFF}bom",
        ]
        let day = Day(iso: "2020-04-10")!
        var documents = [LogsDocument(fortnight: 7, logs: [])]
        documents.append(LogsDocument(fortnight: 1, logs: [Log(id: "a", participant: "P", date: day, sections: [])]))
        documents.append(
            LogsDocument(
                fortnight: 12,
                logs: awkward.map { text in
                    Log(
                        id: text, participant: text, date: day,
                        sections: awkward.map { LogSection(prompt: text, text: $0) })
                }))
        let sample = try ExportFixtures.sample()
        documents += sample.fortnightNumbers.map { LogsDocument(fortnight: $0, logs: sample.fortnight($0).logs) }
        for document in documents {
            XCTAssertEqual(
                String(decoding: try document.snapshotJSON(), as: UTF8.self),
                String(decoding: try JSONFormat.snapshot(document), as: UTF8.self), "fortnight \(document.fortnight)")
        }
    }
}
