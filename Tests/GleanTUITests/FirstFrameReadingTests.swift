import Foundation
import GleanTUI
import XCTest

@testable import GleanCore

/// Opening a programme for the interface reads the manifest, the latest fortnight and the small digests before the
/// first frame, however many fortnights there are; the others are read in the background afterwards while keys work.
/// Bytes read are the kernel's own count for this process (`rchar` in `/proc/self/io`).
final class FirstFrameReadingTests: XCTestCase {
    private var folders: [URL] = []

    override func tearDownWithError() throws {
        folders.forEach { try? FileManager.default.removeItem(at: $0) }
    }

    /// A generated programme of `fortnights` fortnights written to a new folder.
    private func programme(fortnights: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-first-\(UUID().uuidString)")
        folders.append(folder)
        let project = ProgrammeGenerator(
            size: .init(participants: 40, fortnights: fortnights), seed: 9, codebook: Harness.sample.codebook
        ).make()
        try ProjectStore.create(project, in: folder).close()
        return folder
    }

    private static func bytesReadSoFar() throws -> Int {
        let io = try String(contentsOfFile: "/proc/self/io", encoding: .utf8)
        let line = try XCTUnwrap(io.split(separator: "\n").first { $0.hasPrefix("rchar:") })
        return try XCTUnwrap(Int(line.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces)))
    }

    private static func size(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }

    /// Opens `folder` as `glean open` does and runs the loop with its background work held until the first frame is
    /// drawn; returns the bytes read until then, and the last frame after moving to fortnight 1 once it is read.
    private func openAndMeasure(_ folder: URL) throws -> (bytes: Int, frameOfFortnightOne: String) {
        let queue = DispatchQueue(label: "held reading")
        queue.suspend()
        var bytes = 0
        var terminal: ScriptedTerminal!
        let before = try Self.bytesReadSoFar()
        let store = try ProjectStore.open(folder, access: .editing, reading: .latest)
        let latest = store.opened.latestFortnight
        terminal = ScriptedTerminal(
            [.run { bytes = (try? Self.bytesReadSoFar()).map { $0 - before } ?? -1 }]
                + Array(repeating: .key(.left), count: latest - 1)
                + [
                    .waitFor("Reading this fortnight from disk…"), .run { queue.resume() }, .waitFor("◐"),
                    .key(.char("q")),
                ])
        try AppLoop.run(
            on: terminal, store: store, facilitator: Harness.tester,
            environment: UpdateEnvironment(
                now: { "2026-12-03T10:00:00Z" }, newID: { UUID().uuidString }, coder: "tester"),
            processEnvironment: [:], workQueue: queue)
        return (bytes, terminal.lastFrame)
    }

    func testOnlyTheLatestFortnightIsReadBeforeTheFirstFrameAtAnySize() throws {
        var readBeforeFirstFrame: [Int: Int] = [:]
        for fortnights in [8, 32] {
            let folder = try programme(fortnights: fortnights)
            let layout = ProjectLayout(root: folder)
            let latestText =
                Self.size(layout.logs(ofFortnight: fortnights)) + Self.size(layout.coding(ofFortnight: fortnights))
            let allText = (1...fortnights).reduce(0) {
                $0 + Self.size(layout.logs(ofFortnight: $1)) + Self.size(layout.coding(ofFortnight: $1))
            }
            let digests = (1...fortnights).reduce(0) {
                $0 + Self.size(folder.appendingPathComponent("cache/digests/\(String(format: "%03d", $1)).json"))
            }
            XCTAssertGreaterThan(digests, 0, "creating the project recorded its digests")
            let measured = try openAndMeasure(folder)
            let allowed = latestText + Self.size(layout.manifest) + digests + 64 * 1024
            XCTAssertLessThanOrEqual(
                measured.bytes, allowed, "\(fortnights) fortnights: read \(measured.bytes) bytes before the first frame"
            )
            XCTAssertLessThan(measured.bytes, allText / 3, "far less than the fortnights' text (\(allText) bytes)")
            XCTAssertTrue(measured.frameOfFortnightOne.contains("F1"), measured.frameOfFortnightOne)
            XCTAssertFalse(
                measured.frameOfFortnightOne.contains("Reading this fortnight"),
                "fortnight 1 was read in the background")
            readBeforeFirstFrame[fortnights] = measured.bytes - digests
        }
        let small = try XCTUnwrap(readBeforeFirstFrame[8])
        let large = try XCTUnwrap(readBeforeFirstFrame[32])
        XCTAssertLessThan(
            Double(large), Double(small) * 1.5,
            "four times the fortnights, about the same bytes read besides the digests")
    }

    /// A programme of 100,000 logs (1,000 participants writing every fortnight for 100 fortnights), with short texts
    /// so that writing it stays quick; what is measured is how much of it is read.
    private func hundredThousandLogs() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "glean-first-100k-\(UUID().uuidString)")
        folders.append(folder)
        let codes = (1...1000).map { String(format: "P%04d", $0) }
        let concerns = Harness.sample.codebook.concerns.map(\.id)
        var project = Project(
            programme: Harness.sample.programme, participants: codes.map { Participant(code: $0) },
            codebook: Harness.sample.codebook)
        for number in 1...100 {
            let day = project.programme.firstDay(ofFortnight: number)
            var fortnight = Fortnight(number: number)
            for (index, code) in codes.enumerated() {
                let id = "\(code)-\(number)"
                fortnight.logs.append(
                    Log(
                        id: id, participant: code, date: day,
                        sections: [LogSection(prompt: "Concerns", text: "Week \(number): more patients on video.")]))
                fortnight.quotes.append(
                    Quote(
                        id: "q-\(id)", log: id, participant: code, section: 0, start: 0, end: 4,
                        concerns: [concerns[index % concerns.count]],
                        coder: "tester", created: "2026-12-03T10:00:00Z"))
            }
            project.fortnights[number] = fortnight
        }
        try ProjectStore.create(project, in: folder).close()
        return folder
    }

    func testAHundredThousandLogProgrammeReadsOnlyItsLatestFortnightBeforeTheFirstFrame() throws {
        let folder = try hundredThousandLogs()
        let layout = ProjectLayout(root: folder)
        let latestText = Self.size(layout.logs(ofFortnight: 100)) + Self.size(layout.coding(ofFortnight: 100))
        let allText = (1...100).reduce(0) {
            $0 + Self.size(layout.logs(ofFortnight: $1)) + Self.size(layout.coding(ofFortnight: $1))
        }
        let digests = (1...100).reduce(0) {
            $0 + Self.size(folder.appendingPathComponent("cache/digests/\(String(format: "%03d", $1)).json"))
        }
        let measured = try openAndMeasure(folder)
        let allowed = latestText + Self.size(layout.manifest) + digests + 64 * 1024
        XCTAssertLessThanOrEqual(measured.bytes, allowed, "read \(measured.bytes) bytes before the first frame")
        XCTAssertLessThan(measured.bytes, allText / 10, "a small part of the fortnights' \(allText) bytes")
    }

    func testWholeProgrammeKeysWaitForTheReadingSaySoAndGoAheadOnceItIsDone() throws {
        let folder = try programme(fortnights: 4)
        let queue = DispatchQueue(label: "held reading")
        queue.suspend()
        let store = try ProjectStore.open(folder, access: .editing, reading: .latest)
        var terminal: ScriptedTerminal!
        var waiting = ""
        terminal = ScriptedTerminal([
            .key(.char("/")),
            .run {
                waiting = terminal.lastFrame
                queue.resume()
            },
            .waitFor("Search"),
            .key(.escape),
            .key(.char("q")),
        ])
        try AppLoop.run(
            on: terminal, store: store, facilitator: Harness.tester,
            environment: UpdateEnvironment(
                now: { "2026-12-03T10:00:00Z" }, newID: { UUID().uuidString }, coder: "tester"),
            processEnvironment: [:], workQueue: queue)
        XCTAssertTrue(waiting.contains("Goes ahead once 3 fortnight(s) are read from disk; Esc cancels"), waiting)
    }
}
