import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// Personal data written with look-alike forms (fullwidth `＠` and digits, a no-break space) or with invisible
/// characters inside it is flagged as if written plainly; a fuzzed disguise of each known address and number is still
/// found.
final class PersonalValuesDisguiseTests: XCTestCase {
    func testFullwidthAndInvisibleFormsAreFound() {
        let cases: [(String, [PersonalValues.Kind])] = [
            ("mail me at a\u{FF20}b.com", [.email]),
            ("jo\u{200B}@nhs.net", [.email]),
            ("ｊｏ＠ｎｈｓ．ｎｅｔ", [.email]),
            ("call ０７７００９００１２３", [.phone]),
            ("07700\u{00A0}900\u{00A0}123", [.phone]),
            ("0770\u{200B}0900\u{2060}123", [.phone]),
            ("NHS ９４３ ４７６ ５９１９", [.nhsNumber]),
            ("943\u{00AD}476\u{00AD}5919", [.nhsNumber]),
        ]
        for (text, kinds) in cases {
            XCTAssertEqual(PersonalValues.kinds(in: text), kinds, text.debugDescription)
        }
    }

    func testFlagsInAnImportSeeThroughDisguises() throws {
        let fixtures = ImportFixtures()
        let batch = try fixtures.read(
            "participant,date,Progress\nA-01,2020-04-20,mail me at a\u{FF20}b.com or ０７７００９００１２３\n")
        XCTAssertEqual(batch.flagged.map(\.kind), [.email, .phone])
    }

    /// Each plain example, disguised at random (fullwidth forms, invisible characters between characters), is found.
    func testFuzzedDisguisesAreFound() {
        let settings = FuzzSettings(environment: ProcessInfo.processInfo.environment)
        let plain: [(String, PersonalValues.Kind)] = [
            ("jo.bloggs@nhs.net", .email), ("07700 900123", .phone), ("+44 20 7946 0018", .phone),
            ("943 476 5919", .nhsNumber), ("4010232137", .nhsNumber),
        ]
        let invisible: [Character] = [
            "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{200E}", "\u{FE0F}",
        ]
        for index in settings.cases {
            var random = SeededGenerator.forCase(index, ofRun: settings.seed)
            let (text, kind) = plain[index % plain.count]
            var disguised = ""
            for character in text {
                let ascii = character.unicodeScalars.first!.value
                if Bool.random(using: &random), (0x21...0x7E).contains(ascii) {
                    disguised.unicodeScalars.append(Unicode.Scalar(ascii + 0xFEE0)!)
                } else {
                    disguised.append(character)
                }
                if Int.random(in: 0..<4, using: &random) == 0 {
                    disguised.append(invisible.randomElement(using: &random)!)
                }
            }
            XCTAssertTrue(
                PersonalValues.kinds(in: "see " + disguised + " here").contains(kind),
                "\(disguised.debugDescription): \(settings.reproduction(ofCase: index))")
        }
    }
}
