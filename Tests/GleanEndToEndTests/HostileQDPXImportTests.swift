import Foundation
import GleanTestSupport
import XCTest
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 9, classes 1, 2, 6 and 9 on the real binary: `glean import --format qdpx` of a hostile archive exits non-zero
/// with one clear, terminal-safe line and writes nothing; an unreferenced zip bomb costs neither time nor memory.
final class HostileQDPXImportTests: EndToEndTestCase {
    private static let secretMarker = "GLEAN-E2E-SECRET-41c9"

    /// A project document with one case, one coded source (its text in `sources/1.txt`) and `doctype` and `note`.
    private static func qde(doctype: String = "", note: String = "A memo.") -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>\(doctype)
        <Project xmlns="urn:QDA-XML:project:1.0" name="Hostile">
          <CodeBook><Codes><Code guid="cccccccc-0000-4000-8000-000000000001" name="Health" isCodable="true"/></Codes></CodeBook>
          <Cases><Case guid="99999999-0000-4000-8000-000000000001" name="P-01"><SourceRef targetGUID="55555555-0000-4000-8000-000000000001"/></Case></Cases>
          <Sources>
            <TextSource guid="55555555-0000-4000-8000-000000000001" name="Source 1" plainTextPath="internal://1.txt">
              <PlainTextSelection guid="bbbbbbbb-0000-4000-8000-000000000001" startPosition="0" endPosition="5">
                <Coding guid="ffffffff-0000-4000-8000-000000000001"><CodeRef targetGUID="cccccccc-0000-4000-8000-000000000001"/></Coding>
              </PlainTextSelection>
            </TextSource>
          </Sources>
          <Notes><Note guid="aaaaaaaa-0000-4000-8000-000000000001" name="Memo"><PlainTextContent>\(note)</PlainTextContent></Note></Notes>
        </Project>
        """
    }

    /// Writes a QDPX of `qde` (named `qdeName`), `sources/1.txt` and, when `zeros` > 0, an unreferenced entry of that
    /// many zero bytes, deflated.
    private func archive(_ qde: String, qdeName: String = "project.qde", zeros: Int = 0) throws -> URL {
        let url = directory.appendingPathComponent("in-\(UUID().uuidString).qdpx")
        let archive = try Archive(url: url, accessMode: .create)
        var entries: [(String, Int, (Int64, Int) -> Data)] = [
            (qdeName, qde.utf8.count, { Data(qde.utf8).subdata(in: Int($0)..<Int($0) + $1) }),
            ("sources/1.txt", 11, { Data("Hello there".utf8).subdata(in: Int($0)..<Int($0) + $1) }),
        ]
        if zeros > 0 { entries.append(("extra/zeros.bin", zeros, { Data(count: $1) })) }
        for (path, size, provider) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
                bufferSize: 1 << 20, provider: provider)
        }
        return url
    }

    private func assertRefusedWritingNothing(
        _ qdpx: URL, expected: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let created = directory.appendingPathComponent("new-project")
        let result = try glean("import", "--format", "qdpx", qdpx.path, "-p", created.path, "--date", "2021-03-01")
        XCTAssertNotEqual(result.status, 0, result.stdout, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(expected), result.stderr, file: file, line: line)
        XCTAssertFalse(result.stderr.contains(Self.secretMarker), result.stderr, file: file, line: line)
        XCTAssertFalse(
            result.stderr.unicodeScalars.contains {
                $0.value == 0x1B || $0.value == 0x07 || (0x80..<0xA0).contains($0.value)
            }, result.stderr.debugDescription, file: file, line: line)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: created.path), "a refused import created \(created.path)",
            file: file, line: line)

        let project = try makeSample()
        let before = try FileTree.contents(under: project)
        let merged = try glean(
            "import", "--format", "qdpx", "--merge", qdpx.path, "-p", project.path, "--date", "2021-03-01")
        XCTAssertNotEqual(merged.status, 0, merged.stdout, file: file, line: line)
        XCTAssertTrue(merged.stderr.contains(expected), merged.stderr, file: file, line: line)
        XCTAssertEqual(
            try FileTree.contents(under: project), before, "a refused merge changed the project", file: file, line: line
        )
    }

    func testAFileEntityIsRefusedAndNothingIsWritten() throws {
        let secret = directory.appendingPathComponent("secret.txt")
        try Data("top \(Self.secretMarker) secret".utf8).write(to: secret)
        let qdpx = try archive(
            Self.qde(doctype: "<!DOCTYPE Project [<!ENTITY e SYSTEM \"file://\(secret.path)\">]>", note: "&e;"))
        try assertRefusedWritingNothing(
            qdpx,
            expected:
                "/project.qde:1: the document declares entities in its DOCTYPE; Glean never expands entities or loads DTDs (refused)"
        )
    }

    func testABrokenDocumentWithEscapesInItsNameIsRefusedSafely() throws {
        let qdpx = try archive(Self.qde(note: "raw \u{1} control"), qdeName: "evil\u{1B}]0;owned\u{7}\u{9B}31m.qde")
        try assertRefusedWritingNothing(qdpx, expected: ": not well-formed XML: not well-formed (invalid token)")
    }

    func testDuplicateGUIDsAreRefused() throws {
        let qde = Self.qde().replacingOccurrences(
            of: "aaaaaaaa-0000-4000-8000-000000000001", with: "cccccccc-0000-4000-8000-000000000001")
        try assertRefusedWritingNothing(
            try archive(qde), expected: "is used twice, by Code \"Health\" (line 3) and by Note \"Memo\" (line 12)")
    }

    /// An archive of a few hundred KiB with an unreferenced entry of 256 MiB imports at once in little memory (reading
    /// the entry would take at least its 256 MiB).
    func testAnUnreferencedZipBombCostsNothing() throws {
        let qdpx = try archive(Self.qde(), zeros: 256 << 20)
        let created = directory.appendingPathComponent("new")
        let started = Date()
        let (status, peakKiB) = try Self.runMeasuringMemory([
            "import", "--format", "qdpx", qdpx.path, "-p", created.path, "--date", "2021-03-01",
        ])
        let seconds = Date().timeIntervalSince(started)
        print(
            "Import beside an unreferenced 256 MiB entry: \(String(format: "%.2f", seconds)) s, peak memory \(peakKiB / 1024) MiB"
        )
        XCTAssertEqual(status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: created.appendingPathComponent("glean.json").path))
        XCTAssertLessThan(peakKiB, 160 << 10)
        XCTAssertLessThan(seconds, 10)
    }

    /// Runs `glean arguments…` with output discarded; its exit status and its own peak resident memory in KiB.
    ///
    /// The binary is started by a small Python process, not by this one: Linux counts the memory of the process that
    /// spawned a program (through `vfork`) in the program's peak, and this test process holds well over 100 MiB by the
    /// time the whole suite reaches this test.
    private static func runMeasuringMemory(_ arguments: [String]) throws -> (status: Int32, peakKiB: Int) {
        guard let url = GleanBinary.url else { throw MissingBinary() }
        let measure = """
            import resource, subprocess, sys
            run = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(run.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            """
        let result = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", measure, url.path] + arguments,
            environment: GleanBinary.environment())
        let fields = result.stdout.split(separator: " ").compactMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard result.status == 0, fields.count == 2 else { throw MissingBinary() }
        return (Int32(fields[0]), fields[1])
    }
}
