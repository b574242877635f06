import XCTest

@testable import GleanCore

/// The one tagging rule: the quote at exactly the passage takes the concerns, each once and in order; elsewhere a new
/// quote is made; taking a quote's last concern off removes it.
final class QuoteTaggingTests: XCTestCase {
    private let log = "A-01-2020-04-17"
    private let sentence = QuotePassage(log: "A-01-2020-04-17", section: 0, range: 20..<36)

    private func quote(_ id: String, _ range: Range<Int>, _ concerns: [String], section: Int = 0, coder: String = "ben")
        -> Quote
    {
        Quote(
            id: id, log: log, participant: "A-01", section: section, start: range.lowerBound, end: range.upperBound,
            concerns: concerns, coder: coder, created: "2020-04-21T09:00:00Z")
    }

    private func tag(_ concerns: [String], at passage: QuotePassage? = nil, among quotes: [Quote])
        -> (quote: Quote, added: [String])?
    {
        QuoteTagging.tag(
            concerns, at: passage ?? sentence, participant: "A-01", among: PassageQuotes(quotes), coder: "ada",
            created: "2020-05-20T10:00:00Z", newID: { "new" })
    }

    func testAnUntaggedPassageGetsANewQuoteByTheTagger() throws {
        let tagged = try XCTUnwrap(tag(["wellbeing"], among: [quote("q1", 0..<19, ["feedback"])]))
        XCTAssertEqual(
            tagged.quote,
            Quote(
                id: "new", log: log, participant: "A-01", section: 0, start: 20, end: 36, concerns: ["wellbeing"],
                coder: "ada", created: "2020-05-20T10:00:00Z"))
        XCTAssertEqual(tagged.added, ["wellbeing"])
    }

    func testTheQuoteWithExactlyThePassageIsReusedWhoeverMadeIt() throws {
        let theirs = quote("q2", 20..<36, ["wellbeing"], coder: "ben")
        let tagged = try XCTUnwrap(tag(["feedback"], among: [theirs]))
        var expected = theirs
        expected.concerns = ["feedback", "wellbeing"]
        XCTAssertEqual(tagged.quote, expected, "same id, coder, created; the concern added")
        XCTAssertEqual(tagged.added, ["feedback"])
    }

    func testOnlyTheExactPassageCounts() throws {
        let near = [
            quote("wider", 20..<37, ["wellbeing"]), quote("inside", 21..<36, ["wellbeing"]),
            quote("other-section", 20..<36, ["wellbeing"], section: 1),
        ]
        var otherLog = quote("other-log", 20..<36, ["wellbeing"])
        otherLog.log = "B-02-2020-04-18"
        XCTAssertEqual(tag(["feedback"], among: near + [otherLog])?.quote.id, "new")
    }

    func testTheFirstQuoteAtAPassageIsTheOneTagged() throws {
        let quotes = [quote("first", 20..<36, ["equipment"]), quote("second", 20..<36, ["feedback"])]
        XCTAssertEqual(tag(["wellbeing"], among: quotes)?.quote.id, "first")
    }

    func testAnotherFacilitatorsQuoteLeftOutOfTheIndexIsNeverChanged() throws {
        let theirs = quote("q2", 20..<36, ["wellbeing"], coder: "ben")
        let mine = [theirs].filter { $0.coder == "ada" }
        let tagged = try XCTUnwrap(tag(["wellbeing"], among: mine))
        XCTAssertEqual(tagged.quote.id, "new")
        XCTAssertEqual(tagged.quote.coder, "ada")
    }

    func testConcernsAreKeptSortedByIDWhateverTheOrderTheyCameIn() throws {
        // Codebook order in `Fixtures.small()` is feedback, wellbeing, equipment: a quote keeps ids sorted instead.
        let first = try XCTUnwrap(tag(["wellbeing", "feedback"], among: []))
        XCTAssertEqual(first.quote.concerns, ["feedback", "wellbeing"])
        XCTAssertEqual(first.added, ["wellbeing", "feedback"], "added is in the order given")
        let second = try XCTUnwrap(tag(["equipment"], among: [first.quote]))
        XCTAssertEqual(second.quote.concerns, ["equipment", "feedback", "wellbeing"])
        XCTAssertEqual(QuoteTagging.ordered(["wellbeing", "equipment", "wellbeing"]), ["equipment", "wellbeing"])
    }

    func testAConcernIsNeverAddedTwice() throws {
        let there = quote("q2", 20..<36, ["wellbeing"])
        XCTAssertNil(tag(["wellbeing"], among: [there]), "nothing to add: no change")
        let tagged = try XCTUnwrap(tag(["feedback", "wellbeing", "feedback"], among: [there]))
        XCTAssertEqual(tagged.quote.concerns, ["feedback", "wellbeing"])
        XCTAssertEqual(tagged.added, ["feedback"])
    }

    func testANewIDIsMadeOnlyForANewQuote() {
        var made = 0
        _ = QuoteTagging.tag(
            ["feedback"], at: sentence, participant: "A-01",
            among: PassageQuotes([quote("q2", 20..<36, ["wellbeing"])]), coder: "ada", created: "",
            newID: {
                made += 1
                return "new"
            })
        XCTAssertEqual(made, 0)
    }

    func testUntaggingKeepsTheQuoteWhileItHasAConcernAndRemovesItAfterTheLast() {
        let both = quote("q6", 37..<52, ["equipment", "wellbeing"])
        var left = both
        left.concerns = ["equipment"]
        XCTAssertEqual(QuoteTagging.untag("wellbeing", from: both, fortnight: 2), .putQuote(fortnight: 2, quote: left))
        XCTAssertEqual(QuoteTagging.untag("equipment", from: left, fortnight: 2), .removeQuote(fortnight: 2, id: "q6"))
        XCTAssertNil(QuoteTagging.removing(where: { _ in true }, from: both))
        XCTAssertEqual(QuoteTagging.removing(where: { $0 == "wellbeing" }, from: both), left)
    }

    func testAnImportedQuoteWhoseCodesMeanOneConcernHoldsItOnce() throws {
        let project = Fixtures.small()
        let log = try XCTUnwrap(project.fortnight(1).log(id: self.log))
        var incoming = ExchangeImport.Incoming(name: "x")
        incoming.logs = [log]
        incoming.concerns = [Fixtures.concern("w1", key: nil), Fixtures.concern("w2", key: nil)].map {
            var concern = $0
            concern.name = $0.id == "w1" ? "Wellbeing" : "WELLBEING"
            return concern
        }
        incoming.quotes = [quote("imported", 0..<19, ["w2", "w1"])]
        let merge = ExchangeMerge(incoming, into: project)
        XCTAssertEqual(merge.edit.changes.count, 1)
        guard case .putQuote(1, let imported) = merge.edit.changes.first else {
            return XCTFail("\(merge.edit.changes)")
        }
        XCTAssertEqual(imported.concerns, ["wellbeing"])
    }
}
