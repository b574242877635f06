import Foundation
import XCTest

@testable import GleanCore

/// Issue 9, class 1: a REFI-QDA file never makes Glean read another file, load a DTD, expand an entity or reach the
/// network. Any DOCTYPE that declares an entity or names an external DTD is refused before anything is loaded.
final class XMLEntityRefusalTests: XCTestCase {
    private let refusedEntities = [
        "in.qdpx/project.qde:1:",
        "declares entities in its DOCTYPE; Glean never expands entities or loads DTDs (refused)",
    ]

    func testAFileEntityInASourceIsRefused() throws {
        let secret = try HostileQDPX.secretFile()
        let qde = HostileQDPX.document(
            doctype: "<!DOCTYPE Project [<!ENTITY e SYSTEM \"file://\(secret.path)\">]>",
            sourceExtra: "<PlainTextContent>&e;</PlainTextContent>")
        HostileQDPX.assertRefused(refusedEntities) { try HostileQDPX.read(qde) }
    }

    func testAFileEntityInANoteIsRefused() throws {
        let secret = try HostileQDPX.secretFile()
        let qde = HostileQDPX.document(
            doctype: "<!DOCTYPE Project [<!ENTITY e SYSTEM \"\(secret.path)\">]>", noteText: "&e;")
        HostileQDPX.assertRefused(refusedEntities) { try HostileQDPX.read(qde) }
    }

    func testAnExternalParameterEntityDTDIsNeverLoaded() throws {
        let secret = try HostileQDPX.secretFile()
        let dtd = secret.deletingLastPathComponent().appendingPathComponent("evil.dtd")
        try Data("<!ENTITY e SYSTEM \"file://\(secret.path)\">".utf8).write(to: dtd)
        let qde = HostileQDPX.document(
            doctype: "<!DOCTYPE Project [<!ENTITY % ext SYSTEM \"file://\(dtd.path)\"> %ext;]>", noteText: "&e;")
        HostileQDPX.assertRefused(refusedEntities) { try HostileQDPX.read(qde) }
    }

    func testADoctypeNamingAnExternalDTDIsRefused() throws {
        let secret = try HostileQDPX.secretFile()
        let dtd = secret.deletingLastPathComponent().appendingPathComponent("evil.dtd")
        try Data("<!ENTITY e SYSTEM \"file://\(secret.path)\">".utf8).write(to: dtd)
        for doctype in [
            "<!DOCTYPE Project SYSTEM \"file://\(dtd.path)\">", "<!DOCTYPE Project SYSTEM \"\(dtd.path)\">",
            "<!DOCTYPE Project PUBLIC \"-//Evil//DTD Evil//EN\" \"file://\(dtd.path)\">",
        ] {
            HostileQDPX.assertRefused([
                "in.qdpx/project.qde:1:", "the document's DOCTYPE refers to an external DTD", "Glean never",
            ]) {
                try HostileQDPX.read(HostileQDPX.document(doctype: doctype, noteText: "&e;"))
            }
            let standalone = HostileQDPX.document(doctype: doctype, noteText: "&e;")
                .replacingOccurrences(of: "encoding=\"utf-8\"?>", with: "encoding=\"utf-8\" standalone=\"yes\"?>")
            HostileQDPX.assertRefused([
                "in.qdpx/project.qde:1:", "the document's DOCTYPE names an external DTD", "Glean never",
            ]) {
                try HostileQDPX.read(standalone)
            }
        }
    }

    func testNoNetworkEntityOrDTDIsFetched() throws {
        let listener = try LoopbackListener()
        let url = "http://127.0.0.1:\(listener.port)/evil"
        HostileQDPX.assertRefused(refusedEntities) {
            try HostileQDPX.read(
                HostileQDPX.document(doctype: "<!DOCTYPE Project [<!ENTITY e SYSTEM \"\(url)\">]>", noteText: "&e;"))
        }
        HostileQDPX.assertRefused(refusedEntities) {
            try HostileQDPX.read(
                HostileQDPX.document(doctype: "<!DOCTYPE Project [<!ENTITY % p SYSTEM \"\(url)\"> %p;]>"))
        }
        HostileQDPX.assertRefused(["refers to an external DTD"]) {
            try HostileQDPX.read(HostileQDPX.document(doctype: "<!DOCTYPE Project SYSTEM \"\(url)\">"))
        }
        XCTAssertFalse(listener.wasReached, "a hostile file made Glean connect to \(url)")
    }

    /// The listener does notice a connection, so `testNoNetworkEntityOrDTDIsFetched` can fail.
    func testTheListenerNoticesAConnection() throws {
        let listener = try LoopbackListener()
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(listener.port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        XCTAssertEqual(connected, 0)
        XCTAssertTrue(listener.wasReached)
    }

    func testBillionLaughsIsRefusedAtOnce() throws {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">"
        }
        let started = Date()
        HostileQDPX.assertRefused(refusedEntities) {
            try HostileQDPX.read(
                HostileQDPX.document(doctype: "<!DOCTYPE Project [\(declarations)]>", noteText: "&lol9;"))
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testEvenAHarmlessInternalEntityIsRefused() throws {
        HostileQDPX.assertRefused(refusedEntities) {
            try HostileQDPX.read(
                HostileQDPX.document(doctype: "<!DOCTYPE Project [<!ENTITY name \"Glean\">]>", noteText: "&name;"))
        }
    }

    func testAParameterEntityReferenceWithoutADeclarationIsRefused() throws {
        HostileQDPX.assertRefused([
            "in.qdpx/project.qde:1:",
            "the document's DOCTYPE refers to an external DTD or to parameter entities; Glean never expands entities",
        ]) {
            try HostileQDPX.read(HostileQDPX.document(doctype: "<!DOCTYPE Project [%ext;]>", noteText: "&e;"))
        }
    }

    func testAnUndeclaredEntityIsNotWellFormed() throws {
        HostileQDPX.assertRefused(["in.qdpx/project.qde:", "not well-formed XML: undefined entity"]) {
            try HostileQDPX.read(HostileQDPX.document(noteText: "before &passwd; after"))
        }
    }

    func testADoctypeWithoutEntitiesOrExternalDTDIsRead() throws {
        for doctype in ["<!DOCTYPE Project>", "<!DOCTYPE Project [<!ELEMENT Project ANY><!-- a comment -->]>"] {
            let incoming = try HostileQDPX.read(
                HostileQDPX.document(doctype: doctype, noteText: "Tom &amp; Jerry &#x1F642; &lt;b&gt;"))
            XCTAssertEqual(incoming.logs.map(\.sections.first?.text), [HostileQDPX.sourceText(1)])
            XCTAssertEqual(
                incoming.quotes.map(\.memo), ["Tom & Jerry 🙂 <b>"],
                "predefined entities and character references are text")
        }
    }
}
