import GleanCore

/// The Counts screen's commands: move the cell cursor, change the window and breakdown, list a cell's quotes.
enum CountsUpdate {
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        let concernCount = state.project.codebook.concerns.count
        let fortnights = state.project.fortnightNumbers
        let current = state.counts.fortnight ?? state.project.latestFortnight
        let page = ListNavigation.page(forHeight: state.size.height)
        if let row = ListNavigation.index(after: command, current: state.counts.row, count: concernCount, page: page) {
            state.counts.row = row
            return []
        }
        switch command {
        case .left, .right:
            let step = command == .right ? 1 : -1
            if let attribute = state.counts.breakdown {
                let values = breakdownValues(attribute, state.project)
                state.counts.valueColumn = max(0, min(values.count - 1, state.counts.valueColumn + step))
            } else {
                state.counts.fortnight = max(fortnights.first ?? 1, min(fortnights.last ?? 1, current + step))
            }
        case .previousLog, .nextLog:
            let step = command == .nextLog ? 1 : -1
            state.counts.fortnight = max(fortnights.first ?? 1, min(fortnights.last ?? 1, current + step))
        case .breakdown:
            let names = state.project.attributeNames
            if let attribute = state.counts.breakdown, let index = names.firstIndex(of: attribute) {
                state.counts.breakdown = index + 1 < names.count ? names[index + 1] : nil
            } else {
                state.counts.breakdown = names.first
            }
            state.counts.valueColumn = 0
            state.message = state.counts.breakdown.map { "Broken down by \($0)" } ?? "No breakdown"
        case .widenWindow: state.counts.window = min(12, state.counts.window + 1)
        case .narrowWindow: state.counts.window = max(1, state.counts.window - 1)
        case .open:
            guard state.project.codebook.concerns.indices.contains(state.counts.row) else { return [] }
            var attribute: AttributeValue?
            if let name = state.counts.breakdown {
                let values = breakdownValues(name, state.project)
                if values.indices.contains(state.counts.valueColumn) {
                    attribute = AttributeValue(name: name, value: values[state.counts.valueColumn])
                }
            }
            state.quoteList = QuoteListState(
                concern: state.project.codebook.concerns[state.counts.row].id, fortnight: current, attribute: attribute)
            Update.push(.quoteList, &state)
        case .editParagraph:
            guard state.project.codebook.concerns.indices.contains(state.counts.row) else { return [] }
            let concern = state.project.codebook.concerns[state.counts.row].id
            state.modal = .text(TextEditing(.paragraph(fortnight: current, concern: concern), in: state.project))
        case .keyConcernRule:
            state.modal = .prompt(
                Prompt(
                    title: "Key concerns: the top N (e.g. 5) or at least P% (e.g. 20%)",
                    editor: LineEditor(state.project.keyConcernRule.text), purpose: .keyConcernRule))
        default: break
        }
        return []
    }

    /// Sets the key-concern rule the prompt's `answer` spells ("5" or "20%") as one undoable edit.
    static func setKeyConcernRule(_ answer: String, _ state: inout AppState) -> [Effect] {
        guard let rule = KeyConcernRule(parsing: answer) else {
            state.message = "“\(answer)” is not a rule: type a number of concerns (1–99) or a percentage (e.g. 20%)"
            return []
        }
        guard rule != state.project.keyConcernRule else { return [] }
        return History.commit(
            Edit(summary: "Key concerns: \(rule.label)", changes: [.setKeyConcernRule(rule: rule)]), &state)
    }

    /// The values the breakdown by `attribute` shows as columns.
    static func breakdownValues(_ attribute: String, _ project: Project) -> [String] {
        AttributeBreakdown(project: project, attribute: attribute, window: 1).groups.map(\.value)
    }
}
