import Foundation
import GleanCore
import GleanTestSupport
import XCTest

/// The interface killed with SIGKILL a few milliseconds after a tag key: every tag and quote the screen showed as
/// saved is on disk, and the project always opens.
final class InterfaceCrashSafetyTests: EndToEndTestCase {
    /// The Reader's header for the sample's second log of fortnight 3, which has no quotes.
    private static let header = "EE-09 · secondary · Consultant rheumatologist"

    func testWhatTheScreenShowedAsSavedSurvivesSIGKILL() throws {
        let project = try makeSample()
        let opened = try readProject(project)
        let log = try XCTUnwrap(opened.fortnight(3).logs.first { $0.participant == "EE-09" })
        XCTAssertEqual(try quotes(project, log: log.id).count, 0, "the test starts from a log with no quotes")
        let sentences = log.sections.indices.flatMap { section in
            TextSegments.sentences(in: log.sections[section].text).map { (section: section, range: $0) }
        }
        var random = SeededGenerator(seedFromEnvironment: "GLEAN_CRASH_SEED")
        let kills = ProcessInfo.processInfo.environment["GLEAN_INTERFACE_KILLS"].flatMap { Int($0) } ?? 20
        print("InterfaceCrashSafetyTests: \(kills) kills; replay with GLEAN_CRASH_SEED=\(random.seed)")
        var pressed: Set<[Int]> = []
        var acknowledgedQuotes = 0
        var acknowledgedTags: [String] = []
        var killedBeforeAcknowledgement = 0
        for attempt in 1...max(1, kills) {
            // The first sentence is never tagged, and no sentence gets the same key twice: a second press would untag.
            let steps = 1 + (attempt - 1) % (sentences.count - 1)
            let key = try XCTUnwrap((1...9).filter { !pressed.contains([steps, $0]) }.randomElement(using: &random))
            pressed.insert([steps, key])
            let keys = Array(repeating: "j", count: steps) + ["\(key)"]
            let waitForSave = attempt % 4 == 0
            let screen = try pressAndKill(project, keys: keys, waitingForSave: waitForSave, using: &random)

            if Self.showsTagSaved(screen) {
                let concern = try XCTUnwrap(opened.codebook.concern(forKey: key)).id
                let sentence = sentences[steps]
                acknowledgedTags.append("\(concern) on section \(sentence.section) \(sentence.range)")
            } else {
                killedBeforeAcknowledgement += 1
            }
            if screen.last?.contains(Self.saved) == true, let shown = Self.shownQuoteCount(screen) {
                acknowledgedQuotes = max(acknowledgedQuotes, shown)
            }

            let context = "kill \(attempt) (seed \(random.seed))"
            let check = try glean("check", "-p", project.path)
            XCTAssertEqual(check.status, 0, "after \(context), glean check failed:\n\(check.stderr)")
            let onDisk = try quotes(project, log: log.id)
            let tagged = Set(
                onDisk.flatMap { quote in
                    quote.concerns.map { "\($0) on section \(quote.section) \(quote.range)" }
                })
            let missing = acknowledgedTags.filter { !tagged.contains($0) }
            XCTAssertGreaterThanOrEqual(
                onDisk.count, acknowledgedQuotes, "after \(context), quotes shown saved are missing")
            XCTAssertEqual(missing, [], "after \(context), tags shown saved are missing")
            guard check.status == 0, onDisk.count >= acknowledgedQuotes, missing.isEmpty else { break }
        }
        print(
            "InterfaceCrashSafetyTests: \(pressed.count) kills, \(killedBeforeAcknowledgement) before the screen "
                + "showed the tag saved; \(acknowledgedTags.count) tags and \(acknowledgedQuotes) quotes acknowledged on screen, "
                + "\(try quotes(project, log: log.id).count) quotes on disk")
        XCTAssertGreaterThan(acknowledgedTags.count, 0, "no screen showed a saved tag, so nothing was proved")
    }

    /// Whether `screen` says a tag is saved: "Tagged …" in the status bar after "✓ saved", or, when too long for it, on
    /// the message rows just above it while the status bar says "✓ saved".
    private static func showsTagSaved(_ screen: [String]) -> Bool {
        guard let last = screen.last, last.contains("│ \(saved) │") else { return false }
        return last.contains("│ \(saved) │ Tagged ")
            || screen.suffix(5).dropLast().contains { $0.hasPrefix(" Tagged ") }
    }

    /// Opens the Reader on the log, sends `keys` at once, waits 0–40 ms (or, `waitingForSave`, until the status bar
    /// says the tag is saved, so that every run proves something however busy the machine is), captures the screen,
    /// kills Glean with SIGKILL and returns the screen.
    private func pressAndKill(
        _ project: URL, keys: [String], waitingForSave: Bool, using random: inout SeededGenerator
    ) throws -> [String] {
        let session = try open(project)
        try session.sendKeys("Down", "Enter")
        try session.waitFor(text: Self.header)
        try session.sendKeys(keys)
        if waitingForSave {
            try session.waitUntil("the tag shown saved") { Self.showsTagSaved($0) }
        } else {
            usleep(UInt32.random(in: 0...40_000, using: &random))
        }
        let screen = try session.capture()
        XCTAssertEqual(kill(try session.panePID(), SIGKILL), 0)
        XCTAssertEqual(try session.waitForExit(), 128 + SIGKILL)
        return screen
    }

    /// N in "Quotes in this log (N)", if the screen shows it.
    private static func shownQuoteCount(_ screen: [String]) -> Int? {
        screen.lazy.compactMap { $0.firstMatch(of: /Quotes in this log \((\d+)\)/).flatMap { Int($0.1) } }.first
    }

    /// The quotes of log `id`, read through the library.
    private func quotes(_ project: URL, log id: String) throws -> [Quote] {
        try allQuotes(project).filter { $0.log == id }
    }
}
