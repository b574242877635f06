import Foundation

/// Reads a CSV export, one log per row, with `CSVRowReader`: quoted fields with embedded quotes and line breaks, CR LF
/// or LF line ends, UTF-8 with or without a byte order mark.
///
/// Rows are numbered by the line they start on, the header being line 1, so a row after a multi-line answer gets the
/// number an editor shows. Rows whose every field is empty (blank lines, or rows of bare commas) are skipped.
enum CSVLogReader {
    /// The logs, participants, bad rows and left-out columns of the CSV text in `data`. `file` names the input in
    /// messages; `progress` hears the share read so far (0 to 1) each time it passes another percent. Throws a
    /// `ProjectError` when the file as a whole cannot be imported: not UTF-8, a quoted field not closed (`CSVQuoting`),
    /// empty, a header repeated, a column named in an option missing.
    static func read(
        _ data: Data, file: String, mapping: ImportMapping, project: Project, progress: ((Double) -> Void)? = nil
    ) throws -> ImportBatch {
        let text = try InputText.decode(data, file: file)
        try CSVQuoting.check(text, file: file)
        var reader = CSVRowReader(text)
        var row = CSVRow()
        guard reader.next(into: &row), !reader.isBlank(row) else {
            throw ProjectError(file: file, line: 1, problem: "there is no header row")
        }
        let headers = reader.texts(of: row).map(IncomingText.singleLine)
        let plan = try ColumnPlan(headers: headers, mapping: mapping, file: file)
        let dates = try datesRead(text, column: plan.date, given: mapping.dateFormat, file: file)
        let checker = RowChecker(programme: project.programme, dateFormat: dates.pattern)
        let attributeNames = plan.attributes.map { attributeName(headers[$0], in: project) }
        let flaggedColumns = [plan.participant] + plan.texts + plan.attributes
        let participantSource = "column \"\(headers[plan.participant])\""
        let dateSource = "column \"\(headers[plan.date])\""
        var batch = ImportBatch()
        batch.leftOut = plan.leftOut
        batch.dates = [dates]
        var meter = ProgressMeter(total: data.count, report: progress)
        meter.advance(to: reader.bytesRead)
        var line = 1 + row.lineBreaks + 1
        while reader.next(into: &row) {
            let start = line
            line += 1 + row.lineBreaks
            meter.advance(to: reader.bytesRead)
            guard !reader.isBlank(row) else { continue }
            batch.rows += 1
            guard row.count <= headers.count else {
                batch.rejected.append(
                    RejectedRow(
                        file: file, line: start,
                        problems: ["\(row.count) values, but the header has \(headers.count) columns"]))
                continue
            }
            let value = { (index: Int) in reader.text(of: row, at: index) }
            let outcome = checker.log(
                participant: value(plan.participant), participantSource: participantSource,
                date: value(plan.date), dateSource: dateSource,
                answers: plan.texts.map { LogSection(prompt: headers[$0], text: value($0)) })
            switch outcome {
            case .success(let log):
                for index in flaggedColumns {
                    batch.flagged += PersonalValues.kinds(in: value(index)).map {
                        FlaggedValue(file: file, line: start, column: headers[index], kind: $0, log: batch.logs.count)
                    }
                }
                var attributes: [String: String] = [:]
                for (name, index) in zip(attributeNames, plan.attributes) {
                    let text = IncomingText.singleLine(value(index))
                    if !text.isEmpty { attributes[name] = text }
                }
                batch.add(log, attributes: attributes)
            case .failure(let problems):
                batch.rejected.append(RejectedRow(file: file, line: start, problems: problems.list))
            }
        }
        meter.finish()
        return batch
    }

    /// The format `given`, or else the one `DateFormatDetection` finds in the date column (ISO when none fits). Throws
    /// `AmbiguousDateFormat` when the dates read as well in two formats.
    private static func datesRead(_ text: String, column: Int, given: DatePattern?, file: String) throws -> DatesRead {
        if let given { return DatesRead(file: file, pattern: given, outcome: nil) }
        var reader = CSVRowReader(text)
        var row = CSVRow()
        _ = reader.next(into: &row)
        var values: [String] = []
        while reader.next(into: &row) {
            if column < row.count { values.append(IncomingText.singleLine(reader.text(of: row, at: column))) }
        }
        let outcome = DateFormatDetection.detect(values)
        switch outcome {
        case .detected(_, let pattern, _, _):
            return DatesRead(file: file, pattern: pattern, outcome: outcome)
        case .ambiguous(let choices, let sample):
            throw AmbiguousDateFormat(file: file, sample: sample, choices: choices)
        case .unreadable, .noDates:
            return DatesRead(file: file, pattern: .iso, outcome: outcome)
        }
    }

    /// The project's own spelling of attribute `header` when it has one that reads as the same words ("care setting"
    /// for a column headed "Care setting"), else the header.
    static func attributeName(_ header: String, in project: Project) -> String {
        let key = HeaderName.key(header)
        return project.attributeNames.first { HeaderName.key($0) == key } ?? header
    }
}
