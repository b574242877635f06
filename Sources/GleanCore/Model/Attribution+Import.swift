extension Attribution {
    /// The setting after an import that marks the column `roleColumn` as the role and `settingColumn` as the care
    /// setting (either nil to keep this setting's), naming each by the attribute the import gives it: the project's
    /// spelling when it has one that reads as the same words, else the column's header. `participants` are the
    /// import's writers. Throws an `AttributionError` when no participant has a value in a column.
    public func choosing(
        role roleColumn: String?, setting settingColumn: String?, importing participants: [Participant],
        into project: Project
    ) throws -> Attribution {
        let names = Set(participants.flatMap(\.attributes.keys)).union(project.attributeNames).sorted()
        func resolve(_ column: String, _ part: AttributionError.Part) throws -> String {
            if names.contains(column) { return column }
            let matches = names.filter { HeaderName.key($0) == HeaderName.key(column) }
            guard matches.count == 1 else {
                throw AttributionError.columnHasNoValues(column, part: part)
            }
            return matches[0]
        }
        return Attribution(
            role: try roleColumn.map { try resolve($0, .role) } ?? role,
            setting: try settingColumn.map { try resolve($0, .setting) } ?? setting)
    }

    /// The column of `headers` that reads as a role ("Your role", "Job title", "Role") or as this setting's role
    /// attribute, if any; a header that reads as a question is not one.
    public func suggestedRole(among headers: [String]) -> String? {
        suggestion(among: headers, current: role) { words in
            words.contains("role") || zip(words, words.dropFirst()).contains { $0 == ("job", "title") }
        }
    }

    /// The column of `headers` that reads as a care setting ("Care setting", "Setting", "Sector") or as this setting's
    /// setting attribute, if any; a header that reads as a question is not one.
    public func suggestedSetting(among headers: [String]) -> String? {
        suggestion(among: headers, current: setting) { words in words.contains("setting") || words.contains("sector") }
    }

    private func suggestion(among headers: [String], current: String?, reads: ([String]) -> Bool) -> String? {
        let short = headers.filter { !$0.hasSuffix("?") && HeaderName.words($0).count <= 4 }
        if let current, let same = short.first(where: { HeaderName.key($0) == HeaderName.key(current) }) { return same }
        return short.first { reads(HeaderName.words($0)) }
    }

    /// "2 featured quotes would be attributed only as "a participant": their writers have no "Your role" or "Care
    /// setting"; FIX", `fix` saying how to choose the attributes.
    public func anonymousWarning(quotes count: Int, fix: String) -> String {
        let quotes = count == 1 ? "1 featured quote would be" : "\(count) featured quotes would be"
        let names = attributeNames.map { "\"\($0)\"" }
        let reason =
            names.isEmpty
            ? "no attribute is chosen for the writer's role or care setting"
            : "\(count == 1 ? "its writer has" : "their writers have") no \(names.joined(separator: " or "))"
        return "\(quotes) attributed only as \"\(Attribution.anonymous)\": \(reason); \(fix)"
    }
}
