import XCTest

@testable import GleanCore

/// Which logs and facilitators a report covers, its rows, basis, JSON and refusals.
final class AgreementReportTests: XCTestCase {
    private let project = AgreementFixtures.project()

    func testPresenceReportOnTheOracleLogs() throws {
        let scope = try AgreementScope(project: project, fortnight: 1, concern: "access")
        XCTAssertEqual(scope.facilitators, ["ada", "ben"])
        XCTAssertEqual(scope.logs.count, 10, "the log only ada coded and the log nobody coded are left out")
        XCTAssertEqual(scope.logsLeftOut, 1)
        let report = AgreementReport(scope: scope, unit: .presence)
        let access = try XCTUnwrap(report.concerns.first)
        XCTAssertEqual(access.name, "Access")
        XCTAssertEqual(access.units, 10)
        XCTAssertEqual(try XCTUnwrap(access.kappa.value), 0.0909, accuracy: 0.00005)
        XCTAssertEqual(try XCTUnwrap(access.alpha.value), 0.0952, accuracy: 0.00005)
        XCTAssertEqual(report.basis, "10 logs coded by both ada and ben, 10 units; 1 log tagged by only some left out")
    }

    func testPooledRowAndNoVariationConcern() throws {
        let report = AgreementReport(scope: try AgreementScope(project: project, fortnight: 1), unit: .presence)
        XCTAssertEqual(report.concerns.map(\.name), ["Access", "Other"])
        XCTAssertEqual(report.concerns[1].alpha.whyUndefined, AgreementReason.noVariation)
        XCTAssertEqual(report.overall.units, 20)
        XCTAssertEqual(report.overall.agreement.value, 16.0 / 20)
        XCTAssertEqual(AgreementText.notes(report.concerns[1]), ["kappa, alpha n/a: \(AgreementReason.noVariation)"])
    }

    func testCharacterReportOnTheOracleLog() throws {
        let scope = try AgreementScope(project: project, fortnight: 2, concern: "Access")
        let row = try XCTUnwrap(AgreementReport(scope: scope, unit: .character).concerns.first)
        XCTAssertEqual(row.units, 20)
        XCTAssertEqual(try XCTUnwrap(row.agreement.value), 0.60, accuracy: 0.00005)
        XCTAssertEqual(try XCTUnwrap(row.unitizedAlpha?.value), 0.24583, accuracy: 0.000005)
    }

    func testJSONNamesItsFigures() throws {
        let report = AgreementReport(scope: try AgreementScope(project: project, fortnight: 1), unit: .presence)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try report.json().utf8)) as? [String: Any])
        XCTAssertEqual(object["facilitators"] as? [String], ["ada", "ben"])
        XCTAssertEqual(object["unit"] as? String, "presence")
        let basis = try XCTUnwrap(object["basis"] as? [String: Any])
        XCTAssertEqual(basis["logs"] as? Int, 10)
        XCTAssertEqual(basis["units"] as? Int, 20)
        XCTAssertEqual(basis["rule"] as? String, AgreementReport.logRule)
        let concerns = try XCTUnwrap(object["concerns"] as? [[String: Any]])
        XCTAssertEqual(try XCTUnwrap(concerns[0]["kappa"] as? Double), 0.0909, accuracy: 0.00005)
        XCTAssertEqual(try XCTUnwrap(concerns[0]["alpha"] as? Double), 0.0952, accuracy: 0.00005)
        XCTAssertEqual(try XCTUnwrap(concerns[0]["agreement"] as? Double), 0.6, accuracy: 0.00005)
        XCTAssertTrue(concerns[1]["alpha"] is NSNull)
        XCTAssertEqual((concerns[1]["undefined"] as? [String: String])?["alpha"], AgreementReason.noVariation)
        XCTAssertNil(concerns[0]["unitizedAlpha"], "uα belongs to the character unit")
    }

    func testRefusals() {
        XCTAssertThrowsError(try AgreementScope(project: project, fortnight: 7)) { error in
            XCTAssertEqual(error as? AgreementError, .fortnightHasNoLogs(7, withLogs: [1, 2]))
            XCTAssertEqual("\(error)", "fortnight 7 has no logs; fortnights with logs: 1, 2")
        }
        XCTAssertThrowsError(try AgreementScope(project: project, concern: "nothing")) { error in
            guard case .unknownConcern(.unknown("nothing", _))? = error as? ScriptingError else {
                return XCTFail("\(type(of: error)): \(error)")
            }
        }
        XCTAssertThrowsError(try AgreementScope(project: project, facilitators: ["ada", "cy"])) { error in
            XCTAssertEqual(
                error as? AgreementError, .taggedNothing(facilitator: "cy", fortnight: nil, coders: ["ada", "ben"]))
            XCTAssertEqual("\(error)", "\"cy\" has tagged no quote in the project; those who have: ada, ben")
        }
        XCTAssertThrowsError(try AgreementScope(project: project, facilitators: ["ada", "ada"])) { error in
            XCTAssertEqual(error as? AgreementError, .tooFewNamed(fortnight: nil, coders: ["ada", "ben"]))
            XCTAssertEqual(
                "\(error)", "name two or more facilitators to compare; in the project ada, ben tagged quotes")
        }
    }
}
