import ArgumentParser
import Foundation
import GleanCore
import XCTest

@testable import glean

/// `--format` takes the domain's `ExportFormat` directly: every format by its name, and an unknown name refused with
/// the known ones, never read as Markdown.
final class ExportFormatOptionTests: EndToEndTestCase {
    func testEveryFormatRoundTripsThroughItsArgument() throws {
        for format in ExportFormat.allCases {
            XCTAssertEqual(ExportFormat(argument: format.defaultValueDescription), format, format.rawValue)
        }
        XCTAssertEqual(ExportFormat.allValueStrings, ExportFormat.allCases.map(\.rawValue))
        XCTAssertNil(ExportFormat(argument: "nonsense"))
        XCTAssertEqual(try ExportCommand.parse(["--format", "matrix-html", "--all"]).format, .matrixHTML)
    }

    func testAnUnknownFormatIsRefusedNamingItAndTheKnownOnes() throws {
        let project = try makeSample()
        let result = try glean("export", "-p", project.path, "--fortnight", "3", "--format", "nonsense")
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertEqual(result.stdout, "", "nothing exported")
        XCTAssertTrue(result.stderr.contains("'nonsense' is invalid for '--format <format>'"), result.stderr)
        let listed = result.stderr.split(separator: "\n").filter { $0.hasPrefix("  - ") }.map { $0.dropFirst(4) }
        XCTAssertEqual(
            listed.map(String.init), ExportFormat.allCases.map(\.rawValue), "names every format: \(result.stderr)")
    }

    func testThePickerOffersTheFortnightFormatsAndTabGoesRoundTheTabs() throws {
        let project = try makeSample()
        let session = try open(project, width: 80, height: 24)
        try session.sendKeys("Tab")
        try session.waitUntil("Counts underlined") { _ in
            (try? session.captureWithEscapes().first.map { StyledLine($0).underlined.contains("Counts") }) == true
        }
        try session.sendKeys("?")
        try session.waitFor(text: "Keys (↑↓ scroll, any other key closes)")
        XCTAssertTrue(
            try session.capture().contains { $0.trimmingCharacters(in: .whitespaces) == "Counts" },
            "help heads Counts' keys")
        try session.sendKeys("Escape", "Tab")
        try session.waitUntil("Codebook underlined") { _ in
            (try? session.captureWithEscapes().first.map { StyledLine($0).underlined.contains("Codebook") }) == true
        }
        try session.sendKeys("e")
        try session.waitFor(text: "Markdown summary, ready to publish")
        let screen = try session.capture().joined(separator: "\n")
        for label in [
            "HTML summary with charts", "CSV of the fortnight's quotes", "JSON of the summary's data", "Matrix CSV",
            "Matrix HTML",
        ] {
            XCTAssertTrue(screen.contains(label), "offers \(label):\n\(screen)")
        }
        XCTAssertFalse(
            screen.contains("QDPX") || screen.contains("QDC"), "exchange formats are for glean export:\n\(screen)")
        try session.sendKeys("Escape", "q", "q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }
}
