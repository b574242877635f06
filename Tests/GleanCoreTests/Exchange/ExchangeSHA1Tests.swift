import XCTest

@testable import GleanCore

/// The SHA-1 behind name-based GUIDs, against the FIPS 180 test vectors.
final class ExchangeSHA1Tests: XCTestCase {
    private func hex(_ text: String) -> String {
        SHA1.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    func testFIPSVectors() {
        XCTAssertEqual(hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        XCTAssertEqual(
            hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"), "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    func testNameBasedGUIDsAreVersion5AndStable() {
        let guid = ExchangeGUIDs.nameBased("2020-04-06|concern|wellbeing")
        XCTAssertEqual(guid, ExchangeGUIDs.nameBased("2020-04-06|concern|wellbeing"))
        XCTAssertNotEqual(guid, ExchangeGUIDs.nameBased("2020-04-20|concern|wellbeing"))
        XCTAssertEqual(Array(guid)[14], "5")
        XCTAssertTrue("89ab".contains(Array(guid)[19]))
    }
}
