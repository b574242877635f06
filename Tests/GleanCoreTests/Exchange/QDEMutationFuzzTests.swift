import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Issue 9, classes 1, 2, 6 and 9 at random: valid `.qde` documents damaged and attacked — bytes flipped, cut or
/// inserted, DOCTYPEs with file entities and external DTDs, undeclared entities, deep nesting, lines repeated or
/// dropped, encodings changed, positions scrambled — must each import cleanly or be refused with a `ProjectError`.
/// Never a crash, never the secret file's text, never a control character in a message, and never a silent loss:
/// every `TextSource` becomes a log or is reported, and every selection of a log becomes a quote or is reported.
///
/// A fixed seed by default; `GLEAN_FUZZ_SEED`, `GLEAN_FUZZ_ITERATIONS` and `GLEAN_FUZZ_CASE` as for the other fuzzers.
final class QDEMutationFuzzTests: XCTestCase {
    private struct Base {
        var qde: String
        var files: [(String, Data)]
    }

    private enum Attack: CaseIterable {
        case bytes, fileEntity, parameterDTD, externalDTD, undeclaredEntity, deepNesting, repeatLine, dropLine,
            encoding, positions
    }

    private var secret: URL!
    private var outcomes: [String: Int] = [:]

    func testMutatedDocumentsImportOrAreRefusedWithNothingLost() throws {
        secret = try HostileQDPX.secretFile()
        let settings = FuzzSettings(environment: ProcessInfo.processInfo.environment)
        let bases = [try base(try gleanExport()), base(HostileQDPX.document(sources: 3))]
        for index in settings.cases {
            var rng = SeededGenerator.forCase(index, ofRun: settings.seed)
            let base = bases[index % bases.count]
            var qde = Array(base.qde.utf8)
            var done: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                done.append(attack(Attack.allCases.randomElement(using: &rng)!, &qde, using: &rng))
            }
            let context =
                "case \(index) (\(done.joined(separator: "; "))); replay: \(settings.reproduction(ofCase: index))"
            check(Data(qde), files: base.files, context: context)
        }
        print(
            "QDE fuzz: \(settings.cases.count) cases from seed \(settings.seed): \(outcomes.sorted { $0.key < $1.key })"
        )
    }

    /// Found by this fuzzer (seed 7): a selection inside a section's prompt, before its text, crashed the import.
    func testASelectionInsideAPromptIsReportedNotACrash() throws {
        var files = try ExchangeTestSupport.files(of: try gleanExport())
        let qde = String(decoding: try XCTUnwrap(files["project.qde"]), as: UTF8.self)
        let first = try XCTUnwrap(qde.range(of: #"startPosition="\d+" endPosition="\d+""#, options: .regularExpression))
        files["project.qde"] = Data(
            qde.replacingCharacters(in: first, with: #"startPosition="0" endPosition="3""#).utf8)
        let incoming = try ExchangeTestSupport.read(
            try ZipWriting.archive(files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        XCTAssertTrue(
            incoming.unmapped.contains { $0.contains("selection 0–3 covers no section text") }, "\(incoming.unmapped)")
    }

    /// A small project exported by Glean, text in `sources/`.
    private func gleanExport() throws -> Data {
        try ExchangeExport.archive(ExchangeFixtures.hostile())
    }

    private func base(_ archive: Data) throws -> Base {
        var files = try ExchangeTestSupport.files(of: archive)
        let qde = try XCTUnwrap(files.removeValue(forKey: "project.qde"))
        return Base(qde: String(decoding: qde, as: UTF8.self), files: files.sorted { $0.key < $1.key })
    }

    private func base(_ document: String) -> Base {
        Base(qde: document, files: (1...3).map { ("sources/\($0).txt", Data(HostileQDPX.sourceText($0).utf8)) })
    }

    // MARK: - Attacks

    private func attack(_ kind: Attack, _ qde: inout [UInt8], using rng: inout SeededGenerator) -> String {
        switch kind {
        case .bytes:
            return ByteMutation.allCases.randomElement(using: &rng)!.apply(to: &qde, using: &rng)
        case .fileEntity:
            insertDoctype("<!DOCTYPE Project [<!ENTITY e SYSTEM \"file://\(secret.path)\">]>", into: &qde)
            insert("&e;", afterTagOf: &qde, using: &rng)
            return "declared a file entity and used it"
        case .parameterDTD:
            insertDoctype("<!DOCTYPE Project [<!ENTITY % p SYSTEM \"file://\(secret.path)\"> %p;]>", into: &qde)
            return "declared an external parameter entity"
        case .externalDTD:
            insertDoctype("<!DOCTYPE Project SYSTEM \"file://\(secret.path)\">", into: &qde)
            return "named an external DTD"
        case .undeclaredEntity:
            insert("&secret;", afterTagOf: &qde, using: &rng)
            return "used an undeclared entity"
        case .deepNesting:
            let depth = Int.random(in: 200...400, using: &rng)
            insert(
                String(repeating: "<D>", count: depth) + String(repeating: "</D>", count: depth), afterTagOf: &qde,
                using: &rng)
            return "nested \(depth) elements"
        case .repeatLine, .dropLine:
            var lines = qde.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            let line = Int.random(in: lines.indices, using: &rng)
            if kind == .repeatLine { lines.insert(lines[line], at: line) } else { lines.remove(at: line) }
            qde = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            return "\(kind == .repeatLine ? "repeated" : "dropped") line \(line + 1)"
        case .encoding:
            let encoding = ["UTF-16", "ISO-8859-1", "US-ASCII", "x-bogus", "utf-8", ""].randomElement(using: &rng)!
            qde = Array(
                String(decoding: qde, as: UTF8.self).replacingOccurrences(
                    of: "encoding=\"utf-8\"", with: "encoding=\"\(encoding)\""
                ).utf8)
            return "declared the encoding \"\(encoding)\""
        case .positions:
            let text = String(decoding: qde, as: UTF8.self)
            let value = ["-1", "0", "3", "99999999999999999999", "1e3", " 4", "", "5"].randomElement(using: &rng)!
            let name = ["startPosition", "endPosition"].randomElement(using: &rng)!
            guard let found = text.range(of: "\(name)=\"", options: [], range: nil) else { return "found no \(name)" }
            let end = text[found.upperBound...].firstIndex(of: "\"")!
            qde = Array((text[..<found.upperBound] + value + text[end...]).utf8)
            return "set the first \(name) to \"\(value)\""
        }
    }

    private func insertDoctype(_ doctype: String, into qde: inout [UInt8]) {
        let declarationEnd = qde.firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? 0
        qde.insert(contentsOf: Array(doctype.utf8), at: declarationEnd)
    }

    /// Inserts `text` just after a random `>` past the root's start, where character data may stand.
    private func insert(_ text: String, afterTagOf qde: inout [UInt8], using rng: inout SeededGenerator) {
        let closers = qde.indices.filter { qde[$0] == UInt8(ascii: ">") }.dropFirst(2)
        let position = closers.randomElement(using: &rng).map { $0 + 1 } ?? qde.count
        qde.insert(contentsOf: Array(text.utf8), at: position)
    }

    // MARK: - Checks

    private func check(_ qde: Data, files: [(String, Data)], context: String) {
        let incoming: ExchangeImport.Incoming
        do {
            incoming = try ExchangeTestSupport.read(
                try ZipWriting.archive([("project.qde", qde)] + files), options: HostileQDPX.options)
        } catch let error as ProjectError {
            return refused(error.description, context: context)
        } catch let error as ExchangeMappingError {
            return refused(error.description, context: context)
        } catch {
            return XCTFail("not a ProjectError: \(error), \(context)")
        }
        outcomes["imported", default: 0] += 1
        XCTAssertFalse("\(incoming)".contains(HostileQDPX.secretMarker), "secret imported, \(context)")
        assertNothingLost(qde, incoming, context: context)
    }

    /// Counts a refusal and checks its message: one safe line without the secret.
    private func refused(_ message: String, context: String) {
        outcomes["refused", default: 0] += 1
        XCTAssertFalse(message.contains(HostileQDPX.secretMarker), "secret in the message, \(context)")
        XCTAssertFalse(
            message.unicodeScalars.contains { $0.properties.generalCategory == .control },
            "\(message.debugDescription), \(context)")
    }

    /// Every source of `qde` (as Foundation's parser reads it, independently of Glean's) is a log or is reported, and
    /// every selection of a log is a quote or is reported.
    private func assertNothingLost(_ qde: Data, _ incoming: ExchangeImport.Incoming, context: String) {
        guard let root = try? XMLDocument(data: qde).rootElement() else {
            return XCTFail("Glean imported what libxml2 cannot parse, \(context)")
        }
        let sources = (root.elements(forName: "Sources").first?.children ?? []).compactMap { $0 as? XMLElement }.filter
        { $0.name == "TextSource" }
        let logIDs = Set(incoming.logs.map(\.id))
        let quoteIDs = Set(incoming.quotes.map(\.id))
        var reportedSources = incoming.unmapped.filter {
            $0.contains("is not in the archive") || $0.contains("has no GUID")
        }.count
        for source in sources {
            guard let guid = Self.attribute("guid", of: source).flatMap(GUIDText.normalised), logIDs.contains(guid)
            else { continue }
            reportedSources += 1
            for selection in source.elements(forName: "PlainTextSelection") {
                let value = { (name: String) in Self.attribute(name, of: selection) }
                if let id = value("guid").flatMap(GUIDText.normalised), quoteIDs.contains(id) { continue }
                let start = value("startPosition").flatMap(Int.init)
                let readable =
                    value("guid").flatMap(GUIDText.normalised) != nil && start != nil
                    && value("endPosition").flatMap(Int.init) != nil
                let reported =
                    readable
                    ? incoming.unmapped.contains { $0.contains("selection \(start!)–") }
                    : incoming.unmapped.contains { $0.contains("without a GUID or whole-number positions") }
                XCTAssertTrue(
                    reported,
                    "selection \(selection.xmlString) neither imported nor reported: \(incoming.unmapped), \(context)")
            }
        }
        XCTAssertEqual(reportedSources, sources.count, "sources in the file vs logs and reported sources, \(context)")
    }

    /// The value of `element`'s attribute `name` (`attribute(forName:)` misses attributes of a namespaced element on
    /// Linux).
    private static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }
}
