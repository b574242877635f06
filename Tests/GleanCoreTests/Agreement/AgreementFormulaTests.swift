import XCTest

@testable import GleanCore

/// The coefficients against the oracles and on degenerate data.
final class AgreementFormulaTests: XCTestCase {
    func testPresenceOracle() throws {
        let tally = AgreementFixtures.tally(AgreementFixtures.adaPresence, AgreementFixtures.benPresence)
        XCTAssertEqual(try XCTUnwrap(tally.agreement.value), 0.60, accuracy: 0.00005)
        XCTAssertEqual(try XCTUnwrap(tally.kappa.value), 0.0909, accuracy: 0.00005)
        XCTAssertEqual(try XCTUnwrap(tally.alpha.value), 0.0952, accuracy: 0.00005)
        XCTAssertEqual(tally.units, 10)
    }

    func testCharacterOracle() throws {
        var tally = ContinuumTally(coders: 2)
        tally.add(length: 20, codings: [[0..<8], [4..<12]])
        XCTAssertEqual(try XCTUnwrap(tally.characters.agreement.value), 0.60, accuracy: 0.00005)
        XCTAssertEqual(try XCTUnwrap(tally.unitizedAlpha.value), 0.24583, accuracy: 0.000005)
        XCTAssertEqual(tally.characters.units, 20)
    }

    func testUnitizedAlphaIsOneWhenTheCodingsMatchAndCountsRunsNotQuotes() throws {
        var same = ContinuumTally(coders: 2)
        same.add(length: 20, codings: [[2..<9], [2..<5, 4..<9]])
        XCTAssertEqual(try XCTUnwrap(same.unitizedAlpha.value), 1, accuracy: 1e-12)
        XCTAssertEqual(ContinuumTally.runs(of: [5..<9, 2..<5, 30..<40, -3..<1], within: 20), [0..<1, 2..<9])
    }

    func testPerfectAgreementAndKappaForThree() throws {
        let tally = AgreementFixtures.tally("1100", "1100", "1100")
        XCTAssertEqual(tally.agreement.value, 1)
        XCTAssertEqual(tally.alpha.value, 1)
        XCTAssertNil(tally.kappa.value)
        XCTAssertEqual(tally.kappa.whyUndefined, AgreementReason.kappaNeedsTwo)
    }

    func testNoUnitsGiveReasonsNotNaN() {
        let empty = BinaryTally(coders: 2)
        for figure in [empty.agreement, empty.kappa, empty.alpha] {
            XCTAssertNil(figure.value)
            XCTAssertEqual(figure.whyUndefined, AgreementReason.noSharedUnits)
            XCTAssertEqual(figure.text, "n/a")
        }
        XCTAssertNil(ContinuumTally(coders: 2).unitizedAlpha.value)
    }

    func testNoVariationLeavesKappaAndAlphaUndefinedButAgreementWhole() {
        let tally = AgreementFixtures.tally("0000", "0000")
        XCTAssertEqual(tally.agreement.value, 1)
        XCTAssertEqual(tally.kappa.whyUndefined, AgreementReason.noVariation)
        XCTAssertEqual(tally.alpha.whyUndefined, AgreementReason.noVariation)
        var blank = ContinuumTally(coders: 2)
        blank.add(length: 10, codings: [[], []])
        XCTAssertEqual(blank.unitizedAlpha.whyUndefined, AgreementReason.noVariation)
        var full = ContinuumTally(coders: 2)
        full.add(length: 10, codings: [[0..<10], [0..<10]])
        XCTAssertEqual(full.unitizedAlpha.whyUndefined, AgreementReason.noVariation)
    }

    func testMissingCodesAndSingleCodersAreLeftOut() throws {
        var tally = BinaryTally(coders: 3)
        tally.add([true, nil, nil])
        XCTAssertEqual(tally.units, 0, "a unit one facilitator coded pairs with nobody")
        tally.add([true, true, nil])
        tally.add([false, nil, true])
        tally.add([false, false, false])
        XCTAssertEqual(tally.units, 3)
        // Pairs: ada–ben share 2 units, agree on 2; ada–cy share 2, agree on 1; ben–cy share 1, agree on 1.
        XCTAssertEqual(try XCTUnwrap(tally.agreement.value), (1 + 0.5 + 1) / 3, accuracy: 1e-12)
    }

    func testCoefficientText() {
        XCTAssertEqual(Coefficient.defined(0.0909).text, "0.091")
        XCTAssertEqual(Coefficient.defined(-0.1256).text, "-0.126")
        XCTAssertEqual(Coefficient.defined(1).text, "1.000")
        XCTAssertEqual(Coefficient.defined(.nan).value, nil)
    }
}
