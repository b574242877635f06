import XCTest

@testable import GleanCore

/// How a quote's coder is named on screen, and which names are accepted.
final class FacilitatorNamesTests: XCTestCase {
    private let id = "0f8fad5b-d9cb-469f-a165-70867728950e"

    func testKnownIdsShowTheirNameUnknownIdsTheirStartLegacyCodersThemselves() {
        let names = FacilitatorNames(known: [id: "Priya"])
        XCTAssertEqual(names.name(of: id), "Priya")
        XCTAssertEqual(names.name(of: "7c9e6679-7425-40de-944b-e07fc1f90ae7"), "7c9e6679")
        XCTAssertEqual(names.name(of: "facilitator"), "facilitator")
        XCTAssertEqual(FacilitatorNames().shortName(of: "a.very.long.user.name"), "a.very.long…")
        XCTAssertEqual(FacilitatorNames().shortName(of: "facilitator"), "facilitator")
    }

    func testTheNameRule() {
        XCTAssertEqual(try FacilitatorName.checked("  Priya Shah\n").get(), "Priya Shah")
        XCTAssertThrowsError(try FacilitatorName.checked(" \t ").get())
        XCTAssertThrowsError(try FacilitatorName.checked(String(repeating: "x", count: 81)).get())
        XCTAssertThrowsError(try FacilitatorName.checked("a\u{1B}b").get())
        XCTAssertEqual(FacilitatorName.standard(environment: ["USER": "sam"]), "sam")
        XCTAssertEqual(FacilitatorName.standard(environment: [:]), "facilitator")
    }

    func testIdsAreLowerCaseUUIDs() {
        XCTAssertTrue(FacilitatorID.isValid(id))
        XCTAssertFalse(FacilitatorID.isValid(id.uppercased()))
        XCTAssertFalse(FacilitatorID.isValid("facilitator"))
        XCTAssertFalse(FacilitatorID.isValid(String(id.dropLast()) + "g"))
    }
}
