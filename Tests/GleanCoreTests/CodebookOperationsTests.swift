import Foundation
import GleanCore
import XCTest

/// The codebook operations `glean codebook` and the Codebook screen share: each one edit, undone whole.
final class CodebookOperationsTests: XCTestCase {
    private let project = Fixtures.small()

    private func applied(_ edit: Edit, to project: Project) -> (after: Project, undone: Project) {
        var after = project
        let inverse = after.apply(edit)
        var undone = after
        undone.apply(inverse)
        return (after, undone)
    }

    func testConcernsAreNamedByIDByNameIgnoringCaseOrByNumberKey() throws {
        XCTAssertEqual(try project.codebook.concern(referencedBy: "wellbeing").id, "wellbeing")
        XCTAssertEqual(try project.codebook.concern(referencedBy: "EQUIPMENT").id, "equipment")
        let keyed = try XCTUnwrap(project.codebook.concerns.first { $0.key != nil })
        XCTAssertEqual(try project.codebook.concern(referencedBy: "\(keyed.key!)").id, keyed.id)
        XCTAssertThrowsError(try project.codebook.concern(referencedBy: "nothing")) {
            XCTAssertTrue("\($0)".contains("there is no concern \"nothing\"; the codebook has "), "\($0)")
        }
    }

    func testMergeMovesQuotesToTheSurvivorKeepingOneTagAndUndoesWhole() throws {
        let edit = try CodebookOperations.merge("equipment", into: "wellbeing", in: project)
        XCTAssertEqual(edit.summary, "Merged Equipment into Wellbeing (1 quote moved)")
        let (after, undone) = applied(edit, to: project)
        XCTAssertNil(after.codebook.concern(id: "equipment"))
        XCTAssertEqual(
            after.fortnight(2).quotes.first { $0.id == "q6" }?.concerns, ["wellbeing"],
            "a quote with both keeps one tag")
        XCTAssertEqual(CodebookOperations.quoteCount(of: "wellbeing", in: after), 4)
        XCTAssertEqual(undone, project, "one undo restores the concern and every quote")
    }

    func testMergeRetagsQuotesInEveryFortnight() throws {
        let edit = try CodebookOperations.merge("feedback", into: "wellbeing", in: project)
        let (after, _) = applied(edit, to: project)
        XCTAssertEqual(after.fortnight(1).quotes.map(\.concerns), [["wellbeing"], ["wellbeing"], ["wellbeing"]])
        XCTAssertEqual(CodebookOperations.quoteCount(of: "feedback", in: after), 0)
        XCTAssertThrowsError(try CodebookOperations.merge("feedback", into: "feedback", in: project))
    }

    func testDeleteIsRefusedWhileQuotesUseTheConcern() throws {
        XCTAssertThrowsError(try CodebookOperations.delete("wellbeing", from: project)) {
            XCTAssertEqual(
                "\($0)",
                "Wellbeing is used by 4 quotes; merge it into another concern instead, which moves its quotes there")
        }
        var unused = project
        unused.apply(try CodebookOperations.add(name: "Spare", theme: "Growing concerns", to: project))
        let edit = try CodebookOperations.delete("spare", from: unused)
        let (after, undone) = applied(edit, to: unused)
        XCTAssertNil(after.codebook.concern(id: "spare"))
        XCTAssertEqual(undone, unused)
    }

    func testAddFilesTheConcernAtTheEndOfItsThemeWithTheFreeKey() throws {
        let edit = try CodebookOperations.add(name: "Access", theme: "Continued progress", to: project)
        let (after, undone) = applied(edit, to: project)
        XCTAssertEqual(after.codebook.concerns.map(\.id), ["feedback", "access", "wellbeing", "equipment"])
        XCTAssertEqual(after.codebook.concern(id: "access")?.key, 3)
        XCTAssertEqual(undone, project)
        XCTAssertThrowsError(try CodebookOperations.add(name: "WELLBEING", theme: "X", to: project)) {
            XCTAssertTrue("\($0)".contains("already"), "\($0)")
        }
        XCTAssertThrowsError(try CodebookOperations.add(name: "X", theme: "X", colour: "red", to: project))
    }

    func testTakingAKeySaysWhomItWasTakenFrom() throws {
        let edit = try CodebookOperations.rekey("equipment", to: 1, in: project)
        XCTAssertEqual(edit.summary, "Bound key 1 to Equipment; taken from Feedback, which now has no key")
        let (after, undone) = applied(edit, to: project)
        XCTAssertEqual(after.codebook.concern(forKey: 1)?.id, "equipment")
        XCTAssertNil(after.codebook.concern(id: "feedback")?.key)
        XCTAssertEqual(undone, project)
        let added = try CodebookOperations.add(name: "New", theme: "T", key: 2, to: project)
        XCTAssertTrue(added.summary.hasSuffix("with key 2, taken from Wellbeing, which now has no key"), added.summary)
    }

    func testMoveToAnotherThemeAndPosition() throws {
        let edit = try CodebookOperations.move("equipment", toTheme: "Continued progress", position: 1, in: project)
        let (after, undone) = applied(edit, to: project)
        XCTAssertEqual(after.codebook.concerns.map(\.id), ["equipment", "feedback", "wellbeing"])
        XCTAssertEqual(after.codebook.concern(id: "equipment")?.theme, "Continued progress")
        XCTAssertEqual(undone, project)
        let up = try CodebookOperations.step("equipment", by: -1, in: project)
        XCTAssertEqual(
            applied(up, to: project).after.codebook.concerns.map(\.id), ["feedback", "equipment", "wellbeing"])
        XCTAssertThrowsError(try CodebookOperations.step("wellbeing", by: -1, in: project)) {
            XCTAssertEqual("\($0)", "Wellbeing is already first in Growing concerns")
        }
        XCTAssertThrowsError(try CodebookOperations.move("equipment", toTheme: nil, position: 9, in: project))
    }

    func testRenameThemeMovesEveryConcernAndRefusesAnExistingName() throws {
        let edit = try CodebookOperations.renameTheme("growing concerns", to: "Worries", in: project)
        let (after, undone) = applied(edit, to: project)
        XCTAssertEqual(after.codebook.themes, ["Continued progress", "Worries"])
        XCTAssertEqual(undone, project)
        XCTAssertThrowsError(
            try CodebookOperations.renameTheme("Growing concerns", to: "Continued progress", in: project))
    }

    func testRenameDescribeRecolour() throws {
        var changed = project
        changed.apply(try CodebookOperations.rename("equipment", to: "Kit", in: changed))
        changed.apply(try CodebookOperations.describe("equipment", as: "Headsets.", in: changed))
        changed.apply(try CodebookOperations.recolour("equipment", to: "#abc", in: changed))
        XCTAssertEqual(
            changed.codebook.concern(id: "equipment"),
            Concern(
                id: "equipment", name: "Kit", description: "Headsets.", colour: "#AABBCC", key: nil,
                theme: "Growing concerns"))
        XCTAssertThrowsError(try CodebookOperations.rename("equipment", to: "feedback", in: project))
    }
}
