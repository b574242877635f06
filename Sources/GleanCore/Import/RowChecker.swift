/// Checks one input row's participant code, date and answers, and makes its log or says what is wrong with it.
struct RowChecker {
    /// The programme whose fortnights the dates must fall in.
    let programme: Programme
    /// How dates are written.
    let dateFormat: DatePattern

    /// The log a row gives, or every problem with it (at least one). `participantSource` and `dateSource` say where
    /// the values came from, for messages (`column "Date"`, `the front matter`). Answers that are empty or only white
    /// space are dropped; the rest are cleaned by `IncomingText` and otherwise kept exactly. Text over
    /// `InputLimits.logTextBytes`, all answers together, is a problem: every importer passes through here.
    func log(
        participant rawParticipant: String, participantSource: String, date rawDate: String, dateSource: String,
        answers: [LogSection]
    ) -> Result<Log, RowProblems> {
        var problems: [RowProblem] = []
        let participant = IncomingText.singleLine(rawParticipant)
        if participant.isEmpty {
            problems.append("no participant code in \(participantSource)")
        }
        let dateText = IncomingText.singleLine(rawDate)
        let day = dateFormat.day(from: dateText)
        if dateText.isEmpty {
            problems.append("no date in \(dateSource)")
        } else if let day {
            let fortnight = programme.fortnight(containing: day)
            if fortnight < Project.fortnightRange.lowerBound {
                problems.append("date \"\(dateText)\" is before the programme starts on \(programme.start.iso)")
            } else if fortnight > Project.fortnightRange.upperBound {
                problems.append(
                    "date \"\(dateText)\" is after fortnight \(Project.fortnightRange.upperBound), the last a project can hold"
                )
            }
        } else {
            problems.append(
                .unreadableDate(
                    value: dateText, source: dateSource, expected: "\(dateFormat), \(Day.supportedYearsText)"))
        }
        let sections = answers.compactMap { answer -> LogSection? in
            let text = IncomingText.cleaned(answer.text)
            guard !text.isBlank else { return nil }
            return LogSection(prompt: IncomingText.singleLine(answer.prompt), text: text)
        }
        let textBytes = sections.reduce(0) { $0 + $1.text.utf8.count }
        if sections.isEmpty {
            problems.append("no text: every answer is empty")
        } else if textBytes > InputLimits.logTextBytes {
            problems.append(
                .described(
                    "the text is \(textBytes) bytes, more than the \(InputLimits.describe(bytes: InputLimits.logTextBytes)) "
                        + "one log may hold"))
        }
        guard problems.isEmpty, let day else { return .failure(RowProblems(list: problems)) }
        return .success(Log(id: "", participant: participant, date: day, sections: sections))
    }
}

/// What is wrong with a row, each problem in a few words.
struct RowProblems: Error {
    /// The problems, in the order checked: participant, date, text.
    let list: [RowProblem]

    /// The problems joined into one line.
    var text: String { list.map { $0.text(formatHint: nil) }.joined(separator: "; ") }
}
