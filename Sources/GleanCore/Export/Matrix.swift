/// The rapid-analysis matrix of some fortnights, as framework analysis uses it: a row per participant (or per value
/// of an attribute such as care setting), a column per concern in codebook order, and in each cell the quotes that
/// row's participants wrote on that concern, with a total row over everyone who wrote.
///
/// Quotes and participants are counted as `CountsTable` counts them: a quote belongs to the writer of its log and
/// counts once under each of its concerns; a concern is raised by the distinct participants with such a quote. So
/// for one fortnight the total row's figures are the Counts screen's, and an attribute's row is its
/// `AttributeBreakdown` figures.
struct Matrix {
    /// A concern's column.
    struct Column: Equatable {
        let id: String
        let name: String
        let theme: String
    }

    /// A quote in a cell.
    struct Entry: Equatable {
        let text: String
        let date: Day
        let fortnight: Int
        /// The writer's code (their alias when the project is pseudonymised).
        let participant: String
        let featured: Bool
    }

    /// The quotes of one row on one concern.
    struct Cell: Equatable {
        /// The quotes, ordered by fortnight, date, participant and position.
        var quotes: [Entry] = []

        /// The distinct participants with a quote here.
        var raisedBy: Int { Set(quotes.map(\.participant)).count }
    }

    /// One row: its label, who wrote in it, and a cell per column.
    struct Row: Equatable {
        /// The participant's code, or the attribute's value.
        let label: String
        /// The distinct participants who wrote a log in the fortnights covered.
        let participants: Int
        /// The logs they wrote.
        let logs: Int
        /// One cell per column, in column order.
        let cells: [Cell]
    }

    /// What the rows are: `participant`, or the attribute's name.
    let heading: String
    /// Whether each row is one participant.
    let byParticipant: Bool
    /// The fortnights covered, in order.
    let fortnights: [Int]
    /// Every concern of the codebook, in codebook order.
    let columns: [Column]
    /// The rows: participants by code, or attribute values sorted with participants lacking it last.
    let rows: [Row]
    /// Every participant who wrote, as one row.
    let total: Row

    /// The matrix of fortnights `numbers` of `project`, with `rows` for rows.
    ///
    /// - Complexity: O(q log q + l) for q quotes and l logs in the fortnights.
    init(project: Project, fortnights numbers: [Int], rows: MatrixLayout.Rows) {
        let participants = Dictionary(
            project.participants.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let rowOf: (String) -> String
        switch rows {
        case .participant:
            heading = "participant"
            byParticipant = true
            rowOf = { $0 }
        case .attribute(let name):
            heading = name
            byParticipant = false
            rowOf = { participants[$0]?.attributes[name] ?? AttributeBreakdown.missingValue }
        }
        fortnights = numbers
        columns = project.codebook.concerns.map { Column(id: $0.id, name: $0.name, theme: $0.theme) }

        var writers: [String: Set<String>] = [:]
        var logs: [String: Int] = [:]
        for number in numbers {
            for log in project.fortnight(number).logs {
                writers[rowOf(log.participant), default: []].insert(log.participant)
                logs[rowOf(log.participant), default: 0] += 1
            }
        }
        let column = Dictionary(columns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let empty = Array(repeating: Cell(), count: columns.count)
        var cells = writers.mapValues { _ in empty }
        var totals = empty
        for quote in ExportedQuote.all(in: project, fortnights: numbers) {
            let entry = Entry(
                text: quote.text, date: quote.date, fortnight: quote.fortnight, participant: quote.participant,
                featured: quote.featured)
            for index in quote.concernIDs.compactMap({ column[$0] }) {
                cells[rowOf(quote.participant), default: empty][index].quotes.append(entry)
                totals[index].quotes.append(entry)
            }
        }
        let labels = writers.keys.sorted {
            ($0 == AttributeBreakdown.missingValue ? 1 : 0, $0) < ($1 == AttributeBreakdown.missingValue ? 1 : 0, $1)
        }
        self.rows = labels.map { label in
            Row(
                label: label, participants: writers[label]?.count ?? 0, logs: logs[label] ?? 0,
                cells: cells[label] ?? empty)
        }
        total = Row(
            label: "all participants", participants: writers.values.reduce(0) { $0 + $1.count },
            logs: logs.values.reduce(0, +), cells: totals)
    }
}

extension Matrix {
    /// A cell's figures in words: "4 of 26 participants, 5 quotes"; only "2 quotes" when the row is one participant
    /// (`single`); "not raised" when it holds no quote.
    static func figures(_ cell: Cell, of row: Row, single: Bool) -> String {
        guard !cell.quotes.isEmpty else { return "not raised" }
        let quotes = cell.quotes.count == 1 ? "1 quote" : "\(cell.quotes.count) quotes"
        guard !single else { return quotes }
        return "\(cell.raisedBy) of \(row.participants) participant\(row.participants == 1 ? "" : "s"), \(quotes)"
    }
}
