import GleanCore

/// An import read but not yet made: the input's name, what reading it found, and the columns marked as the writers'
/// role and care setting, which become participant attributes and attribute featured quotes.
public struct ImportPreview: Equatable, Sendable {
    /// What a column of the input is imported as.
    public enum ColumnUse: Equatable, Sendable {
        case section, role, setting
    }

    /// The file or folder, as the user typed it.
    public var path: String
    /// The logs, participants, bad rows and left-out columns found.
    public var batch: ImportBatch
    /// The columns that can be marked as role or care setting: those read as sections or marked, in the order first
    /// read; empty for text files, whose sections are not columns.
    public var columns: [String]
    /// The column the marking keys act on.
    public var selected = 0
    /// The column marked as the role, if any.
    public var role: String?
    /// The column marked as the care setting, if any.
    public var setting: String?

    /// A preview of `batch`, read from `path` with the default mapping; `columns` defaults to the sections' prompts.
    public init(path: String, batch: ImportBatch, columns: [String]? = nil) {
        self.path = path
        self.batch = batch
        var prompts: [String] = []
        for prompt in batch.logs.lazy.flatMap({ $0.sections.map(\.prompt) }) where !prompts.contains(prompt) {
            prompts.append(prompt)
        }
        self.columns = columns ?? prompts
    }

    /// The mapping the preview reads the input with: the default, with the marked columns as attributes.
    public var mapping: ImportMapping {
        ImportMapping(attributeColumns: [role, setting].compactMap { $0 })
    }

    /// What column `name` is imported as.
    public func use(of name: String) -> ColumnUse {
        name == role ? .role : name == setting ? .setting : .section
    }

    /// The preview with the role and care setting columns the project's `attribution` suggests (`Attribution`'s
    /// `suggestedRole` and `suggestedSetting`), or nil when it suggests none.
    public func suggesting(by attribution: Attribution) -> ImportPreview? {
        var suggested = self
        suggested.role = attribution.suggestedRole(among: columns)
        suggested.setting = attribution.suggestedSetting(among: columns.filter { $0 != suggested.role })
        return suggested.role == nil && suggested.setting == nil ? nil : suggested
    }

    /// The selected column's next use: section → role → care setting → section. A column marked as role or setting
    /// takes that over from any other.
    public mutating func cycleSelectedUse() {
        guard columns.indices.contains(selected) else { return }
        let name = columns[selected]
        switch use(of: name) {
        case .section: role = name
        case .role:
            role = nil
            setting = name
        case .setting: setting = nil
        }
    }

    /// The attribution the import would leave the project with, given its current `attribution`. Throws a
    /// `ProjectError` when a marked column has no value in any row.
    public func attribution(after attribution: Attribution, in project: Project) throws -> Attribution {
        try attribution.choosing(role: role, setting: setting, importing: batch.participants, into: project)
    }
}
