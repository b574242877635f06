import Foundation
import GleanTestSupport
import XCTest

/// Fuzzes the project-file and journal readers: each case damages one file of a small valid project and checks
/// `OpenProperty` in a child process.
///
/// A few hundred cases by default; `GLEAN_FUZZ_ITERATIONS`, `GLEAN_FUZZ_SEED` and `GLEAN_FUZZ_CASE` (see
/// `FuzzSettings`) choose a longer run or replay one case. A failing case's project is kept for inspection.
final class ProjectFuzzTests: XCTestCase {
    /// Seconds each open (and the check) may take before it counts as a hang.
    static let timeLimit = 2.0
    /// Failing cases reported in full; later ones get one line each.
    static let reportedFailures = 10

    func testDamagedProjectsOpenOrFailCleanly() throws {
        let settings = FuzzSettings(environment: ProcessInfo.processInfo.environment)
        let template = try FuzzTemplate()
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("glean-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let started = Date()
        var opened = 0
        var refused = 0
        var failures = 0
        for index in settings.cases {
            var rng = SeededGenerator.forCase(index, ofRun: settings.seed)
            let fuzzCase = FuzzCase(template: template, using: &rng)
            try template.write(to: workspace, replacing: fuzzCase.path, with: fuzzCase.bytes)
            let outcome = Isolated.run(timeLimit: 5 * ProjectFuzzTests.timeLimit) {
                OpenProperty.check(workspace, damagedPath: fuzzCase.path, timeLimit: ProjectFuzzTests.timeLimit)
            }
            guard let failure = outcome.failure else {
                if case .finished(let report) = outcome, report.opened { opened += 1 } else { refused += 1 }
                continue
            }
            failures += 1
            if failures <= ProjectFuzzTests.reportedFailures {
                XCTFail(
                    """
                    fuzz case \(index) of seed \(settings.seed) damaged \(fuzzCase.path): \(fuzzCase.steps.joined(separator: "; "))
                    \(failure)
                    damaged project kept at \(try keep(workspace, seed: settings.seed, index: index).path)
                    replay: \(settings.reproduction(ofCase: index))
                    """)
            } else {
                print("Fuzz: case \(index) also fails: \(failure.prefix { $0 != "\n" }.prefix(200))")
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print(
            """
            Fuzz: \(settings.cases.count) cases from seed \(settings.seed) in \(String(format: "%.1f", seconds)) s \
            (\(String(format: "%.0f", Double(settings.cases.count) / max(seconds, 0.001))) cases/s): \(opened) opened, \
            \(refused) refused cleanly, \(failures) failing
            """)
    }

    /// Copies the damaged project somewhere it outlives the run, and returns where.
    private func keep(_ workspace: URL, seed: UInt64, index: Int) throws -> URL {
        let kept = FileManager.default.temporaryDirectory.appendingPathComponent("glean-fuzz-failure-\(seed)-\(index)")
        try? FileManager.default.removeItem(at: kept)
        try FileManager.default.copyItem(at: workspace, to: kept)
        return kept
    }
}

extension Isolated.Outcome<OpenProperty.Report> {
    /// What went wrong, or nil when the property held.
    var failure: String? {
        guard case .finished(let report) = self else { return abnormalEnd.map { "the check \($0)" } }
        return report.violations.isEmpty ? nil : report.violations.joined(separator: "\n")
    }
}
