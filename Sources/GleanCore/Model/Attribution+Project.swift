extension Project {
    /// The edit choosing `setting` as the project's attribution, or nil when it is already the setting. Throws an
    /// `AttributionError` naming the part (role or setting) when an attribute it names is held by no participant.
    public func choosingAttribution(_ setting: Attribution) throws -> Edit? {
        for (name, part) in [(setting.role, AttributionError.Part.role), (setting.setting, .setting)] {
            guard let name, !attributeNames.contains(name) else { continue }
            throw AttributionError.unknownAttribute(name, part: part, known: attributeNames)
        }
        guard setting != attribution else { return nil }
        return Edit(summary: "Quotes attributed by \(setting.description)", changes: [.setAttribution(setting)])
    }

    /// The edit renaming attribute `old` to `new` for every participant, and in the attribution setting, as one
    /// undoable step. Throws an `AttributionError` when no participant has `old`, or some participant already has
    /// `new`.
    public func renamingAttribute(_ old: String, to new: String) throws -> Edit {
        let names = attributeNames
        guard names.contains(old) else {
            throw AttributionError.renamingUnknown(old, known: names)
        }
        guard !new.trimmingWhiteSpace().isEmpty, new == IncomingText.singleLine(new) else {
            throw AttributionError.invalidName(new)
        }
        guard !names.contains(new) else {
            throw AttributionError.nameTaken(new)
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
            total
                + fortnight(number).quotes.filter {
                    $0.featured && !attribution.describes(participant(code: $0.participant))
                }.count
        }
    }
}
