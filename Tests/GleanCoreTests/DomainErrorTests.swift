import XCTest

@testable import GleanCore

/// Each area's failures are typed: a case carrying the bad value and the choices there are, and one message that
/// names them and no command-line option (the command line adds those).
final class DomainErrorTests: XCTestCase {
    private let project = Fixtures.small()
    private let log = Log(
        id: "A-01-2020-04-17", participant: "A-01", date: Day(iso: "2020-04-17")!,
        sections: [
            LogSection(prompt: "Progress", text: "We started clinics. Staff are tired!"),
            LogSection(prompt: "Concerns", text: "Staff are tired."),
        ])

    private func caught(_ body: () throws -> Void) -> (any Error)? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    private func assertNoOptionNames(_ error: (any Error)?, file: StaticString = #filePath, line: UInt = #line) {
        let message = "\(error.map { "\($0)" } ?? "no error")"
        XCTAssertFalse(message.contains("--"), "an option name in \"\(message)\"", file: file, line: line)
    }

    func testScriptingErrorsCarryTheBadValueAndTheChoices() {
        let section = caught { _ = try QuoteLocator.locate(.snippet("Staff"), section: .prompt("Worries"), in: log) }
        XCTAssertEqual(section as? ScriptingError, .unknownSection(log: log.id, prompts: ["Progress", "Concerns"]))
        XCTAssertEqual("\(section!)", "log \"A-01-2020-04-17\" has sections 0 \"Progress\", 1 \"Concerns\"")

        let sentence = caught { _ = try QuoteLocator.locate(.sentences(first: 3, last: 3), section: nil, in: log) }
        XCTAssertEqual(
            sentence as? ScriptingError, .sentencesOutsideSection(log: log.id, section: 0, first: 3, last: 3, count: 2))

        let snippet = caught { _ = try QuoteLocator.locate(.snippet("Staff are tired"), section: nil, in: log) }
        guard case .snippetAmbiguous("Staff are tired", log.id, nil, let places)? = snippet as? ScriptingError else {
            return XCTFail("\(String(describing: snippet))")
        }
        XCTAssertEqual(places, [.init(section: 0, sentence: 2, offset: 20), .init(section: 1, sentence: 1, offset: 0)])

        let concern = caught { _ = try project.findConcern("sleep") }
        XCTAssertEqual(
            concern as? ScriptingError,
            .unknownConcern(.unknown(reference: "sleep", known: ["feedback", "wellbeing", "equipment"])))
        XCTAssertEqual("\(concern!)", "there is no concern \"sleep\"; the codebook has feedback, wellbeing, equipment")

        let fortnight = caught { _ = try NoteWriting.edit(project, fortnight: 3, part: .opening, text: "x") }
        XCTAssertEqual(fortnight as? ScriptingError, .fortnightOutsideProgramme(asked: 3, latest: 2))
        for error in [section, sentence, snippet, concern, fortnight, caught { _ = try project.findLog("nobody") }] {
            assertNoOptionNames(error)
        }
    }

    func testAConcernNameHeldTwiceNamesTheIDs() {
        let twice = Codebook(
            concerns: [Fixtures.concern("a", key: nil), Fixtures.concern("b", key: nil)].map {
                var concern = $0
                concern.name = "Same"
                return concern
            })
        XCTAssertThrowsError(try twice.concern(referencedBy: "same")) { error in
            XCTAssertEqual(error as? ConcernReferenceError, .ambiguousName("same", ids: ["a", "b"]))
            XCTAssertEqual("\(error)", "2 concerns are named “same”; name one by its id: a, b")
        }
    }

    func testAutoCodingAndAgreementErrorsAreTyped() {
        let pattern = caught {
            _ = try AutoCoding.plan(
                project, pattern: "(open", concern: "wellbeing", fortnight: nil, newID: { "n" }, coder: "c",
                created: "t")
        }
        guard case .invalidPattern("(open", _)? = pattern as? AutoCodingError else {
            return XCTFail("\(String(describing: pattern))")
        }
        let agreement = caught { _ = try AgreementScope(project: project, fortnight: 9) }
        XCTAssertEqual(agreement as? AgreementError, .fortnightHasNoLogs(9, withLogs: [1, 2]))
        let alone = caught { _ = try AgreementScope(project: project) }
        XCTAssertEqual(alone as? AgreementError, .tooFewCoders(fortnight: nil, coders: ["tester"]))
        XCTAssertEqual(
            "\(alone!)", "agreement compares two or more facilitators; in the project only tester tagged quotes")
        [pattern, agreement, alone].forEach { assertNoOptionNames($0) }
    }

    func testAttributionDateFormatAndArchiveErrorsAreTyped() {
        let role = caught { _ = try project.choosingAttribution(Attribution(role: nil, setting: "Sector")) }
        XCTAssertEqual(
            role as? AttributionError, .unknownAttribute("Sector", part: .setting, known: ["care setting", "role"]))
        XCTAssertEqual((role as? AttributionError)?.name, "Sector")
        let taken = caught { _ = try project.renamingAttribute("role", to: "care setting") }
        XCTAssertEqual(taken as? AttributionError, .nameTaken("care setting"))

        let format = caught { _ = try DatePattern("dd/MM/yyyy q") }
        XCTAssertEqual(
            format as? DateFormatError,
            .unknownToken(
                format: "dd/MM/yyyy q", token: "q", tokens: ["dd", "d", "MM", "M", "yyyy", "yy", "HH", "mm", "ss"]))
        XCTAssertEqual(
            "\(format!)",
            "\"dd/MM/yyyy q\" is not a date format: \"q\" is not a token; use dd, d, MM, M, yyyy, yy, HH, mm and ss")
        XCTAssertEqual(
            ArchiveError.entryTooLarge(entry: "sources/a.txt").message,
            "the zip archive could not be made: the entry sources/a.txt is 4 GiB or more")
        [role, taken, format].forEach { assertNoOptionNames($0) }
    }

    func testAMessageQuotingControlCharactersIsMadeSafeToPrint() {
        let error = ScriptingError.unknownLog(id: "x\u{1B}[2J")
        XCTAssertFalse(error.description.contains("\u{1B}"), error.description)
        XCTAssertTrue(error.message.contains("\u{1B}"), "the message keeps the value; description makes it printable")
    }

    func testCodebookRefusalsAreTypedWithTheirNamesAndNumbers() {
        let theme = caught { _ = try CodebookOperations.add(name: "Sleep", theme: " ", to: project) }
        XCTAssertEqual(theme as? CodebookError, .themeMissing)
        XCTAssertEqual("\(theme!)", "a concern needs a theme")
        let colour = caught { _ = try CodebookOperations.recolour("wellbeing", to: "teal", in: project) }
        XCTAssertEqual(colour as? CodebookError, .notAColour("teal"))
        let key = caught { _ = try CodebookOperations.add(name: "Sleep", theme: "Care", key: 12, to: project) }
        XCTAssertEqual(key as? CodebookError, .keyOutOfRange(12))
        let count = CodebookOperations.quoteCount(of: "wellbeing", in: project)
        let used = caught { _ = try CodebookOperations.delete("wellbeing", from: project) }
        XCTAssertEqual(used as? CodebookError, .inUse(concern: "Wellbeing", quotes: count))
        let itself = caught { _ = try CodebookOperations.merge("wellbeing", into: "wellbeing", in: project) }
        XCTAssertEqual(itself as? CodebookError, .mergeIntoItself)
        var incoming = project.codebook.concerns[0]
        incoming.name = project.codebook.concerns[1].name
        let ambiguous = caught { _ = try CodebookImport.merge([incoming], from: "book.qdc", into: project) }
        XCTAssertEqual(
            ambiguous as? CodebookError,
            .ambiguousImport(
                file: "book.qdc", name: incoming.name, idOf: project.codebook.concerns[0].name,
                nameOf: project.codebook.concerns[1].id))
        for error in [theme, colour, key, used, itself, ambiguous] {
            assertNoOptionNames(error)
        }
    }

    func testImportColumnErrorsNameTheRoleInWordsAndNoOption() throws {
        let headers = ["participant", "date", "Progress"]
        let unknown = caught {
            _ = try ColumnPlan(headers: headers, mapping: ImportMapping(dateColumn: "When"), file: "f.csv")
        }
        XCTAssertEqual(unknown as? ColumnError, .notAColumn(file: "f.csv", role: .date, name: "When", columns: headers))
        XCTAssertEqual(
            "\(unknown!)",
            "the date column \"When\" is not a column; the columns are \"participant\", \"date\", \"Progress\"")
        let missing = caught {
            _ = try ColumnPlan(headers: ["Who", "date", "Progress"], mapping: ImportMapping(), file: "f.csv")
        }
        guard case .noDefault("f.csv", .participant, ImportMapping.participantHeaders, _)? = missing as? ColumnError
        else {
            return XCTFail("\(String(describing: missing))")
        }
        let twice = caught {
            _ = try ColumnPlan(headers: headers, mapping: ImportMapping(textColumns: ["date"]), file: "f.csv")
        }
        XCTAssertEqual(twice as? ColumnError, .twoRoles(file: "f.csv", header: "date", first: .date, second: .text))
        let none = caught {
            _ = try ColumnPlan(headers: ["participant", "date", "Email"], mapping: ImportMapping(), file: "f.csv")
        }
        XCTAssertEqual(none as? ColumnError, .noTextColumn(file: "f.csv", columns: ["participant", "date", "Email"]))
        let ambiguous = AmbiguousDateFormat(
            file: "f.csv", sample: "02/06/2020",
            choices: [try DatePattern("dd/MM/yyyy"), try DatePattern("MM/dd/yyyy")])
        for error in [unknown, missing, twice, none, ambiguous] {
            assertNoOptionNames(error)
        }
    }

    func testExportLockAndImportHintsAreTypedValuesWithoutOptions() throws {
        let several = caught {
            _ = try SummaryExport.check(
                SummaryExport.Request(format: .markdown, scope: .range(1...2)), against: project)
        }
        XCTAssertEqual(
            several as? ExportRequestError,
            .severalFortnights(
                format: "markdown", formats: ExportFormat.allCases.filter(\.coversSeveralFortnights).map(\.rawValue)))
        let kept = caught {
            try MatrixLayout.check(attribute: "role", in: project, pseudonymisation: Pseudonymisation())
        }
        XCTAssertEqual(kept as? ExportRequestError, .attributeNotKept("role"))
        let start = ExchangeStartError(
            file: "p.qdpx", participant: "A-01", date: Day(iso: "2020-04-17")!,
            placement: "is before the programme starts",
            origin: .file)
        XCTAssertTrue(
            start.message.hasSuffix(
                "the start was taken from the start the file records: choose the programme's first day (refused, nothing written)"
            ), start.message)
        let locked = ProjectLocked(file: "glean.lock", holder: nil)
        let row = RejectedRow(
            file: "f.csv", line: 2,
            problems: [.unreadableDate(value: "soon", source: "column \"date\"", expected: "yyyy-MM-dd"), "no text"])
        XCTAssertTrue(row.badDate)
        XCTAssertEqual(
            row.description, "f.csv:2: unreadable date \"soon\" in column \"date\" (expected yyyy-MM-dd); no text")
        XCTAssertEqual(
            row.description(formatHint: "say it"),
            "f.csv:2: unreadable date \"soon\" in column \"date\" (expected yyyy-MM-dd; say it); no text")
        let dates = DatesRead(
            file: "f.csv", pattern: try DatePattern("yyyy-MM-dd"), outcome: .unreadable(sample: "soon"))
        XCTAssertTrue(dates.needsFormat)
        for error in [several, kept, start, locked, ExportRequestError.notAFolder(path: "x.md")] as [(any Error)?] {
            assertNoOptionNames(error)
        }
        XCTAssertFalse(row.description.contains("--") || (dates.note ?? "").contains("--"))
    }
}
