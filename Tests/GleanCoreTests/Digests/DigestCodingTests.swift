import Foundation
import XCTest

@testable import GleanCore

/// A digest written and read back is the same digest, whatever the participant codes hold; a damaged record is
/// refused rather than misread.
final class DigestCodingTests: XCTestCase {
    private func digest(writers: [String]) -> FortnightDigest {
        var fortnight = Fortnight(number: 7)
        for (index, code) in writers.enumerated() {
            let id = "log-\(index)"
            fortnight.logs.append(
                Log(
                    id: id, participant: code, date: Day(year: 2020, month: 5, day: 4)!,
                    sections: [LogSection(prompt: "P", text: "Some text here.")]))
            fortnight.quotes.append(
                Quote(
                    id: "q\(index)", log: id, participant: code, section: 0, start: 0, end: 4,
                    concerns: index % 2 == 0 ? ["dig"] : ["dig", "wel"], coder: "ada", created: "2026-12-03T10:00:00Z"))
            if index % 3 == 0 { fortnight.done.insert(id) }
        }
        return fortnight.digest
    }

    func testADigestRoundTripsWhateverTheCodesHold() throws {
        let original = digest(writers: [
            "P01", "back\\slash", "line\nbreak", "", "ünïcode 🙂", "trailing\\", "\\n literal",
        ])
        XCTAssertEqual(original.writers.count, 7)
        let data = try JSONEncoder().encode(original)
        XCTAssertEqual(try JSONDecoder().decode(FortnightDigest.self, from: data), original)
    }

    func testTheNumbersAreWrittenAsOneString() throws {
        let data = try JSONEncoder().encode(digest(writers: ["A", "B", "C"]))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["writerTallies"] as? String, "1 1 1 1 0 1 1 0 1")
        XCTAssertEqual(object["writers"] as? String, "A\nB\nC")
    }

    func testADamagedRecordIsRefused() throws {
        let good = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(digest(writers: ["A", "B"]))) as? [String: Any])
        let damaged: [(String, Any)] = [
            ("writerTallies", "1 1 1"), ("writerTallies", "1 1 1 1 0 -1"), ("writerTallies", "1  1 1 1 0 1"),
            ("writerTallies", "1 1 1 1 0 1 "), ("writerTallies", "99999999999999999999 1 1 1 0 1"),
            ("concerns", ["dig": "5 1 1"]), ("concerns", ["dig": "0 1"]), ("writers", "A"),
        ]
        for (key, value) in damaged {
            var object = good
            object[key] = value
            let data = try JSONSerialization.data(withJSONObject: object)
            XCTAssertThrowsError(try JSONDecoder().decode(FortnightDigest.self, from: data), "\(key): \(value)")
        }
    }
}
