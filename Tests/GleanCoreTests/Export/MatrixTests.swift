import Foundation
import XCTest

@testable import GleanCore

/// The rapid-analysis matrix's model: its rows by participant and by attribute, what its cells hold, the fortnights
/// it covers, and figures that agree with Counts.
final class MatrixTests: XCTestCase {
    func testOneRowPerParticipantWhoWroteSortedByCodeWithTheirOwnQuotes() throws {
        let project = try ExportFixtures.sample()
        let matrix = Matrix(project: project, fortnights: [3], rows: .participant)
        let writers = Set(project.fortnight(3).logs.map(\.participant)).sorted()
        XCTAssertEqual(matrix.rows.map(\.label), writers)
        XCTAssertEqual(matrix.heading, "participant")
        XCTAssertEqual(matrix.columns.map(\.id), project.codebook.concerns.map(\.id), "every concern, codebook order")
        for (row, code) in zip(matrix.rows, writers) {
            XCTAssertEqual(row.participants, 1)
            XCTAssertEqual(row.logs, project.fortnight(3).logs.filter { $0.participant == code }.count)
            for (cell, column) in zip(row.cells, matrix.columns) {
                let expected = project.fortnight(3).quotes.filter {
                    $0.participant == code && $0.concerns.contains(column.id)
                }
                XCTAssertEqual(cell.quotes.count, expected.count, "\(code) × \(column.name)")
                XCTAssertTrue(cell.quotes.allSatisfy { $0.participant == code && $0.fortnight == 3 })
            }
        }
    }

    func testACellHoldsTheQuotesTextDateAndFeaturedMark() throws {
        let project = ExportFixtures.hostile()
        let matrix = Matrix(project: project, fortnights: [1], rows: .participant)
        XCTAssertEqual(matrix.rows.map(\.label), ["A-01", "B-02"])
        let pets = matrix.rows[0].cells[0].quotes
        XCTAssertEqual(pets.map(\.text), [ExportFixtures.hostileProgress, ExportFixtures.hostileConcerns])
        XCTAssertEqual(pets.map(\.featured), [true, false])
        XCTAssertEqual(pets.map(\.date.iso), ["2020-04-07", "2020-04-07"])
        XCTAssertEqual(
            matrix.rows[0].cells[1].quotes.map(\.text), [ExportFixtures.hostileConcerns], "q2 is in both columns")
        XCTAssertEqual(matrix.rows[1].cells[0].quotes, [], "B-02 did not raise pets")
        XCTAssertEqual(matrix.total.cells.map(\.raisedBy), [1, 2])
        XCTAssertEqual(matrix.total.cells.map(\.quotes.count), [2, 2])
    }

    func testTotalsAgreeWithCountsInEveryFortnight() throws {
        let project = try ExportFixtures.sample()
        let counts = CountsTable(project: project)
        for number in project.fortnightNumbers {
            let matrix = Matrix(project: project, fortnights: [number], rows: .participant)
            let fortnight = try XCTUnwrap(counts.fortnight(number))
            XCTAssertEqual(matrix.total.participants, fortnight.participants, "fortnight \(number)")
            XCTAssertEqual(matrix.total.logs, fortnight.logs, "fortnight \(number)")
            XCTAssertEqual(
                matrix.total.cells.map(\.raisedBy), fortnight.concerns.map(\.participants), "fortnight \(number)")
            XCTAssertEqual(
                matrix.total.cells.map(\.quotes.count), fortnight.concerns.map(\.quotes), "fortnight \(number)")
            let raisedInRows = matrix.columns.indices.map { column in
                matrix.rows.filter { !$0.cells[column].quotes.isEmpty }.count
            }
            XCTAssertEqual(raisedInRows, fortnight.concerns.map(\.participants), "one row per participant raising it")
        }
    }

    func testRowsByAttributeAgreeWithTheBreakdownAndGroupThoseWithoutItLast() throws {
        let project = try ExportFixtures.sample()
        let breakdown = AttributeBreakdown(project: project, attribute: "care setting")
        for number in project.fortnightNumbers {
            let matrix = Matrix(project: project, fortnights: [number], rows: .attribute("care setting"))
            XCTAssertEqual(matrix.heading, "care setting")
            for row in matrix.rows {
                let group = try XCTUnwrap(breakdown.groups.first { $0.value == row.label }?.table.fortnight(number))
                XCTAssertEqual(row.participants, group.participants, "\(row.label), fortnight \(number)")
                XCTAssertEqual(row.logs, group.logs)
                XCTAssertEqual(row.cells.map(\.raisedBy), group.concerns.map(\.participants), "\(row.label)")
                XCTAssertEqual(row.cells.map(\.quotes.count), group.concerns.map(\.quotes), "\(row.label)")
            }
        }

        var project2 = ExportFixtures.hostile()
        project2.participants[1].attributes = [:]
        let matrix = Matrix(project: project2, fortnights: [1], rows: .attribute("care setting"))
        XCTAssertEqual(matrix.rows.map(\.label), ["primary", AttributeBreakdown.missingValue])
        XCTAssertEqual(matrix.rows[1].cells[1].quotes.map(\.participant), ["B-02"])
    }

    func testScopeCoversOnlyTheFortnightsAsked() throws {
        let project = try ExportFixtures.sample()
        let counts = CountsTable(project: project)
        let matrix = Matrix(project: project, fortnights: [1, 2], rows: .participant)
        let entries = matrix.rows.flatMap(\.cells).flatMap(\.quotes)
        XCTAssertEqual(Set(entries.map(\.fortnight)), [1, 2])
        let expected = matrix.columns.map(\.id).map { id in
            [1, 2].reduce(0) { $0 + (counts.fortnight($1)?.count(of: id)?.quotes ?? 0) }
        }
        XCTAssertEqual(matrix.total.cells.map(\.quotes.count), expected)
        XCTAssertEqual(
            matrix.total.logs, [1, 2].reduce(0) { $0 + (counts.fortnight($1)?.logs ?? 0) })
        let writers = Set([1, 2].flatMap { project.fortnight($0).logs.map(\.participant) })
        XCTAssertEqual(matrix.total.participants, writers.count, "a participant writing twice is one row")
        XCTAssertEqual(matrix.rows.count, writers.count)
    }
}
