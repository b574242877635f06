import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// Random small patterns without catastrophic forms find the same texts through `PatternMatcher` as through
/// `NSRegularExpression` (ICU inside Foundation) and Swift's `Regex`, all ignoring case.
///
/// `GLEAN_FUZZ_ITERATIONS`, `GLEAN_FUZZ_SEED` and `GLEAN_FUZZ_CASE` vary the run as for the other fuzz tests.
final class PatternMatcherPropertyTests: XCTestCase {
    private static let textsPerPattern = 12

    func testRandomPatternsMatchLikeNSRegularExpressionAndSwiftRegex() throws {
        let settings = FuzzSettings(environment: ProcessInfo.processInfo.environment)
        var compared = 0
        for index in settings.cases {
            var random = SeededGenerator.forCase(index, ofRun: settings.seed)
            let pattern = RandomPattern.alternation(depth: 2, &random)
            let matcher = try PatternMatcher(pattern)
            let foundation = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            let swift = try Regex(pattern).ignoresCase()
            for _ in 0..<Self.textsPerPattern {
                let text = RandomPattern.text(&random)
                let expected = foundation.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                let found = try matcher.matches(text)
                XCTAssertEqual(found, expected, "“\(pattern)” on “\(text)”; \(settings.reproduction(ofCase: index))")
                XCTAssertEqual(text.contains(swift), expected, "Swift Regex “\(pattern)” on “\(text)”")
                compared += 1
            }
        }
        XCTAssertEqual(compared, settings.cases.count * Self.textsPerPattern)
    }
}

/// Patterns from a small grammar the three engines agree on, with no repeated group holding a repetition.
private enum RandomPattern {
    private static let atoms = ["a", "b", "A", "x", " ", "\\.", ".", "[ab]", "[^a ]", "[a-c]", "\\s", "\\w", "é"]
    private static let quantifiers = ["", "", "", "?", "*", "+", "{1,2}", "{2}", "*?", "+?"]
    private static let alphabet: [Character] = ["a", "A", "b", "B", "x", " ", ".", "é", "É", "c"]

    static func alternation(depth: Int, _ random: inout SeededGenerator) -> String {
        let branches = (0..<Int.random(in: 1...2, using: &random)).map { _ in sequence(depth: depth, &random) }
        let anchoredStart = Int.random(in: 0..<4, using: &random) == 0 ? "^" : ""
        let anchoredEnd = Int.random(in: 0..<4, using: &random) == 0 ? "$" : ""
        return anchoredStart + branches.joined(separator: "|") + anchoredEnd
    }

    private static func sequence(depth: Int, _ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...4, using: &random)).map { _ in
            if depth > 0, Int.random(in: 0..<5, using: &random) == 0 {
                let inner = (0..<Int.random(in: 1...2, using: &random)).map { _ in
                    (0..<Int.random(in: 1...3, using: &random)).map { _ in atoms.randomElement(using: &random)! }
                        .joined()
                }
                return "(?:" + inner.joined(separator: "|") + ")" + ["", "?"].randomElement(using: &random)!
            }
            return atoms.randomElement(using: &random)! + quantifiers.randomElement(using: &random)!
        }.joined()
    }

    static func text(_ random: inout SeededGenerator) -> String {
        String((0..<Int.random(in: 0...10, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }
}
