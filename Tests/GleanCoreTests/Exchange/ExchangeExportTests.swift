import Foundation
import XCTest

@testable import GleanCore

/// The QDPX and QDC exports: valid against the REFI-QDA schemas, positions as the standard counts them, stable GUIDs.
final class ExchangeExportTests: XCTestCase {
    func testSampleProjectValidatesAgainstTheProjectSchema() throws {
        let files = try ExchangeTestSupport.files(of: ExchangeExport.archive(try ExportFixtures.sample()))
        try ExchangeTestSupport.assertValid(try XCTUnwrap(files["project.qde"]), schema: "Project-mrt2019.xsd")
        XCTAssertEqual(files.keys.filter { $0.hasPrefix("sources/") && $0.hasSuffix(".txt") }.count, 81)
    }

    func testSampleCodebookValidatesAgainstTheCodebookSchema() throws {
        try ExchangeTestSupport.assertValid(
            ExchangeExport.codebook(try ExportFixtures.sample()), schema: "Codebook-mrt2019.xsd")
    }

    func testHostileProjectsValidate() throws {
        for project in [ExportFixtures.hostile(), ExchangeFixtures.hostile()] {
            let files = try ExchangeTestSupport.files(of: ExchangeExport.archive(project))
            try ExchangeTestSupport.assertValid(try XCTUnwrap(files["project.qde"]), schema: "Project-mrt2019.xsd")
            try ExchangeTestSupport.assertValid(ExchangeExport.codebook(project), schema: "Codebook-mrt2019.xsd")
        }
    }

    func testEmptyProjectValidates() throws {
        let project = Project(programme: Programme(name: "Empty", start: Day(iso: "2020-04-06")!))
        let files = try ExchangeTestSupport.files(of: ExchangeExport.archive(project))
        try ExchangeTestSupport.assertValid(try XCTUnwrap(files["project.qde"]), schema: "Project-mrt2019.xsd")
        try ExchangeTestSupport.assertValid(ExchangeExport.codebook(project), schema: "Codebook-mrt2019.xsd")
    }

    /// Every selection's code points in the source file are exactly the quote's text.
    func testPositionsCountCodePointsOfTheSourceFile() throws {
        for project in [try ExportFixtures.sample(), ExchangeFixtures.hostile()] {
            let files = try ExchangeTestSupport.files(of: ExchangeExport.archive(project))
            let root = try SafeXMLReader.root(of: try XCTUnwrap(files["project.qde"]), file: "project.qde")
            var texts: [String: String] = [:]
            for source in root.element(local: "Sources")?.elements(local: "TextSource") ?? [] {
                for selection in source.elements(local: "PlainTextSelection") {
                    let path = try XCTUnwrap(source.value("plainTextPath")).replacingOccurrences(
                        of: "internal://", with: "sources/")
                    let scalars = Array(String(decoding: try XCTUnwrap(files[path]), as: UTF8.self).unicodeScalars)
                    let start = Int(selection.value("startPosition")!)!
                    let end = Int(selection.value("endPosition")!)!
                    texts[selection.value("guid")!] = String(String.UnicodeScalarView(scalars[start..<end]))
                }
            }
            let quotes = project.fortnights.values.flatMap(\.quotes)
            XCTAssertEqual(texts.count, quotes.count)
            for quote in quotes {
                let log = try XCTUnwrap(project.fortnights.values.flatMap(\.logs).first { $0.id == quote.log })
                let section = Array(log.sections[quote.section].text.unicodeScalars)
                XCTAssertEqual(texts[quote.id], String(String.UnicodeScalarView(section[quote.range])), quote.id)
            }
        }
    }

    func testGUIDsAndBytesAreStableAcrossExports() throws {
        let sample = try ExportFixtures.sample()
        let first = try ExchangeTestSupport.files(of: ExchangeExport.archive(sample))
        let second = try ExchangeTestSupport.files(of: ExchangeExport.archive(sample))
        XCTAssertEqual(first, second)
        XCTAssertEqual(ExchangeExport.codebook(sample), ExchangeExport.codebook(sample))
        let xml = String(decoding: try XCTUnwrap(first["project.qde"]), as: UTF8.self)
        let guid = ExchangeGUIDs(start: sample.programme.start).guid("concern", "staff-wellbeing")
        XCTAssertTrue(xml.contains("<Code guid=\"\(guid)\" name=\"Staff wellbeing\" isCodable=\"true\""))
        let quote = try XCTUnwrap(sample.fortnight(3).quotes.first)
        XCTAssertTrue(xml.contains("<PlainTextSelection guid=\"\(quote.id)\""), "quote ids that are UUIDs are kept")
    }

    func testFeaturedQuotesAndMemosAreMarked() throws {
        let files = try ExchangeTestSupport.files(of: ExchangeExport.archive(ExchangeFixtures.hostile()))
        let xml = String(decoding: try XCTUnwrap(files["project.qde"]), as: UTF8.self)
        XCTAssertTrue(xml.contains("<Description>Featured in the Glean summary</Description>"))
        XCTAssertTrue(xml.contains("<PlainTextContent>Line one&#13;\nline\ttwo &lt;b&gt; &amp; 🙂</PlainTextContent>"))
    }
}
