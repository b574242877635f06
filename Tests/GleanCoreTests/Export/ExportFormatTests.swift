import XCTest

@testable import GleanCore

/// `ExportFormat` is the one list of export formats: each has one name it is known by, the exchange ones are
/// REFI-QDA's, and a summary export refuses an exchange format rather than writing something else.
final class ExportFormatTests: XCTestCase {
    func testEveryFormatRoundTripsThroughItsNameAndAnUnknownNameIsRefused() {
        for format in ExportFormat.allCases {
            XCTAssertEqual(ExportFormat(rawValue: format.rawValue), format, format.rawValue)
        }
        XCTAssertEqual(
            ExportFormat.allCases.map(\.rawValue),
            ["markdown", "html", "csv", "json", "qdpx", "qdc", "matrix-csv", "matrix-html"], "the order --format lists")
        for unknown in ["nonsense", "md", "Markdown", "matrixCSV", ""] {
            XCTAssertNil(ExportFormat(rawValue: unknown), unknown)
        }
    }

    func testTheExchangeFormatsAreREFIQDAsAndTheRestAreOneFortnightsWork() {
        XCTAssertEqual(ExportFormat.allCases.compactMap(\.exchange), ExchangeFormat.allCases)
        XCTAssertEqual(ExportFormat.fortnightFormats, [.markdown, .html, .csv, .json, .matrixCSV, .matrixHTML])
        XCTAssertEqual(
            ExportFormat.allCases.map(\.fileExtension), ["md", "html", "csv", "json", "qdpx", "qdc", "csv", "html"])
        for format in ExportFormat.allCases where format.isExchange {
            XCTAssertFalse(
                format.coversSeveralFortnights || format.usesTemplate || format.carriesFigures || format.isMatrix)
        }
    }

    func testASummaryExportRefusesAnExchangeFormat() throws {
        let project = try ExportFixtures.sample()
        for kind in ExchangeFormat.allCases {
            XCTAssertThrowsError(
                try SummaryExport.render(project, .init(format: .exchange(kind), scope: .fortnight(2)))
            ) {
                XCTAssertTrue("\($0)".contains("\(kind.rawValue) holds the whole project"), "\($0)")
            }
        }
    }
}
