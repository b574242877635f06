import Foundation
import GleanTestSupport
import XCTest

/// `glean counts` reads the fortnights' digests, not their text, and a fortnight's file changed by hand is read again:
/// the counts always equal those made from the files themselves.
final class CountsFromDigestsTests: EndToEndTestCase {
    private func programme() throws -> URL {
        let project = directory.appendingPathComponent("programme")
        let made = try glean("generate", project.path, "--participants", "60", "--fortnights", "8")
        XCTAssertEqual(made.status, 0, made.stderr)
        return project
    }

    /// The counts of a copy of `project` without its cache: made from the files alone.
    private func countsFromFiles(_ project: URL) throws -> String {
        let copy = directory.appendingPathComponent("copy-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: project, to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("cache"))
        let counts = try glean("counts", "-p", copy.path, "--json")
        XCTAssertEqual(counts.status, 0, counts.stderr)
        return counts.stdout
    }

    /// The project files `glean arguments…` opens, as strace sees them; nil when strace cannot trace here.
    private func filesOpened(_ arguments: [String]) throws -> [String]? {
        guard let binary = GleanBinary.url, FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
            return nil
        }
        let trace = directory.appendingPathComponent("trace-\(UUID().uuidString)")
        let traced = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/strace"),
            ["-f", "-y", "-e", "trace=openat", "-o", trace.path, binary.path] + arguments,
            environment: [:])
        guard traced.status == 0, let log = try? String(contentsOf: trace, encoding: .utf8) else { return nil }
        // Glean opens files relative to a folder it holds open: `openat(5</…/fortnights/003>, "logs.json", …) = 6`.
        return log.split(separator: "\n").filter { !$0.contains("ENOENT") }.compactMap { line -> String? in
            guard let open = line.range(of: "openat("),
                let folderEnd = line.range(of: ">, \"", range: open.upperBound..<line.endIndex),
                let folderStart = line.range(of: "<", range: open.upperBound..<folderEnd.lowerBound)
            else { return nil }
            let name = line[folderEnd.upperBound...].prefix { $0 != "\"" }
            let path = line[folderStart.upperBound..<folderEnd.lowerBound] + "/" + name
            return path.contains("/programme/") ? String(path) : nil
        }
    }

    func testCountsReadDigestsNotTheFortnightsText() throws {
        let project = try programme()
        let counts = try glean("counts", "-p", project.path, "--json")
        XCTAssertEqual(counts.status, 0, counts.stderr)
        XCTAssertEqual(counts.stdout, try countsFromFiles(project))
        guard let opened = try filesOpened(["counts", "-p", project.path, "--json"]) else {
            throw XCTSkip("strace cannot trace processes here; the counts were still checked against the files")
        }
        XCTAssertTrue(opened.contains { $0.hasSuffix("cache/digests/008.json") }, "\(opened)")
        let text = opened.filter { $0.hasSuffix("logs.json") || $0.hasSuffix("coding.json") }
        XCTAssertEqual(text, [], "no fortnight's logs or coding is read")
    }

    func testAFortnightEditedByHandIsReadAgainAndCountedAsItIsNow() throws {
        let project = try programme()
        let before = try glean("counts", "-p", project.path, "--json").stdout
        let coding = project.appendingPathComponent("fortnights/003/coding.json")
        let text = try String(contentsOf: coding, encoding: .utf8)
        let first = try XCTUnwrap(text.range(of: "\"staff-wellbeing\""), "the fortnight has a quote on staff wellbeing")
        let edited = text.replacingCharacters(in: first, with: "\"inequalities\"")
        try Data(edited.utf8).write(to: coding)
        let after = try glean("counts", "-p", project.path, "--json")
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertNotEqual(after.stdout, before, "the hand edit changed the figures")
        XCTAssertEqual(after.stdout, try countsFromFiles(project))
        guard let opened = try filesOpened(["counts", "-p", project.path, "--json"]) else {
            throw XCTSkip("strace cannot trace processes here; the counts were still checked against the files")
        }
        let text3 = opened.filter { $0.hasSuffix("logs.json") || $0.hasSuffix("coding.json") }.map {
            $0.components(separatedBy: "/").suffix(3).joined(separator: "/")
        }
        XCTAssertEqual(
            Set(text3), ["fortnights/003/logs.json", "fortnights/003/coding.json"], "only the edited fortnight is read")
    }
}
