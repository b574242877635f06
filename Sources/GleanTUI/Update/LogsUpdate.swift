import GleanCore

/// The Logs screen's commands: move through logs and fortnights, filter, open a log, edit the note.
enum LogsUpdate {
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        let count = state.visibleLogs.count
        let page = ListNavigation.page(forHeight: state.size.height)
        if let row = ListNavigation.index(after: command, current: state.logs.selected, count: count, page: page) {
            state.logs.selected = row
            return []
        }
        switch command {
        case .left: selectFortnight(state.logs.fortnight - 1, &state)
        case .right: selectFortnight(state.logs.fortnight + 1, &state)
        case .open:
            guard let log = state.selectedLog else { return [] }
            ReaderUpdate.open(log.id, sequence: state.visibleLogs.map(\.id), fortnight: state.logs.fortnight, &state)
            Search.openedLog(&state)
        case .filter:
            state.modal = .picker(filterPicker(state))
        case .toggleDone:
            guard let log = state.selectedLog else { return [] }
            return DoneMarking.toggle(log: log.id, fortnight: state.logs.fortnight, &state)
        case .autocode:
            Autocoding.chooseConcern(&state)
        case .importLogs:
            state.modal = .prompt(
                Prompt(title: "Import from (CSV file or folder)", editor: LineEditor(), purpose: .importPath))
        case .editNote:
            if state.search != nil {
                Search.step(&state, forward: true)
            } else {
                let fortnight = state.logs.fortnight
                state.modal = .picker(
                    Picker(
                        title: "Write for fortnight \(fortnight)",
                        options: TextPurpose.noteParts(fortnight: fortnight).map(\.label), selected: 0,
                        purpose: .notePart(fortnight: fortnight)))
            }
        default: break
        }
        return []
    }

    /// Shows fortnight `number` if it exists, selecting its first log.
    static func selectFortnight(_ number: Int, _ state: inout AppState) {
        guard state.project.fortnightNumbers.contains(number) else { return }
        state.logs.fortnight = number
        state.logs.selected = 0
        if state.search != nil { Search.logMatches(&state) }
    }

    private static func filterPicker(_ state: AppState) -> Picker {
        var filters: [LogFilter] = [.all, .noQuotes, .toCode]
        for name in state.project.attributeNames {
            filters += state.project.values(ofAttribute: name).map { .attribute(name: name, value: $0) }
        }
        return Picker(
            title: "Show logs", options: filters.map(\.menuLabel),
            selected: filters.firstIndex(of: state.logs.filter) ?? 0, purpose: .filter(filters))
    }
}
