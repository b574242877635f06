import GleanCore

/// An import read but not yet made: the input's name, its columns and what each is imported as (participant, date,
/// section, attribute, role, care setting or ignored), the date format, and what reading the input that way found.
public struct ImportPreview: Equatable, Sendable {
    /// The file or folder, as the user typed it.
    public var path: String
    /// The logs, participants, bad rows and left-out columns found with the current mapping.
    public var batch: ImportBatch
    /// A CSV file's columns, with sample values and guessed uses; empty for text files, whose sections are not columns.
    public var columns: [ImportColumn]
    /// What each column is imported as, one per column.
    public var uses: [ColumnUse]
    /// The column the use keys act on.
    public var selected = 0
    /// The date format chosen, or nil to detect it from the dates.
    public var dateFormat: DatePattern?
    /// When the dates read as well day-first as month-first and no format is chosen: the two readings to choose from.
    public var ambiguity: AmbiguousDateFormat?
    /// Why the input cannot be read with this mapping (no participant column, say), or nil.
    public var problem: String?
    /// Whether the input is being read again with a changed mapping, so `batch` is not yet what it gives.
    public var isReading = false
    /// Whether this is the outcome of reading the input again, rather than of opening it.
    public var isReread = false

    /// A preview of `batch`, read from `path`, of an input with `columns`, each used as guessed.
    public init(path: String, batch: ImportBatch = ImportBatch(), columns: [ImportColumn] = []) {
        self.path = path
        self.batch = batch
        self.columns = columns
        uses = columns.map(\.guess)
    }

    /// The header of the column used as `use` (the first, for uses several columns may have).
    public func header(of use: ColumnUse) -> String? {
        zip(columns, uses).first { $0.1 == use }?.0.header
    }

    /// The column marked as the writers' role, if any.
    public var role: String? { header(of: .role) }
    /// The column marked as the writers' care setting, if any.
    public var setting: String? { header(of: .setting) }

    /// The mapping the preview reads the input with. Columns ignored by default as personal data or bookkeeping are
    /// left unnamed, so the import still lists them as left out, and why.
    public var mapping: ImportMapping {
        func headers(_ wanted: Set<ColumnUse>, unlessLeftOut: Bool = false) -> [String] {
            zip(columns, uses).filter { wanted.contains($0.1) && !(unlessLeftOut && $0.0.leftOutReason != nil) }.map(
                \.0.header)
        }
        return ImportMapping(
            participantColumn: header(of: .participant), dateColumn: header(of: .date), dateFormat: dateFormat,
            textColumns: headers([.section]), attributeColumns: headers([.attribute, .role, .setting]),
            ignoreColumns: headers([.ignore], unlessLeftOut: true))
    }

    /// What is missing before the input can be read as logs, as a hint naming the key that fixes it; nil for text
    /// inputs and complete mappings.
    public var missingUse: String? {
        guard !columns.isEmpty else { return nil }
        if header(of: .participant) == nil { return "No participant column: select the column of codes and press p" }
        if header(of: .date) == nil { return "No date column: select the column of dates and press d" }
        if header(of: .section) == nil { return "No section: select a column of answers and press s" }
        return nil
    }

    /// Gives the selected column `use`. A use only one column may have is taken from the column that had it, which
    /// becomes ignored (participant, date) or a section (role, care setting); returns a message naming that column.
    @discardableResult
    public mutating func use(_ use: ColumnUse) -> String? {
        guard uses.indices.contains(selected) else { return nil }
        var displaced: String?
        if use.isSingle, let previous = uses.indices.first(where: { uses[$0] == use && $0 != selected }) {
            uses[previous] = use == .role || use == .setting ? .section : .ignore
            displaced = "“\(columns[previous].header)” is now \(uses[previous].label)"
        }
        uses[selected] = use
        return displaced
    }

    /// Gives the selected column the next (or, with `step` -1, the previous) use in `ColumnUse.allCases` order.
    @discardableResult
    public mutating func cycleSelectedUse(by step: Int) -> String? {
        guard uses.indices.contains(selected) else { return nil }
        let all = ColumnUse.allCases
        let index = all.firstIndex(of: uses[selected]) ?? 0
        return use(all[(index + step + all.count) % all.count])
    }

    /// The preview with the section columns the project's `attribution` suggests as role and care setting
    /// (`Attribution`'s `suggestedRole` and `suggestedSetting`) marked, or nil when it suggests none.
    public func suggesting(by attribution: Attribution) -> ImportPreview? {
        let sections = zip(columns, uses).filter { $0.1 == .section }.map(\.0.header)
        let role = attribution.suggestedRole(among: sections)
        let setting = attribution.suggestedSetting(among: sections.filter { $0 != role })
        guard role != nil || setting != nil else { return nil }
        var suggested = self
        for (index, column) in columns.enumerated() where column.header == role || column.header == setting {
            suggested.uses[index] = column.header == role ? .role : .setting
        }
        return suggested
    }

    /// The attribution the import would leave the project with, given its current `attribution`. Throws an
    /// `AttributionError` when a marked column has no value in any row.
    public func attribution(after attribution: Attribution, in project: Project) throws -> Attribution {
        try attribution.choosing(role: role, setting: setting, importing: batch.participants, into: project)
    }
}
