import Foundation
import XCTest

@testable import GleanCore

/// Issue 13, QDPX import at 100k logs: sources are read as the XML parser has them (the tree never holds them),
/// with the same result, GUID checks and messages as reading the whole tree; a new project is not read back after
/// it is written. Guarded by counting and by comparing, not by timing.
final class QDPXImportStreamingTests: XCTestCase {
    private let codebook = Fixtures.small().codebook

    private func generated(participants: Int = 60, fortnights: Int = 5) -> Project {
        ProgrammeGenerator(
            size: .init(participants: participants, fortnights: fortnights), seed: 13, codebook: codebook
        ).make()
    }

    private func exported(_ project: Project) throws -> URL {
        let url = try ExchangeTestSupport.folder().appendingPathComponent("generated.qdpx")
        try ExchangeExport.archive(project).write(to: url)
        return url
    }

    func testTheImportKeepsNoSourceInTheTree() throws {
        let project = generated()
        let tally = EntryTally()
        let incoming = try ExchangeImport.readProject(
            try exported(project), name: "generated.qdpx", options: .init(), tally: tally)
        XCTAssertEqual(incoming.logs.count, project.fortnights.values.reduce(0) { $0 + $1.logs.count })
        XCTAssertEqual(tally.sourcesKept, 0, "each source is mapped as the parser ends it, none kept in the tree")
    }

    func testStreamedReadingHandsOverEachSourceAndKeepsTheRest() throws {
        let qde = Data(
            """
            <Project name="p"><Users><User guid="00000000-0000-0000-0000-000000000001" name="u"/></Users>
            <Sources><TextSource guid="00000000-0000-0000-0000-000000000002"/><PDFSource guid="00000000-0000-0000-0000-000000000003"/></Sources>
            <Sources><TextSource guid="00000000-0000-0000-0000-000000000004"/></Sources></Project>
            """.utf8)
        var handed: [String] = []
        let root = try SafeXMLReader.root(of: qde, file: "x", checkingGUIDs: true, streaming: "Sources") {
            handed.append($0.name)
        }
        XCTAssertEqual(handed, ["TextSource", "PDFSource"], "the elements of the first <Sources> only, in order")
        XCTAssertEqual(root.elements(local: "Sources").map(\.children.count), [0, 1])
        XCTAssertEqual(root.element(local: "Users")?.children.count, 1)
    }

    func testStreamedAndWholeTreeReadingGiveTheSameImport() throws {
        let qdpx = try ExchangeExport.archive(generated(participants: 20, fortnights: 3))
        let files = try ExchangeTestSupport.files(of: qdpx)
        let xml = try XCTUnwrap(files["project.qde"])
        let text: (String?, String?, String) throws -> String? = { _, _, guid in
            files["sources/\(guid).txt"].map(SourceBytes.text)
        }
        let streamed = try ExchangeDocument.read(xml, file: "x", text: text)
        let whole = try ExchangeDocument(
            root: SafeXMLReader.root(of: xml, file: "x", reading: ExchangeDocument.elementsRead), file: "x", text: text)
        XCTAssertEqual(
            try ExchangeMapping(streamed, options: .init(), file: "x").incoming,
            try ExchangeMapping(whole, options: .init(), file: "x").incoming)
    }

    /// A GUID used twice is refused with the same message whichever pair of elements shares it, as the whole
    /// tree's check gives it, also where a source's text is missing too (the GUID is reported first).
    func testGUIDsAreCheckedAsTheWholeTreeChecksThem() throws {
        let guid = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
        let other = { (n: Int) in String(format: "00000000-0000-0000-0000-%012d", n) }
        let places: [[String]] = [
            ["code", "selection"], ["selection", "note"], ["source", "source"], ["code", "note"],
        ]
        for place in places {
            func id(_ name: String, _ n: Int) -> String { place.contains(name) ? guid.uppercased() : other(n) }
            let qde = Data(
                """
                <Project name="p"><CodeBook><Codes><Code guid="\(id("code", 1))" name="c"/></Codes></CodeBook>
                <Sources><TextSource guid="\(id("source", 2))" name="s1">
                <PlainTextSelection guid="\(id("selection", 3))" startPosition="0" endPosition="1"/></TextSource>
                <TextSource guid="\(place == ["source", "source"] ? guid : other(4))" name="s2"/></Sources>
                <Notes><Note guid="\(id("note", 5))" name="n"><PlainTextContent>x</PlainTextContent></Note></Notes></Project>
                """.utf8)
            let refusal = { (read: () throws -> ExchangeDocument) -> String? in
                do {
                    _ = try read()
                    return nil
                } catch {
                    return (error as? ProjectError)?.description
                }
            }
            let streamed = refusal { try ExchangeDocument.read(qde, file: "x") { _, _, _ in nil } }
            let whole = refusal {
                try ExchangeDocument(
                    root: SafeXMLReader.root(of: qde, file: "x", reading: ExchangeDocument.elementsRead), file: "x"
                ) { _, _, _ in nil }
            }
            XCTAssertNotNil(streamed, "\(place)")
            XCTAssertEqual(streamed, whole, "\(place)")
        }
    }

    func testCreatingAProjectDoesNotReadItBack() throws {
        let project = generated()
        let folder = try ExchangeTestSupport.folder().appendingPathComponent("created")
        let reads = ProjectLoading.reads.value
        let store = try ProjectStore.create(project, in: folder)
        XCTAssertEqual(ProjectLoading.reads.value, reads, "the project just written is not read again")
        store.close()
        XCTAssertEqual(store.opened, try ProjectStore.open(folder).opened, "what opening the files gives")
    }

    func testALogDateTheFilesCannotHoldIsStillRefusedAndLeavesNothing() throws {
        var project = generated(participants: 3, fortnights: 1)
        project.fortnights[1]?.logs[0].date = Day(ordinal: -500_000)
        let folder = try ExchangeTestSupport.folder().appendingPathComponent("refused")
        XCTAssertThrowsError(try ProjectStore.create(project, in: folder)) { error in
            XCTAssertTrue("\(error)".contains("is not a date in the form yyyy-MM-dd"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
    }

    func testAGeneratedProgrammeImportsBackAsItWas() throws {
        let project = generated()
        let folder = try ExchangeTestSupport.folder().appendingPathComponent("imported")
        let incoming = try ExchangeImport.read(try exported(project), name: "generated.qdpx", format: .qdpx)
        let (merge, store) = try ExchangeMerge.create(incoming, in: folder, start: nil)
        store.close()
        XCTAssertEqual(incoming.unmapped, [])
        let guids = ExchangeGUIDs(start: project.programme.start)
        XCTAssertEqual(merge.project.codebook, project.codebook)
        XCTAssertEqual(merge.project.participants.map(\.code), project.participants.map(\.code))
        for (number, fortnight) in project.fortnights {
            XCTAssertEqual(merge.project.fortnight(number).logs, fortnight.logs, "logs of fortnight \(number)")
            let selections = fortnight.quotes.map { quote in
                var quote = quote
                quote.id = guids.selection(quote)
                return quote
            }
            XCTAssertTrue(
                merge.project.fortnight(number).quotes == selections.sorted(by: Quote.precedes),
                "quotes of fortnight \(number)")
            XCTAssertEqual(merge.project.fortnight(number).done, fortnight.done, "done in fortnight \(number)")
        }
        XCTAssertEqual(store.opened, merge.project)
        XCTAssertEqual(try ProjectStore.open(folder).opened, merge.project, "the files hold what the store opened on")
    }

    /// The byte-by-byte check of a quote's time agrees with the pattern it stands in for.
    func testDateTimesAreCheckedAsThePatternChecksThem() {
        let pattern = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$"#
        let cases = [
            "2020-05-19T09:07:00Z", "2020-05-19T09:07:00", "2020-05-19T09:07:00.123Z", "2020-05-19T09:07:00+01:00",
            "2020-05-19T09:07:00-11:30", "2020-05-19T09:07:00.Z", "2020-05-19T09:07:00Z\n", "2020-05-19 09:07:00Z",
            "2020-05-19T09:07:0Z", "2020-05-19T09:07:00+0100", "2020-05-19T09:07:00ZZ", "", "٢٠٢٠-05-19T09:07:00Z",
            "2020-05-19T09:07:00.5+01:00", "x2020-05-19T09:07:00Z", "2020-05-19T09:07:00z",
        ]
        for text in cases {
            let expected = text.range(of: pattern, options: .regularExpression) != nil
            XCTAssertEqual(DateTimeText.valid(text) != nil, expected, text.debugDescription)
        }
    }
}
