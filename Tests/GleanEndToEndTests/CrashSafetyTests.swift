import Foundation
import GleanCore
import GleanTestSupport
import XCTest

/// `glean tag` and `glean compact` killed with SIGKILL at random moments: after every kill the project checks clean
/// and every tag a command reported saved is on disk.
final class CrashSafetyTests: EndToEndTestCase {
    /// Tags run to completion first, to time `glean tag` on this machine; they must survive every kill after.
    private static let timedTags = 5

    func testEveryAcknowledgedTagSurvivesSIGKILLAtARandomMoment() throws {
        let project = try makeSample()
        var random = SeededGenerator(seedFromEnvironment: "GLEAN_CRASH_SEED")
        let iterations = ProcessInfo.processInfo.environment["GLEAN_CRASH_ITERATIONS"].flatMap { Int($0) } ?? 200
        var targets = try tags(project, using: &random).makeIterator()
        var acknowledged = (0..<Self.timedTags).compactMap { _ in targets.next() }
        let latestKill = try latestKillMoment(running: acknowledged, in: project)
        print(
            "CrashSafetyTests: \(iterations) glean processes, each sent SIGKILL 0–\(latestKill / 1000) ms after its "
                + "spawn; replay with GLEAN_CRASH_SEED=\(random.seed) GLEAN_CRASH_LATEST_KILL_MS=\(latestKill / 1000)")
        var tally = CrashTally()
        var unacknowledged: [Tag] = []
        for iteration in 1...max(1, iterations) {
            let tag = Int.random(in: 0..<4, using: &random) == 0 ? nil : targets.next()
            let arguments = tag.map { $0.arguments(project) } ?? ["compact", "-p", project.path]
            let process = try GleanBinary.spawn(arguments, terminalOutput: true)
            usleep(UInt32.random(in: 0...latestKill, using: &random))
            process.kill(SIGKILL)
            let result = try process.wait()
            let context = "kill \(iteration) of glean \(arguments[0]) (seed \(random.seed))"
            XCTAssertTrue(
                [0, 128 + SIGKILL].contains(result.status), "\(context) exited \(result.status): \(result.stderr)")
            let saved = result.stdout.split(separator: "\n").contains { $0.hasPrefix("Saved:") }
            tally.count(result, tag: tag != nil, saved: saved)
            if let tag { saved ? acknowledged.append(tag) : unacknowledged.append(tag) }

            let check = try glean("check", "-p", project.path)
            XCTAssertEqual(check.status, 0, "after \(context), glean check failed:\n\(check.stderr)")
            let present = try presentTags(project)
            let missing = acknowledged.filter { !present.contains($0) }
            XCTAssertEqual(missing, [], "after \(context), tags reported saved are missing")
            guard check.status == 0, missing.isEmpty else { break }
        }
        let present = try presentTags(project)
        tally.acknowledged = acknowledged.count
        tally.found = acknowledged.filter(present.contains).count
        tally.savedUnacknowledged = unacknowledged.filter(present.contains).count
        print("CrashSafetyTests: \(tally)")
        XCTAssertGreaterThan(
            acknowledged.count, 0, "no tag was acknowledged, so nothing was proved; raise GLEAN_CRASH_ITERATIONS")
        XCTAssertGreaterThan(tally.tagsKilledBeforeAcknowledgement, 0, "no kill landed before a tag was saved")
    }

    /// Runs `tags` to completion, timing them, and returns how long after its spawn a process may be killed, in µs:
    /// `GLEAN_CRASH_LATEST_KILL_MS`, or a third more than the quickest run, so kills land in start-up, loading, the
    /// journal's write and flush, and exit alike (at least 15 ms; more where a debug build runs slower).
    private func latestKillMoment(running tags: [Tag], in project: URL) throws -> UInt32 {
        var lifetimes: [UInt32] = []
        for tag in tags {
            let started = Date()
            let result = try GleanBinary.run(tag.arguments(project))
            lifetimes.append(UInt32(Date().timeIntervalSince(started) * 1_000_000))
            XCTAssertTrue(result.stdout.hasPrefix("Saved:"), "glean tag printed: \(result.stdout)\(result.stderr)")
        }
        print("CrashSafetyTests: glean tag runs in \(lifetimes.map { "\($0 / 1000)" }.joined(separator: ", ")) ms here")
        let given = ProcessInfo.processInfo.environment["GLEAN_CRASH_LATEST_KILL_MS"].flatMap { UInt32($0) }
        return given.map { $0 * 1000 } ?? max(15_000, (lifetimes.min() ?? 0) * 4 / 3)
    }

    /// Tags to ask for: every sentence not quoted yet, in random order, each with a concern; then the same sentences
    /// with other concerns, so no two tags are the same.
    private func tags(_ project: URL, using random: inout SeededGenerator) throws -> [Tag] {
        let quoted = Set(try allQuotes(project).map(Passage.init(quote:)))
        let passages = try Passage.sentences(inProjectAt: project).filter { !quoted.contains($0) }
            .shuffled(using: &random)
        let concerns = try readProject(project).codebook.concerns.map(\.id).shuffled(using: &random)
        return concerns.indices.flatMap { round in
            passages.enumerated().map { Tag(passage: $1, concern: concerns[($0 + round) % concerns.count]) }
        }
    }

    /// Every (passage, concern) pair tagged in the project, read through the library.
    private func presentTags(_ project: URL) throws -> Set<Tag> {
        Set(
            try allQuotes(project).flatMap { quote in
                quote.concerns.map { Tag(passage: Passage(quote: quote), concern: $0) }
            })
    }
}

/// A passage tagged with one concern.
private struct Tag: Hashable, CustomStringConvertible {
    let passage: Passage
    let concern: String

    var description: String { "\(concern) on \(passage)" }

    /// The `glean tag` arguments that ask for this tag in `project`.
    func arguments(_ project: URL) -> [String] {
        [
            "tag", "-p", project.path, "--log", passage.log, "--section", "\(passage.section)",
            "--start", "\(passage.start)", "--end", "\(passage.end)", "--concern", concern,
        ]
    }
}

extension Passage {
    /// The passage `quote` covers.
    fileprivate init(quote: Quote) {
        self.init(log: quote.log, section: quote.section, start: quote.start, end: quote.end)
    }
}
