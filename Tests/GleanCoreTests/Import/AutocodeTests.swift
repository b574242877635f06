import Foundation
import XCTest

@testable import GleanCore

/// Auto-coding: every matching sentence tagged in one edit, which one inverse undoes.
final class AutocodeTests: XCTestCase {
    /// Every log of `Fixtures.small()` reads "We started clinics. Staff are tired! Headsets broke?"; sentences are
    /// 0..<19, 20..<36 and 37..<52. Wellbeing is on 20..<36 in A-01-2020-04-17, A-01-2020-05-01 and B-02-2020-05-02.
    private let project = Fixtures.small()

    private func ids() -> () -> String {
        var next = 0
        return {
            next += 1
            return "auto-\(next)"
        }
    }

    private func edit(_ pattern: String, _ concern: String, fortnight: Int? = nil) throws -> Edit? {
        try AutoCoding.edit(
            project, pattern: pattern, concern: concern, fortnight: fortnight, newID: ids(), coder: "tester",
            created: "2020-05-20T10:00:00Z")
    }

    func testEveryMatchingSentenceGetsANewQuoteInOneEdit() throws {
        let edit = try XCTUnwrap(try edit("WE START", "feedback", fortnight: 2))
        // Fortnight 2 has three logs, none of whose first sentences is a quote yet.
        XCTAssertEqual(edit.summary, "Tagged 3 sentences in 3 logs with Feedback")
        XCTAssertTrue(AutoCoding.tally(edit) == (3, 3))
        XCTAssertEqual(
            edit.changes,
            [
                .putQuote(fortnight: 2, quote: quote("auto-1", "A-01-2020-05-01", 0..<19, ["feedback"])),
                .putQuote(fortnight: 2, quote: quote("auto-2", "B-02-2020-05-02", 0..<19, ["feedback"])),
                .putQuote(fortnight: 2, quote: quote("auto-3", "C-03-2020-05-03", 0..<19, ["feedback"])),
            ])
    }

    func testAConcernNamedByItsNameIsTaggedByItsID() throws {
        let byName = try XCTUnwrap(try edit("WE START", "FEEDBACK", fortnight: 2))
        XCTAssertEqual(byName, try edit("WE START", "feedback", fortnight: 2))
    }

    func testAQuoteWithExactlyTheSentenceGetsTheConcernAddedAndAlreadyTaggedOnesAreLeftAlone() throws {
        let edit = try XCTUnwrap(try edit("tired", "equipment"))
        XCTAssertEqual(edit.summary, "Tagged 5 sentences in 5 logs with Equipment")
        var q2 = project.fortnight(1).quotes.first { $0.id == "q2" }!
        q2.concerns = ["equipment", "wellbeing"]
        var q4 = project.fortnight(2).quotes.first { $0.id == "q4" }!
        q4.concerns = ["equipment", "wellbeing"]
        var q5 = project.fortnight(2).quotes.first { $0.id == "q5" }!
        q5.concerns = ["equipment", "wellbeing"]
        XCTAssertEqual(
            edit.changes,
            [
                .putQuote(fortnight: 1, quote: q2),
                .putQuote(fortnight: 1, quote: quote("auto-1", "B-02-2020-04-18", 20..<36, ["equipment"])),
                .putQuote(fortnight: 2, quote: q4),
                .putQuote(fortnight: 2, quote: q5),
                .putQuote(fortnight: 2, quote: quote("auto-2", "C-03-2020-05-03", 20..<36, ["equipment"])),
            ])
        XCTAssertNil(
            try self.edit("headsets", "equipment", fortnight: 2)?.changes.first {
                if case .putQuote(_, let quote) = $0 { return quote.id == "q6" }
                return false
            }, "q6 is tagged equipment already")
    }

    func testNothingToTagGivesNoEdit() throws {
        XCTAssertNil(try edit("no such words", "feedback"))
        var tagged = project
        tagged.apply(try XCTUnwrap(try edit("clinics", "feedback")))
        XCTAssertNil(
            try AutoCoding.edit(
                tagged, pattern: "clinics", concern: "feedback", fortnight: nil, newID: ids(), coder: "t", created: "c")
        )
    }

    func testApplyingTheInverseRestoresTheProjectExactly() throws {
        let edit = try XCTUnwrap(try edit("tired|broke", "feedback"))
        var changed = project
        let inverse = changed.apply(edit)
        XCTAssertNotEqual(changed, project)
        XCTAssertEqual(
            changed.fortnights.values.flatMap(\.quotes).filter { $0.concerns.contains("feedback") }.count, 2 + 10)
        XCTAssertEqual(ProjectChecker.problems(in: changed), [])
        changed.apply(inverse)
        XCTAssertEqual(changed, project)
    }

    func testTheEditIsOneJournalLineAndSurvivesReopening() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ProjectStore.create(project, in: folder)
        let edit = try XCTUnwrap(try self.edit("tired|broke", "feedback"))
        try store.record(edit)
        let journal = try String(contentsOf: ProjectLayout(root: folder).journal, encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 1)
        var expected = project
        expected.apply(edit)
        XCTAssertEqual(try ProjectStore.open(folder).opened, expected)
    }

    func testMatchingIsPerSentenceAndIgnoresCase() throws {
        XCTAssertNil(try edit("CLINICS\\. STAFF", "feedback"), "a pattern spanning two sentences matches neither")
        XCTAssertEqual(
            try edit("hEaDsEtS bRoKe\\?", "wellbeing").map(AutoCoding.tally)?.sentences, 4,
            "five logs, one of whose sentences (q6) has wellbeing already")
    }

    func testBadPatternsConcernsAndFortnightsAreClearErrors() {
        XCTAssertThrowsError(try edit("(unclosed", "feedback")) { error in
            guard case .invalidPattern("(unclosed", _)? = error as? AutoCodingError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".hasPrefix("\"(unclosed\" is not a valid regular expression"), "\(error)")
        }
        XCTAssertThrowsError(try edit("x*", "feedback")) { error in
            XCTAssertEqual(error as? AutoCodingError, .patternMatchesEmptyText("x*"))
            XCTAssertEqual("\(error)", "\"x*\" matches empty text, so it would tag every sentence")
        }
        XCTAssertThrowsError(try edit("tired", "nope")) { error in
            let known = ["feedback", "wellbeing", "equipment"]
            XCTAssertEqual(error as? ScriptingError, .unknownConcern(.unknown(reference: "nope", known: known)))
            XCTAssertEqual("\(error)", "there is no concern \"nope\"; the codebook has feedback, wellbeing, equipment")
        }
        XCTAssertThrowsError(try edit("tired", "feedback", fortnight: 9)) { error in
            XCTAssertEqual(error as? AutoCodingError, .unknownFortnight(asked: 9, latest: 2))
            XCTAssertEqual("\(error)", "fortnight 9 does not exist; this programme has fortnights 1 to 2")
        }
    }

    private func quote(_ id: String, _ log: String, _ range: Range<Int>, _ concerns: [String]) -> Quote {
        Quote(
            id: id, log: log, participant: String(log.prefix(4)), section: 0, start: range.lowerBound,
            end: range.upperBound, concerns: concerns, coder: "tester", created: "2020-05-20T10:00:00Z")
    }
}

/// The plan auto-coding shows before it tags: counts, the concern's name and the first sentences with their match.
final class AutocodePlanTests: XCTestCase {
    func testThePlanNamesTheConcernCountsAndShowsTheFirstMatchesWhereTheyAre() throws {
        var next = 0
        let plan = try XCTUnwrap(
            try AutoCoding.plan(
                Fixtures.small(), pattern: "tired", concern: "equipment", fortnight: nil,
                newID: {
                    next += 1
                    return "auto-\(next)"
                }, coder: "tester", created: "2020-05-20T10:00:00Z",
                sampleLimit: 2))
        XCTAssertEqual(plan.concernName, "Equipment")
        XCTAssertEqual(plan.sentences, 5)
        XCTAssertEqual(plan.logs, 5)
        XCTAssertEqual(plan.samples.count, 2)
        XCTAssertEqual(plan.samples.first?.sentence, "Staff are tired!")
        XCTAssertEqual(plan.samples.first?.match, 10..<15)
        XCTAssertEqual(plan.edit.summary, "Tagged 5 sentences in 5 logs with Equipment")
    }

    func testAMatchAfterCharactersOutsideTheBasicPlaneIsCountedInScalars() throws {
        var project = Fixtures.small()
        let fortnight = project.fortnightNumbers.first!
        _ = project.addLogs([
            Log(
                id: "", participant: project.participants[0].code,
                date: project.fortnight(fortnight).logs.first { $0.participant != project.participants[0].code }!.date,
                sections: [LogSection(prompt: "Progress", text: "🙂🙂 Café staff are zonked.")])
        ])
        let plan = try XCTUnwrap(
            try AutoCoding.plan(
                project, pattern: "zonked", concern: "equipment", fortnight: nil, newID: { "new" }, coder: "tester",
                created: "2020-05-20T10:00:00Z"))
        XCTAssertEqual(plan.samples.map(\.sentence), ["🙂🙂 Café staff are zonked."])
        XCTAssertEqual(plan.samples.first?.match, 18..<24, "two emoji are two scalars (four UTF-16 units)")
    }
}
