import Foundation
import XCTest

@testable import GleanCore

/// Issue 9 follow-up: sizes checked while the XML is parsed, ambiguous archive entries, ATTLIST defaults, dates outside
/// the supported years, logs that cannot be placed, and creating a project all or nothing.
final class ExchangeSizeAndDateTests: XCTestCase {
    func testALongAttributeIsRefusedWhileParsing() {
        let qde = HostileQDPX.document().replacingOccurrences(
            of: "name=\"Hostile\"", with: "name=\"\(String(repeating: "a", count: InputLimits.nameBytes + 1))\"")
        HostileQDPX.assertRefused(["in.qdpx/project.qde:2:", "attribute \"name\" of <Project>", "4096 bytes"]) {
            try HostileQDPX.read(qde)
        }
    }

    func testALongTextIsRefusedWhileParsing() {
        let qde = HostileQDPX.document(noteText: String(repeating: "a", count: InputLimits.logTextBytes + 1))
        HostileQDPX.assertRefused(["in.qdpx/project.qde:", "text of <PlainTextContent>", "1 MiB"]) {
            try HostileQDPX.read(qde)
        }
        let spaces = HostileQDPX.document(
            extra: "<Sets>\(String(repeating: " ", count: InputLimits.logTextBytes + 1))</Sets>")
        HostileQDPX.assertRefused(["text of <Sets>", "1 MiB"]) { try HostileQDPX.read(spaces) }
    }

    func testTooManyElementsAreRefused() throws {
        let qde = Data(HostileQDPX.document(extra: "<Junk>\(String(repeating: "<X/>", count: 1_000))</Junk>").utf8)
        HostileQDPX.assertRefused(["x:", "more than 1000 elements"]) {
            try SafeXMLReader.root(of: qde, file: "x", elementLimit: 1_000)
        }
        XCTAssertNoThrow(try SafeXMLReader.root(of: qde, file: "x", elementLimit: 1_100))
    }

    func testACSVRowPastTheLastFortnightIsRefusedByLine() throws {
        let programme = Programme(name: "x", start: Day(iso: "2020-04-06")!)
        let checker = RowChecker(programme: programme, dateFormat: .iso)
        let result = checker.log(
            participant: "P", participantSource: "p", date: "2999-12-30", dateSource: "d",
            answers: [LogSection(prompt: "q", text: "t")])
        guard case .failure(let problems) = result else { return XCTFail("accepted") }
        XCTAssertEqual(problems.text, "date \"2999-12-30\" is after fortnight 9999, the last a project can hold")
    }

    func testUnreadElementsAndWhiteSpaceAreNotKept() throws {
        let qde = HostileQDPX.document(extra: "<Junk a=\"1\"><Deep>text</Deep></Junk>")
        let root = try SafeXMLReader.root(of: Data(qde.utf8), file: "x", reading: ExchangeDocument.elementsRead)
        XCTAssertFalse(root.children.contains { $0.name == "Junk" })
        XCTAssertEqual(root.text, "")
        XCTAssertEqual(root.element(local: "Users")?.text, "")
        XCTAssertEqual(try HostileQDPX.read(qde).logs.count, 1)
    }

    func testAnAttlistDefaultIsRefused() {
        let qde = HostileQDPX.document(doctype: "<!DOCTYPE Project [<!ATTLIST Project name CDATA \"Evil\">]>")
        HostileQDPX.assertRefused(["ATTLIST"]) { try HostileQDPX.read(qde) }
    }

    func testASourceNameAnsweringToTwoEntriesIsRefused() throws {
        let qde = Data(HostileQDPX.document().utf8)
        for second in ["sources/1.txt", "Sources/1.TXT", "other/1.txt"] {
            let archive = try ZipWriting.archive([
                ("project.qde", qde), ("sources/1.txt", Data("one".utf8)), (second, Data("EVIL".utf8)),
            ])
            HostileQDPX.assertRefused(["several entries", "\"sources/1.txt\"", "\"\(second)\""]) {
                try ExchangeTestSupport.read(archive, options: HostileQDPX.options)
            }
        }
    }

    func testDatesOutsideTheSupportedYearsAreNotDates() {
        for text in [
            "0999-12-31", "0500-01-05", "0001-01-01", "0000-01-01", "1899-12-31", "3000-01-01", "9999-12-31",
            "+999-12-31", "２０２０-01-01",
        ] {
            XCTAssertNil(Day(iso: text), text)
        }
        XCTAssertEqual(Day(iso: "1900-01-01")?.iso, "1900-01-01")
        XCTAssertEqual(Day(ordinal: -700_000).iso.prefix(5), "0053-")
        XCTAssertNil(try? DatePattern("dd/MM/yyyy").day(from: "05/01/0500"))
    }

    func testAQDPXDateOutsideTheSupportedYearsIsRefused() {
        let qde = HostileQDPX.document(
            sourceExtra:
                "<VariableValue><VariableRef targetGUID=\"\(HostileQDPX.guid("e", 2))\"/><DateValue>0500-01-05</DateValue></VariableValue>"
        )
        .replacingOccurrences(
            of: "<Variables>",
            with: "<Variables><Variable guid=\"\(HostileQDPX.guid("e", 2))\" name=\"Date\" typeOfVariable=\"Date\"/>")
        HostileQDPX.assertRefused(["has the date \"0500-01-05\"", "a year from 1900 to 2999"]) {
            try HostileQDPX.read(qde)
        }
    }

    func testADerivedStartThatCannotHoldEveryLogIsRefusedAndNothingIsWritten() throws {
        var incoming = ExchangeImport.Incoming(name: "x")
        for (n, date) in ["2020-04-06", "2999-12-30"].enumerated() {
            incoming.logs.append(
                Log(id: "\(n)", participant: "P", date: Day(iso: date)!, sections: [LogSection(prompt: "", text: "t")]))
        }
        let folder = try ExchangeTestSupport.folder().appendingPathComponent("new")
        XCTAssertThrowsError(try ExchangeMerge.create(incoming, in: folder, start: nil)) { error in
            let refusal = error as? ExchangeStartError
            XCTAssertEqual(refusal?.date, Day(iso: "2999-12-30"))
            XCTAssertEqual(refusal?.origin, .earliestLog(Day(iso: "2020-04-06")!))
            XCTAssertTrue(refusal?.placement.contains("after fortnight 9999") == true, "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
        let (merge, store) = try ExchangeMerge.create(incoming, in: folder, start: Day(iso: "2020-04-06"))
        store.close()
        XCTAssertEqual(merge.project.fortnights.values.flatMap(\.logs).count, 1)
        XCTAssertEqual(merge.unmapped.count, 1)
        XCTAssertTrue(merge.unmapped[0].contains("2999-12-30 is after fortnight 9999"))
    }

    func testCreatingAProjectThatFailsLeavesNothing() throws {
        let base = try ExchangeTestSupport.folder()
        let unreadable = Project(programme: Programme(name: "x", start: Day(ordinal: -500_000)))
        let nested = base.appendingPathComponent("a/b")
        XCTAssertThrowsError(try ProjectStore.create(unreadable, in: nested))
        XCTAssertFalse(FileManager.default.fileExists(atPath: base.appendingPathComponent("a").path))
        let empty = base.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        XCTAssertThrowsError(try ProjectStore.create(unreadable, in: empty))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: empty.path), [])
    }
}
