import Foundation
import XCTest

@testable import GleanCore

/// The metered ICU matcher: ordinary patterns as before, runaway ones stopped by the step budget or a cancel.
final class PatternMatcherTests: XCTestCase {
    private let fortyAs = String(repeating: "a", count: 40)

    func testOrdinaryPatternsMatchIgnoringCase() throws {
        let matcher = try PatternMatcher("exhaust|burn.?out")
        XCTAssertTrue(try matcher.matches("Total BURN-OUT."))
        XCTAssertTrue(try matcher.matches("Exhausted!"))
        XCTAssertFalse(try matcher.matches("Staff are tired."))
        XCTAssertTrue(try PatternMatcher("^staff.*tired\\.$").matches("Staff are tired."))
        XCTAssertTrue(try PatternMatcher("ÉTÉ").matches("un été chaud"))
        XCTAssertFalse(try PatternMatcher("x").matches(""))
    }

    func testNestedQuantifiersAreStoppedAtTheStepLimitQuickly() throws {
        let matcher = try PatternMatcher("(a+)+$")
        let started = Date()
        XCTAssertThrowsError(try matcher.matches(fortyAs + "!")) { XCTAssertEqual($0 as? MatchStopped, .matchTooLong) }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertTrue(try matcher.matches(fortyAs), "forty a's and nothing else match at once")
    }

    func testTheStepLimitIsPerSearchAndTheRunLimitIsForAllSearches() throws {
        // `.*x` on 2,000 scalars without an x takes about 2 million operations: some 200 steps.
        let slow = String(repeating: "b", count: 2_000)
        let perSearch = try PatternMatcher(".*x", budget: MatchBudget(stepsPerMatch: 2_000, stepsPerRun: 1_000_000))
        for _ in 0..<5 { XCTAssertFalse(try perSearch.matches(slow)) }
        let perRun = try PatternMatcher(".*x", budget: MatchBudget(stepsPerMatch: 2_000, stepsPerRun: 500))
        XCTAssertThrowsError(try (0..<5).forEach { _ in _ = try perRun.matches(slow) }) {
            XCTAssertEqual($0 as? MatchStopped, .runTooLong)
        }
    }

    func testBacktrackingThatWouldExhaustMemoryIsStopped() throws {
        let matcher = try PatternMatcher("\\w+ing")
        XCTAssertThrowsError(try matcher.matches(String(repeating: "a", count: 1 << 20))) {
            XCTAssertEqual($0 as? MatchStopped, .tooMuchBacktracking)
        }
    }

    func testCancellingStopsARunningSearchPromptly() throws {
        let token = CancellationToken()
        let stopped = expectation(description: "the search stops")
        let text = String(repeating: "a", count: 60) + "!"
        let outcome = Box<Result<Bool, MatchStopped>>()
        Thread {
            let budget = MatchBudget(stepsPerMatch: 0, stepsPerRun: .max, cancellation: token)
            outcome.value = Result { () throws(MatchStopped) in
                try (try! PatternMatcher("(a+)+$", budget: budget)).matches(text)
            }
            stopped.fulfill()
        }.start()
        Thread.sleep(forTimeInterval: 0.2)
        XCTAssertNil(outcome.value, "still searching before the cancel")
        let cancelled = Date()
        token.cancel()
        wait(for: [stopped], timeout: 5)
        XCTAssertLessThan(Date().timeIntervalSince(cancelled), 1)
        XCTAssertEqual(outcome.value, .failure(.cancelled))
    }

    func testACancelledTokenStopsBeforeSearching() throws {
        let token = CancellationToken()
        token.cancel()
        let matcher = try PatternMatcher("a", budget: MatchBudget(cancellation: token))
        XCTAssertThrowsError(try matcher.matches("a")) { XCTAssertEqual($0 as? MatchStopped, .cancelled) }
    }

    func testInvalidPatternsSayWhatAndWhere() {
        XCTAssertThrowsError(try PatternMatcher("(unclosed")) {
            XCTAssertEqual(($0 as? InvalidPattern)?.description, "mismatched paren at character 10")
        }
        XCTAssertThrowsError(try PatternMatcher("a{2,1}")) { XCTAssertNotNil($0 as? InvalidPattern) }
        XCTAssertThrowsError(try PatternMatcher("[z-a]")) { XCTAssertNotNil($0 as? InvalidPattern) }
    }

    func testPatternsMatchingEmptyTextAreRecognised() throws {
        for pattern in ["x*", "^", "$", "a?", "(?:)", "|b"] {
            XCTAssertTrue(try PatternMatcher(pattern).matchesEmptyText, pattern)
        }
        for pattern in ["x", "a+", "\\w", "."] {
            XCTAssertFalse(try PatternMatcher(pattern).matchesEmptyText, pattern)
        }
    }
}

/// A value one thread writes and another reads, under a lock.
final class Box<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    var value: Value? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
