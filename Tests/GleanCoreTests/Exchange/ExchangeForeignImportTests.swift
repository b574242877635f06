import XCTest

@testable import GleanCore

/// QDPX and QDC files in the shapes other tools write, built here from strings.
final class ExchangeForeignImportTests: XCTestCase {
    private static let s1 = "{6A1C0B8E-0000-4000-8000-000000000001}"

    /// A project as another tool might write it: `Sources/` with a capital, a `.qde` not called `project.qde`, GUIDs in
    /// braces and upper case, a byte order mark and CR LF counted as one character, a `.docx` with a `.txt` beside it,
    /// codes three deep with a coding on a parent, a selection without a coder, a source without a name, a relative
    /// `plainTextPath`, participants and dates in variables, and a picture, audio and a loose note Glean cannot take.
    private static let foreign: [(String, String)] = [
        ("Sources/\(s1).txt", "\u{FEFF}Line one\r\nLine two\r\nThird 🙂 line"),
        ("Sources/interview.txt", "Plain text here."),
        ("Sources/doc3.docx", "PK not really a docx"),
        ("Sources/doc3.txt", "From the docx."),
        (
            "Export from another tool.qde",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Rural access study" origin="Another tool 12">
              <Users><User guid="{AAAAAAAA-0000-4000-8000-00000000000A}" name="Ann"/></Users>
              <CodeBook><Codes>
                <Code guid="{C0000000-0000-4000-8000-000000000001}" name="Health" isCodable="true">
                  <Code guid="{C0000000-0000-4000-8000-000000000002}" name="Access" isCodable="true" color="#0A0">
                    <Description>Getting to care</Description>
                    <Code guid="{C0000000-0000-4000-8000-000000000003}" name="Rural" isCodable="true"/>
                  </Code>
                </Code>
                <Code guid="{C0000000-0000-4000-8000-000000000004}" name="Wellbeing" isCodable="true" color="#123456"/>
              </Codes></CodeBook>
              <Variables>
                <Variable guid="{D0000000-0000-4000-8000-000000000001}" name="Participant code" typeOfVariable="Text"/>
                <Variable guid="{D0000000-0000-4000-8000-000000000002}" name="Interview date" typeOfVariable="Date"/>
                <Variable guid="{D0000000-0000-4000-8000-000000000003}" name="Setting" typeOfVariable="Text"/>
              </Variables>
              <Cases>
                <Case guid="{E0000000-0000-4000-8000-000000000001}" name="P-01">
                  <VariableValue><VariableRef targetGUID="{D0000000-0000-4000-8000-000000000003}"/><TextValue>rural</TextValue></VariableValue>
                  <SourceRef targetGUID="\(s1)"/>
                  <SourceRef targetGUID="{6A1C0B8E-0000-4000-8000-000000000003}"/>
                </Case>
                <Case guid="{E0000000-0000-4000-8000-000000000002}" name="P-02">
                  <SourceRef targetGUID="{6A1C0B8E-0000-4000-8000-000000000002}"/>
                </Case>
              </Cases>
              <Sources>
                <TextSource guid="\(s1)" name="Interview 1" plainTextPath="internal://\(s1).txt">
                  <PlainTextSelection guid="{B0000000-0000-4000-8000-000000000001}" startPosition="9" endPosition="17" creatingUser="{AAAAAAAA-0000-4000-8000-00000000000A}" creationDateTime="2021-03-06T10:00:00Z">
                    <Coding guid="{F0000000-0000-4000-8000-000000000001}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000003}"/></Coding>
                    <NoteRef targetGUID="{A0000000-0000-4000-8000-000000000001}"/>
                  </PlainTextSelection>
                  <PlainTextSelection guid="{B0000000-0000-4000-8000-000000000002}" startPosition="18" endPosition="30">
                    <Coding guid="{F0000000-0000-4000-8000-000000000002}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000002}"/></Coding>
                  </PlainTextSelection>
                  <VariableValue><VariableRef targetGUID="{D0000000-0000-4000-8000-000000000001}"/><TextValue>P-01</TextValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="{D0000000-0000-4000-8000-000000000002}"/><DateValue>2021-03-05</DateValue></VariableValue>
                </TextSource>
                <TextSource guid="{6A1C0B8E-0000-4000-8000-000000000002}" plainTextPath="interview.txt">
                  <PlainTextSelection guid="{B0000000-0000-4000-8000-000000000003}" startPosition="0" endPosition="5">
                    <Coding guid="{F0000000-0000-4000-8000-000000000003}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000004}"/></Coding>
                  </PlainTextSelection>
                  <VariableValue><VariableRef targetGUID="{D0000000-0000-4000-8000-000000000001}"/><TextValue>P-02</TextValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="{D0000000-0000-4000-8000-000000000002}"/><DateValue>2021-03-16</DateValue></VariableValue>
                </TextSource>
                <TextSource guid="{6A1C0B8E-0000-4000-8000-000000000003}" name="Docx source" richTextPath="internal://doc3.docx">
                  <PlainTextSelection guid="{B0000000-0000-4000-8000-000000000004}" startPosition="5" endPosition="13">
                    <Coding guid="{F0000000-0000-4000-8000-000000000004}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000001}"/></Coding>
                  </PlainTextSelection>
                  <VariableValue><VariableRef targetGUID="{D0000000-0000-4000-8000-000000000001}"/><TextValue>P-01</TextValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="{D0000000-0000-4000-8000-000000000002}"/><DateTimeValue>2021-03-07T09:30:00</DateTimeValue></VariableValue>
                </TextSource>
                <PictureSource guid="{6A1C0B8E-0000-4000-8000-000000000004}" name="Photo" path="internal://photo.jpg">
                  <PictureSelection guid="{B0000000-0000-4000-8000-000000000005}" firstX="0" firstY="0" secondX="5" secondY="5">
                    <Coding guid="{F0000000-0000-4000-8000-000000000005}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000004}"/></Coding>
                  </PictureSelection>
                </PictureSource>
                <AudioSource guid="{6A1C0B8E-0000-4000-8000-000000000005}" name="Recording">
                  <AudioSelection guid="{B0000000-0000-4000-8000-000000000006}" begin="0" end="1000">
                    <Coding guid="{F0000000-0000-4000-8000-000000000006}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000002}"/></Coding>
                  </AudioSelection>
                </AudioSource>
              </Sources>
              <Notes>
                <Note guid="{A0000000-0000-4000-8000-000000000001}" name="Ann's memo"><PlainTextContent>Worth a follow-up.</PlainTextContent></Note>
                <Note guid="{A0000000-0000-4000-8000-000000000002}" name="Project memo"><PlainTextContent>About the study.</PlainTextContent></Note>
              </Notes>
            </Project>
            """
        ),
    ]

    private func text(_ quote: Quote, in incoming: ExchangeImport.Incoming) -> String? {
        guard let log = incoming.logs.first(where: { $0.id == quote.log }) else { return nil }
        let scalars = Array(log.sections[quote.section].text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[quote.range]))
    }

    func testAnotherToolsProjectImportsWithNothingDroppedSilently() throws {
        let incoming = try ExchangeTestSupport.read(
            Self.foreign, options: .init(participantFrom: .variable("Participant code"), dateVariable: "Interview date")
        )
        XCTAssertEqual(incoming.name, "Rural access study")
        XCTAssertEqual(incoming.participants.map(\.code), ["P-01", "P-02"])
        XCTAssertEqual(incoming.participants[0].attributes, ["Setting": "rural"])
        XCTAssertEqual(incoming.logs.map(\.date.iso), ["2021-03-05", "2021-03-16", "2021-03-07"])
        XCTAssertEqual(
            incoming.logs[0].sections, [LogSection(prompt: "Text", text: "Line one\r\nLine two\r\nThird 🙂 line")],
            "no byte order mark")
        XCTAssertEqual(incoming.logs[2].sections.first?.text, "From the docx.")
        XCTAssertEqual(
            incoming.concerns.map { "\($0.theme) / \($0.name) / \($0.colour)" },
            [
                "Health / Health / #2E8B57", "Health / Access / #00AA00", "Health / Access › Rural / #4169E1",
                " / Wellbeing / #123456",
            ])
        let quotes = incoming.quotes.map {
            "\(text($0, in: incoming) ?? "?") | \($0.concerns) | \($0.coder) | \($0.memo)"
        }
        XCTAssertEqual(
            quotes,
            [
                "Line two | [\"access-rural\"] | Ann | Worth a follow-up.",
                "Third 🙂 line | [\"access\"] | imported | ",
                "Plain | [\"wellbeing\"] | imported | ",
                "the docx | [\"health\"] | imported | ",
            ])
        XCTAssertTrue(
            incoming.notices.contains { $0.contains("\"Interview 1\": positions count CR LF as one character") },
            "\(incoming.notices)")
        XCTAssertEqual(
            incoming.unmapped,
            [
                "PictureSource \"Photo\": 1 coding(s) not imported (Glean imports text only)",
                "AudioSource \"Recording\": 1 coding(s) not imported (Glean imports text only)",
                "note \"Project memo\" is not attached to a coded passage; not imported",
            ])
    }

    func testParticipantsFromCasesByDefault() throws {
        let incoming = try ExchangeTestSupport.read(Self.foreign, options: .init(dateVariable: "Interview date"))
        XCTAssertEqual(incoming.logs.map(\.participant), ["P-01", "P-02", "P-01"])
    }

    func testSourceNamesAndAFixedDate() throws {
        let incoming = try ExchangeTestSupport.read(
            Self.foreign,
            options: .init(participantFrom: .sourceName, dateVariable: "No such variable", date: Day(iso: "2021-01-04"))
        )
        XCTAssertEqual(
            incoming.logs.map(\.participant), ["Interview 1", "6a1c0b8e-0000-4000-8000-000000000002", "Docx source"])
        XCTAssertEqual(Set(incoming.logs.map(\.date.iso)), ["2021-01-04"])
    }

    func testSourcesWithoutADateAreRefusedWithAHint() throws {
        XCTAssertThrowsError(try ExchangeTestSupport.read(Self.foreign)) { error in
            guard case .sourcesWithoutLogs(_, let sources)? = error as? ExchangeMappingError else {
                return XCTFail("\(type(of: error)): \(error)")
            }
            XCTAssertTrue(sources.contains { $0.lack == .date }, "\(sources)")
            XCTAssertTrue("\(error)".contains("has no date"), "\(error)")
        }
    }

    func testANewProjectStartsOnTheMondayBeforeTheEarliestLog() throws {
        let incoming = try ExchangeTestSupport.read(Self.foreign, options: .init(dateVariable: "Interview date"))
        let (merge, store) = try ExchangeMerge.create(incoming, in: try ExchangeTestSupport.folder(), start: nil)
        store.close()
        XCTAssertEqual(merge.project.programme.start.iso, "2021-03-01")
        XCTAssertEqual(merge.project.fortnights.values.flatMap(\.quotes).count, 4)
    }

    func testSelectionsPastTheEndAreReported() throws {
        var files = Self.foreign
        files[4].1 = files[4].1.replacingOccurrences(
            of: "startPosition=\"0\" endPosition=\"5\"", with: "startPosition=\"10\" endPosition=\"99\"")
        let incoming = try ExchangeTestSupport.read(files, options: .init(dateVariable: "Interview date"))
        XCTAssertTrue(
            incoming.unmapped.contains {
                $0.contains("selection 10–99 is empty or runs past the end of the text; 1 coding(s) not imported")
            }, "\(incoming.unmapped)")
    }

    func testACodebookFromAnotherToolAddsNewConcernsByName() throws {
        let qdc = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Another tool">
              <Codes>
                <Code guid="{C0000000-0000-4000-8000-000000000001}" name="Health" isCodable="false">
                  <Code guid="c0000000-0000-4000-8000-000000000002" name="Access" isCodable="true">
                    <Code guid="C0000000-0000-4000-8000-000000000003" name="Rural" isCodable="true" color="#FF0000"/>
                  </Code>
                </Code>
                <Code guid="{C0000000-0000-4000-8000-000000000004}" name="Feedback" isCodable="true"/>
              </Codes>
            </CodeBook>
            """
        let url = try ExchangeTestSupport.folder().appendingPathComponent("codes.qdc")
        try Data(qdc.utf8).write(to: url)
        let incoming = try ExchangeImport.read(url, name: "codes.qdc", format: .qdc)
        XCTAssertEqual(incoming.concerns.map(\.name), ["Access › Rural", "Feedback"])
        let merge = ExchangeMerge(incoming, into: Fixtures.small())
        XCTAssertEqual(merge.edit.changes.count, 1, "Feedback is already there")
        XCTAssertEqual(merge.project.codebook.concerns.last?.name, "Access › Rural")
        XCTAssertEqual(merge.project.codebook.concerns.last?.colour, "#FF0000")
        XCTAssertEqual(merge.summary, "Imported 1 new concerns; 1 already in the codebook")
    }
}
