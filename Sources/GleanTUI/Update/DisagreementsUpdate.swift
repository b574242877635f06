import GleanCore

/// The Disagreements screen's commands: open it, move through it, compare the codings side by side, and decide
/// whose coding stands (each decision one undoable edit).
enum DisagreementsUpdate {
    /// Opens the Disagreements screen; refused in a blind or own-only coding view, which hides others' coding.
    static func open(_ state: inout AppState) -> [Effect] {
        guard state.coding.view == .everyone else {
            state.message = "Disagreements show everyone's coding: press v for everyone's view first"
            return []
        }
        state.disagreements = DisagreementsState()
        Update.push(.disagreements, &state)
        return []
    }

    static func perform(_ command: Command, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        let list = state.disagreementList
        if state.screen == .disagreements, !list.isEmpty,
            let row = ListNavigation.index(
                after: command, current: state.disagreements.selected, count: list.count,
                page: ListNavigation.page(forHeight: state.size.height))
        {
            state.disagreements.selected = row
            return []
        }
        guard let disagreement = state.selectedDisagreement else {
            if command != .open { state.message = "No disagreements to decide" }
            return []
        }
        switch command {
        case .open where state.screen == .disagreements:
            state.disagreements.column = 0
            state.disagreements.scroll = 0
            state.disagreements.compared = DisagreementsState.Key(disagreement)
            Update.push(.comparison, &state)
        case .left, .right:
            let count = disagreement.coders.count
            state.disagreements.column =
                (state.disagreements.column + (command == .right ? 1 : count - 1)) % max(1, count)
        case .down, .pageDown: state.disagreements.scroll += command == .down ? 1 : max(1, state.size.height - 6)
        case .up, .pageUp:
            state.disagreements.scroll = max(
                0, state.disagreements.scroll - (command == .up ? 1 : max(1, state.size.height - 6)))
        case .top: state.disagreements.scroll = 0
        case .tag(let number):
            guard disagreement.coders.indices.contains(number - 1) else {
                state.message =
                    "Only \(disagreement.coders.count) facilitators coded this log: press 1 to \(disagreement.coders.count)"
                return []
            }
            return decide(disagreement, [disagreement.coders[number - 1]], &state, environment)
        case .acceptAll: return decide(disagreement, disagreement.coders, &state, environment)
        case .acceptNone: return decide(disagreement, [], &state, environment)
        case .reopenDisagreement:
            guard let edit = CodingDecisions.withdraw(disagreement, in: state.project) else {
                state.message = "Not decided yet: nothing to withdraw"
                return []
            }
            return History.commit(edit, &state)
        default: break
        }
        return []
    }

    private static func decide(
        _ disagreement: Disagreement, _ accepted: [String], _ state: inout AppState, _ environment: UpdateEnvironment
    ) -> [Effect] {
        let edit = CodingDecisions.decide(
            disagreement, accepting: accepted, in: state.project, by: environment.coder, at: environment.now(),
            naming: state.facilitatorName)
        let effects = History.commit(edit, &state)
        if state.screen == .disagreements {
            let list = state.disagreementList
            state.disagreements.selected =
                list.firstIndex { $0.isOpen } ?? min(state.disagreements.selected, max(0, list.count - 1))
        }
        return effects
    }
}
