import Foundation
import XCTest

@testable import GleanCore

/// Issue 9, class 2: a REFI-QDA file that is not well-formed is refused at its first fault, with the line and column,
/// instead of being read in a recovery mode that drops what it cannot parse; the message is safe for a terminal.
final class XMLWellFormednessTests: XCTestCase {
    func testRawControlBytesAreRefusedWithTheirPosition() throws {
        for control in ["\u{1}", "\u{0}", "\u{1B}[2J", "\u{8}"] {
            let error = HostileQDPX.assertRefused(["in.qdpx/project.qde:", "not well-formed XML"]) {
                try HostileQDPX.read(HostileQDPX.document(noteText: "bad \(control) byte"))
            }
            XCTAssertNotNil(error?.line)
            XCTAssertNotNil(error?.column)
        }
    }

    func testElementsNestedPastTheDepthLimitAreRefused() throws {
        let depth = InputLimits.xmlDepth
        let tooDeep = String(repeating: "<Deep>", count: depth) + String(repeating: "</Deep>", count: depth)
        HostileQDPX.assertRefused([
            "in.qdpx/project.qde:", "elements are nested more than \(depth) deep, the most Glean reads (refused)",
        ]) {
            try HostileQDPX.read(HostileQDPX.document(extra: tooDeep))
        }
        let deepest = String(repeating: "<Deep>", count: depth - 1) + String(repeating: "</Deep>", count: depth - 1)
        let incoming = try HostileQDPX.read(HostileQDPX.document(extra: deepest))
        XCTAssertEqual(incoming.logs.count, 1, "\(depth) deep, counting <Project>, is read")
    }

    func testATruncatedDocumentIsRefusedNotReadInPart() throws {
        let qde = HostileQDPX.document(sources: 3)
        for fraction in [0.3, 0.6, 0.95] {
            let cut = String(qde.prefix(Int(Double(qde.count) * fraction)))
            HostileQDPX.assertRefused(["in.qdpx/project.qde:", "not well-formed XML"]) {
                try HostileQDPX.read(cut, sources: 3)
            }
        }
    }

    func testABrokenSourceIsRefusedNotDropped() throws {
        let qde = HostileQDPX.document(sources: 3).replacingOccurrences(
            of: "name=\"Source 2\"", with: "name=\"Source 2\" <broken")
        HostileQDPX.assertRefused(["in.qdpx/project.qde:", "not well-formed XML"]) {
            try HostileQDPX.read(qde, sources: 3)
        }
    }

    func testWrongEncodingDeclarationsAreRefused() throws {
        HostileQDPX.assertRefused(["not well-formed XML: unknown encoding"]) {
            try HostileQDPX.read(HostileQDPX.document(encoding: "x-no-such-encoding"))
        }
        HostileQDPX.assertRefused(["not well-formed XML"]) {
            try HostileQDPX.read(HostileQDPX.document(encoding: "UTF-16"))
        }
        var latin1 = Data(HostileQDPX.document(noteText: "caf_").utf8)
        latin1[try XCTUnwrap(latin1.firstIndex(of: UInt8(ascii: "_")))] = 0xE9
        HostileQDPX.assertRefused(["not well-formed XML: not well-formed (invalid token)"]) {
            try HostileQDPX.read(bytes: latin1)
        }
    }

    func testADeclaredLatin1DocumentIsReadAsLatin1() throws {
        var latin1 = Data(HostileQDPX.document(noteText: "caf_", encoding: "ISO-8859-1").utf8)
        latin1[try XCTUnwrap(latin1.firstIndex(of: UInt8(ascii: "_")))] = 0xE9
        XCTAssertEqual(try HostileQDPX.read(bytes: latin1).quotes.map(\.memo), ["café"])
    }

    func testTerminalEscapesInNamesNeverReachTheMessage() throws {
        let escapes = "\u{1B}]0;owned\u{7}\u{1B}[2J\u{9B}31m\u{202E}"
        HostileQDPX.assertRefused(["not well-formed XML"]) {
            try HostileQDPX.read("<Project><Broken></Project>", entryName: "evil\(escapes).qde")
        }
        let named = HostileQDPX.document().replacingOccurrences(
            of: "name=\"Health\"", with: "name=\"\u{9B}31mHealth\u{202E}\""
        )
        .replacingOccurrences(of: "name=\"Memo\"", with: "name=\"x\" guid2=\"\"")
        .replacingOccurrences(
            of: "<Note guid=\"\(HostileQDPX.guid("a", 1))\"", with: "<Note guid=\"\(HostileQDPX.guid("c", 1))\"")
        HostileQDPX.assertRefused(["is used twice"]) { try HostileQDPX.read(named, entryName: "evil\(escapes).qde") }
    }

    func testAnEmptyOrNonXMLEntryIsRefused() throws {
        for text in ["", "   \n", "not xml at all", "\u{FEFF}", "<Project>"] {
            HostileQDPX.assertRefused(["in.qdpx/project.qde:", "not well-formed XML"]) { try HostileQDPX.read(text) }
        }
    }
}
