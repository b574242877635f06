import Foundation
import XCTest

@testable import GleanCore

/// Hostile REFI-QDA files for the security tests: a small valid project document to attack, a secret file that must
/// never leak, and ways to import and to expect a refusal.
enum HostileQDPX {
    /// The marker inside `secretFile()`: it must never appear in anything Glean imports or says.
    static let secretMarker = "GLEAN-SECRET-7d1f0c"

    /// A new file holding `secretMarker`, standing for a private file on the facilitator's disk.
    static func secretFile() throws -> URL {
        let url = try ExchangeTestSupport.folder().appendingPathComponent("secret.txt")
        try Data("top \(secretMarker) secret\n".utf8).write(to: url)
        return url
    }

    /// The GUID `{…-0000000000nn}` of the `kind` letter (one hex digit) and number `n`.
    static func guid(_ kind: Character, _ n: Int) -> String {
        "\(String(repeating: kind, count: 8))-0000-4000-8000-\(String(format: "%012d", n))"
    }

    /// A project document: `doctype` after the declaration, one code, one case and `sources` text sources (each with
    /// one coded selection of its first five characters, its text in `sources/<n>.txt`), and a note whose content
    /// is `noteText`; `extra` is added inside `<Project>` and `sourceExtra` inside the first source.
    static func document(
        doctype: String = "", sources: Int = 1, noteText: String = "A memo.", sourceExtra: String = "",
        extra: String = "",
        encoding: String = "utf-8"
    ) -> String {
        let sourceElements = (1..<sources + 1).map { n in
            """
                <TextSource guid="\(guid("5", n))" name="Source \(n)" plainTextPath="internal://\(n).txt">
                  <PlainTextSelection guid="\(guid("b", n))" startPosition="0" endPosition="5">
                    <Coding guid="\(guid("f", n))"><CodeRef targetGUID="\(guid("c", 1))"/></Coding>
                    <NoteRef targetGUID="\(guid("a", 1))"/>
                  </PlainTextSelection>\(n == 1 ? sourceExtra : "")
                </TextSource>
            """
        }
        return """
            <?xml version="1.0" encoding="\(encoding)"?>\(doctype)
            <Project xmlns="urn:QDA-XML:project:1.0" name="Hostile">
              <Users><User guid="\(guid("d", 1))" name="Ann"/></Users>
              <CodeBook><Codes><Code guid="\(guid("c", 1))" name="Health" isCodable="true"/></Codes></CodeBook>
              <Variables><Variable guid="\(guid("e", 1))" name="Setting" typeOfVariable="Text"/></Variables>
              <Cases><Case guid="\(guid("9", 1))" name="P-01">\((1..<sources + 1).map { "<SourceRef targetGUID=\"\(guid("5", $0))\"/>" }.joined())</Case></Cases>
              <Sources>
            \(sourceElements.joined(separator: "\n"))
              </Sources>
              <Notes><Note guid="\(guid("a", 1))" name="Memo"><PlainTextContent>\(noteText)</PlainTextContent></Note></Notes>\(extra)
            </Project>
            """
    }

    /// The text of source `n`.
    static func sourceText(_ n: Int) -> String {
        "Hello from source \(n)."
    }

    /// A QDPX archive of `qde` (as `project.qde`) and `sources` source texts.
    static func archive(_ qde: Data, sources: Int = 1, entryName: String = "project.qde") throws -> Data {
        try ZipWriting.archive(
            [(entryName, qde)] + (1..<sources + 1).map { ("sources/\($0).txt", Data(sourceText($0).utf8)) })
    }

    /// The import options the documents above need: a fixed date, participants from cases.
    static let options = ExchangeImport.Options(date: Day(iso: "2021-03-01"))

    /// Imports the project document `qde` with its sources.
    static func read(_ qde: String, sources: Int = 1, entryName: String = "project.qde") throws
        -> ExchangeImport.Incoming
    {
        try ExchangeTestSupport.read(
            try archive(Data(qde.utf8), sources: sources, entryName: entryName), options: options)
    }

    /// Imports the project document bytes `qde` with its sources.
    static func read(bytes qde: Data, sources: Int = 1) throws -> ExchangeImport.Incoming {
        try ExchangeTestSupport.read(try archive(qde, sources: sources), options: options)
    }

    /// Everything an import gives, as one string, to search for what must not be there.
    static func everything(in incoming: ExchangeImport.Incoming) -> String {
        "\(incoming)"
    }

    /// The refusal `body` throws: fails unless it throws a `ProjectError` (or an `ExchangeMappingError`, which names
    /// the file too) whose message contains each of `expected`, holds no control character or the secret marker, and
    /// is one line. Returns the `ProjectError`.
    @discardableResult
    static func assertRefused(
        _ expected: [String], file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Any
    ) -> ProjectError? {
        do {
            let result = try body()
            XCTFail("imported instead of refusing: \(result)", file: file, line: line)
            return nil
        } catch let error as ProjectError {
            assertSafe(error.description, containing: expected, file: file, line: line)
            return error
        } catch let error as ExchangeMappingError {
            assertSafe(error.description, containing: expected, file: file, line: line)
            return nil
        } catch {
            XCTFail("not a ProjectError: \(error)", file: file, line: line)
            return nil
        }
    }

    private static func assertSafe(_ message: String, containing expected: [String], file: StaticString, line: UInt) {
        for part in expected {
            XCTAssertTrue(message.contains(part), "\"\(part)\" is not in: \(message)", file: file, line: line)
        }
        XCTAssertFalse(message.contains(secretMarker), "the secret leaked: \(message)", file: file, line: line)
        let unsafe = message.unicodeScalars.contains {
            $0.properties.generalCategory == .control || (0x202A...0x202E).contains($0.value)
                || (0x2066...0x2069).contains($0.value)
        }
        XCTAssertFalse(
            unsafe, "a control or bidi override reached the message: \(message.debugDescription)", file: file,
            line: line)
    }
}
