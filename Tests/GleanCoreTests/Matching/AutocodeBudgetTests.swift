import Foundation
import GleanResources
import XCTest

@testable import GleanCore

/// Auto-coding with the metered ICU matcher: the sentences it tags are the ones Swift's `Regex` tagged before, and a
/// runaway pattern or a cancel stops the whole run with no edit.
final class AutocodeBudgetTests: XCTestCase {
    private static let sample = try! ProjectStore.open(BundledResources.sampleProject).opened

    /// The (fortnight, log, section, range) of every sentence of the sample project that the pattern matched with
    /// Swift's `Regex`, the way auto-coding matched before it was metered.
    private func taggedBySwiftRegex(_ pattern: String) throws -> Set<String> {
        let regex = try Regex(pattern).ignoresCase()
        var tagged = Set<String>()
        for (number, fortnight) in Self.sample.fortnights {
            for log in fortnight.logs {
                for (index, section) in log.sections.enumerated() {
                    for sentence in TextSegments.sentences(in: section.text)
                    where TextSegments.slice(section.text, sentence).contains(regex) {
                        tagged.insert("\(number) \(log.id) \(index) \(sentence)")
                    }
                }
            }
        }
        return tagged
    }

    private func edit(_ project: Project, _ pattern: String, budget: MatchBudget = MatchBudget()) throws -> Edit? {
        var next = 0
        return try AutoCoding.edit(
            project, pattern: pattern, concern: project.codebook.concerns[0].id, fortnight: nil,
            newID: {
                next += 1
                return "auto-\(next)"
            }, coder: "tester", created: "2026-11-25T10:00:00Z", budget: budget)
    }

    func testOrdinaryPatternsTagTheSameSentencesAsSwiftRegexDid() throws {
        // No concern is on any quote yet, so every matching sentence is in the edit.
        var project = Self.sample
        for number in project.fortnightNumbers {
            project.fortnights[number]?.quotes = []
        }
        let patterns = [
            "exhaust|burn.?out", "headset", "staff", "tired|stress(ed)?", "\\bwait(ing)? list", "^we ", "[0-9]+",
            "rota\\b", "patients?\\.$", "(gp|nurse)s? ", "clinic.*today", "a{2}", "train(ed|ing)", "[^a-z ]{2}",
        ]
        var total = 0
        for pattern in patterns {
            let expected = try taggedBySwiftRegex(pattern)
            let edit = try self.edit(project, pattern)
            var tagged = Set<String>()
            for case .putQuote(let fortnight, let quote) in edit?.changes ?? [] {
                tagged.insert("\(fortnight) \(quote.log) \(quote.section) \(quote.range)")
            }
            XCTAssertEqual(tagged, expected, pattern)
            total += tagged.count
        }
        XCTAssertGreaterThan(total, 100, "the patterns match a good share of the sample")
    }

    func testARunawayPatternStopsTheRunNamingThePatternTheSentenceAndWhy() throws {
        var project = Self.sample
        let participant = project.participants[0].code
        let log = Log(
            id: "", participant: participant, date: Day(iso: "2020-05-01")!,
            sections: [LogSection(prompt: "Progress", text: "Fine. " + String(repeating: "a", count: 40) + "!")])
        _ = project.addLogs([log])
        let started = Date()
        XCTAssertThrowsError(try edit(project, "(a+)+$")) { error in
            let message = "\(error)"
            XCTAssertTrue(
                message.hasPrefix(
                    "\"(a+)+$\" took too long at log \(participant)-2020-05-01, section 1 (“Progress”), sentence 2 (“aaaa"
                ), message)
            XCTAssertTrue(message.contains("it backtracks: the nested quantifiers in (a+)+"), message)
            XCTAssertTrue(message.hasSuffix("nothing was tagged"), message)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testTheRunBudgetBoundsTheWholeRun() throws {
        var project = Self.sample
        let slow = String(repeating: "b", count: 2_000)
        _ = project.addLogs(
            (1...6).map { day in
                Log(
                    id: "", participant: project.participants[0].code, date: Day(iso: "2020-05-0\(day)")!,
                    sections: [LogSection(prompt: "Progress", text: slow)])
            })
        XCTAssertThrowsError(try edit(project, ".*x", budget: MatchBudget(stepsPerMatch: 2_000, stepsPerRun: 500))) {
            XCTAssertTrue("\($0)".contains("used up the time allowed for the whole run"), "\($0)")
        }
    }

    func testACancelledRunThrowsCancellationErrorAndMakesNoEdit() throws {
        let token = CancellationToken()
        token.cancel()
        XCTAssertThrowsError(try edit(Self.sample, "staff", budget: MatchBudget(cancellation: token))) {
            XCTAssertTrue($0 is CancellationError, "\($0)")
        }
    }

    func testTheHazardNamesNestedQuantifiersAndLongRepeats() {
        XCTAssertEqual(BacktrackingHazard.nestedQuantifier(in: "(a+)+$"), "(a+)+")
        XCTAssertEqual(BacktrackingHazard.nestedQuantifier(in: "^(\\w+\\s?)*$"), "(\\w+\\s?)*")
        XCTAssertEqual(BacktrackingHazard.nestedQuantifier(in: "x((ab)*c){2,}"), "((ab)*c){2,}")
        XCTAssertEqual(BacktrackingHazard.nestedQuantifier(in: "(?:a|b+)+?z"), "(?:a|b+)+?")
        for safe in ["(a+)++", "(a+)?", "[(a+)]+", "\\(a+\\)+", "(ab)+", "a{1,1}", "(a+){1}"] {
            XCTAssertNil(BacktrackingHazard.nestedQuantifier(in: safe), safe)
        }
        XCTAssertEqual(BacktrackingHazard.unboundedRepeats(in: ".*x.*y"), 2)
        XCTAssertEqual(BacktrackingHazard.unboundedRepeats(in: "a\\*b[*]"), 0)
        XCTAssertTrue(BacktrackingHazard.explain(".*a.*b").contains("unbounded repetitions"))
        XCTAssertTrue(BacktrackingHazard.explain("(a|aa)+").contains("backtracks too much"))
    }
}
