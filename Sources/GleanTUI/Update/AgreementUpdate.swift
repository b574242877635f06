import GleanCore

/// The Agreement screen's commands: open it from Counts, move through its rows, change fortnight and unit.
enum AgreementUpdate {
    /// Opens the Agreement screen on the fortnight Counts shows.
    static func open(_ state: inout AppState) -> [Effect] {
        state.agreement.fortnight = state.counts.fortnight ?? state.project.latestFortnight
        state.agreement.selected = 0
        Update.push(.agreement, &state)
        return []
    }

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        let rows = state.project.codebook.concerns.count + 1
        let page = ListNavigation.page(forHeight: state.size.height)
        if let row = ListNavigation.index(after: command, current: state.agreement.selected, count: rows, page: page) {
            state.agreement.selected = row
            return []
        }
        switch command {
        case .previousLog, .nextLog:
            let fortnights = state.project.fortnightNumbers
            let step = command == .nextLog ? 1 : -1
            state.agreement.fortnight = max(
                fortnights.first ?? 1, min(fortnights.last ?? 1, state.agreement.fortnight + step))
        case .switchUnit:
            state.agreement.unit = state.agreement.unit == .presence ? .character : .presence
            state.message =
                state.agreement.unit == .presence
                ? "Units: logs raising each concern" : "Units: characters (adds uAlpha)"
        default: break
        }
        return []
    }
}
