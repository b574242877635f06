import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// `GUIDText` reads a GUID only in its one written form, 8-4-4-4-12 hexadecimal digits (trimmed, braces optional),
/// which Foundation's `UUID(uuidString:)` also accepts; Foundation on Linux accepts more (spaces inside), Glean not.
final class GUIDTextTests: XCTestCase {
    private func reference(_ text: String) -> String? {
        var core = Substring(text.trimmingCharacters(in: .whitespaces))
        if core.hasPrefix("{"), core.hasSuffix("}") { core = core.dropFirst().dropLast() }
        let form = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/
        return core.wholeMatch(of: form) != nil ? core.lowercased() : nil
    }

    func testKnownForms() {
        XCTAssertEqual(
            GUIDText.normalised(" {6A1C0B8E-0000-4000-8000-00000000000A}\t"), "6a1c0b8e-0000-4000-8000-00000000000a")
        for bad in [
            "", "{}", "6a1c0b8e00004000800000000000000a", "6a1c0b8e-0000-4000-8000-00000000000g",
            "6a1c0b8e-0000-4000-8000-00000000000", "{6a1c0b8e-0000-4000-8000-00000000000a",
        ] {
            XCTAssertNil(GUIDText.normalised(bad), bad)
        }
    }

    func testAgreesWithTheWrittenFormOnMutatedGUIDs() {
        var rng = SeededGenerator(seed: FuzzSettings(environment: ProcessInfo.processInfo.environment).seed)
        let alphabet = Array("0123456789abcdefABCDEFgG-{} \t\u{A0}\u{3000}é")
        for _ in 0..<5_000 {
            var text = Array("{6A1C0B8E-0000-4000-8000-00000000000A}")
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let position = Int.random(in: 0...text.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0 where position < text.count: text[position] = alphabet.randomElement(using: &rng)!
                case 1: text.insert(alphabet.randomElement(using: &rng)!, at: position)
                default: if position < text.count { text.remove(at: position) }
                }
            }
            let read = GUIDText.normalised(String(text))
            XCTAssertEqual(read, reference(String(text)), String(text).debugDescription)
            if let read { XCTAssertNotNil(UUID(uuidString: read), read) }
        }
    }
}
