import Foundation
import XCTest
import ZIPFoundation

@testable import GleanCore

/// Helpers for the REFI-QDA tests: schema validation with xmllint, archives built from strings, and reading back.
enum ExchangeTestSupport {
    /// The REFI-QDA schemas, copied beside these tests from the shared reference folder.
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schemas")

    /// A new empty temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glean-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Fails unless `xml` validates against `schema` (`Project-mrt2019.xsd` or `Codebook-mrt2019.xsd`).
    static func assertValid(_ xml: Data, schema: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard
            let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"].first(
                where: FileManager.default.isExecutableFile)
        else {
            return XCTFail(
                "xmllint is missing: .ci/run installs libxml2-utils (apt-get install libxml2-utils)", file: file,
                line: line)
        }
        let document = try folder().appendingPathComponent("document.xml")
        try xml.write(to: document)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--schema", schemas.appendingPathComponent(schema).path, document.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, message, file: file, line: line)
    }

    /// The files of a QDPX archive's bytes, every one unpacked.
    static func files(of qdpx: Data) throws -> [String: Data] {
        let archive = try Archive(data: qdpx, accessMode: .read)
        var files: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            files[entry.path] = data
        }
        return files
    }

    /// Imports the QDPX `files` (path and text) with `options`.
    static func read(_ files: [(String, String)], options: ExchangeImport.Options = .init()) throws
        -> ExchangeImport.Incoming
    {
        try read(ZipWriting.archive(files.map { ($0.0, Data($0.1.utf8)) }), options: options)
    }

    /// Imports the QDPX bytes `qdpx` with `options`.
    static func read(_ qdpx: Data, options: ExchangeImport.Options = .init()) throws -> ExchangeImport.Incoming {
        let url = try folder().appendingPathComponent("in.qdpx")
        try qdpx.write(to: url)
        return try ExchangeImport.read(url, name: "in.qdpx", format: .qdpx, options: options)
    }

    /// The project made by importing `project`'s QDPX export into a new project.
    static func roundTrip(_ project: Project) throws -> (Project, ExchangeImport.Incoming) {
        let incoming = try read(ExchangeExport.archive(project))
        let programme = Programme(name: incoming.name, start: incoming.start ?? project.programme.start)
        return (ExchangeMerge(incoming, into: Project(programme: programme)).project, incoming)
    }
}
