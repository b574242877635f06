extension Project {
    /// The edit choosing `setting` as the project's attribution, or nil when it is already the setting. Throws a
    /// `ProjectError` naming the option (`--role`, `--setting`) when an attribute it names is held by no participant.
    public func choosingAttribution(_ setting: Attribution) throws -> Edit? {
        for (name, option) in [(setting.role, "--role"), (setting.setting, "--setting")] {
            guard let name, !attributeNames.contains(name) else { continue }
            throw ProjectError(file: option, problem: "no participant has an attribute \"\(name)\"; \(attributeList)")
        }
        guard setting != attribution else { return nil }
        return Edit(summary: "Quotes attributed by \(setting.description)", changes: [.setAttribution(setting)])
    }

    /// The edit renaming attribute `old` to `new` for every participant, and in the attribution setting, as one undoable
    /// step. Throws a `ProjectError` when no participant has `old`, or some participant already has `new`.
    public func renamingAttribute(_ old: String, to new: String) throws -> Edit {
        let names = attributeNames
        guard names.contains(old) else {
            throw ProjectError(file: old, problem: "no participant has this attribute; \(attributeList)")
        }
        guard !new.trimmingWhiteSpace().isEmpty, new == IncomingText.singleLine(new) else {
            throw ProjectError(file: new, problem: "an attribute's name is one line of text, not empty")
        }
        guard !names.contains(new) else {
            throw ProjectError(file: new, problem: "participants already have this attribute; rename it first, or pick another name")
        }
        var changes: [Change] = participants.compactMap { participant in
            guard let value = participant.attributes[old] else { return nil }
            var attributes = participant.attributes
            attributes[old] = nil
            attributes[new] = value
            return .setAttributes(participant: participant.code, attributes: attributes)
        }
        let renamed = attribution.renaming(old, to: new)
        if renamed != attribution { changes.append(.setAttribution(renamed)) }
        return Edit(summary: "Renamed the attribute \"\(old)\" to \"\(new)\"", changes: changes)
    }

    /// How many featured quotes of fortnights `numbers` would be attributed only as "a participant": their writers
    /// have neither attribute the attribution setting names.
    public func quotesAttributedAnonymously(inFortnights numbers: [Int]) -> Int {
        numbers.reduce(0) { total, number in
            total + fortnight(number).quotes.filter { $0.featured && !attribution.describes(participant(code: $0.participant)) }.count
        }
    }

    /// "the attributes are …" (or "no participant has any attributes"), for messages.
    var attributeList: String {
        let names = attributeNames
        guard !names.isEmpty else { return "no participant has any attributes" }
        return "the attributes are " + names.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
