import GleanCore

/// `S` in a team project: sync in the background while the interface keeps working, then show the project folded
/// from everyone's edits; and the count of edits waiting to be shared and fetched, kept fresh off the input path.
///
/// Edits made while a sync runs are safe: each is in the facilitator's own file when saved; the sync commits the
/// lines complete when it starts (later ones go with the next sync), and the fold that ends it runs between edits,
/// reading the own file whole, so it holds every edit saved before it.
enum TeamUpdate {
    /// What `S` says in a project of one facilitator.
    static let notTeam = "Not a team project: see glean team init"
    /// What the status bar shows while a sync runs.
    static let syncing = "Syncing…"

    /// The effects that start a team project's interface: count what waits to be shared.
    static func opened(_ state: inout AppState) -> [Effect] {
        state.team = TeamState()
        return recount(&state)
    }

    /// Starts a sync, unless one is going or the project is not a team project.
    static func sync(_ state: inout AppState) -> [Effect] {
        guard var team = state.team else {
            state.message = notTeam
            return []
        }
        guard !team.syncing else {
            state.message = "Already syncing; edits go on being saved meanwhile"
            return []
        }
        team.syncing = true
        state.team = team
        state.message = syncing
        return [.sync]
    }

    /// An edit was saved: what waits to be shared changed.
    static func edited(_ state: inout AppState) -> [Effect] {
        guard state.team?.syncing == false else { return [] }
        return recount(&state)
    }

    /// Shows the project as the sync left it, keeping the fortnight, the open log and the selected log where they
    /// still are.
    static func synced(_ project: Project, names: [String: String], summary: String, _ state: inout AppState)
        -> [Effect]
    {
        let selected = state.selectedLog?.id
        state.project = project
        state.coding.names = FacilitatorNames(known: names)
        if let selected, let row = state.visibleLogs.firstIndex(where: { $0.id == selected }) {
            state.logs.selected = row
        } else {
            state.logs.selected = min(state.logs.selected, max(0, state.visibleLogs.count - 1))
        }
        state.team?.syncing = false
        state.message = summary
        return recount(&state)
    }

    /// A sync failed: say why; the edits are kept.
    static func failed(_ reason: String, _ state: inout AppState) -> [Effect] {
        state.team?.syncing = false
        state.message = "Sync failed: \(reason)"
        return recount(&state)
    }

    /// The count arrived: show it, and count again if edits were saved meanwhile.
    static func counted(_ pending: PendingEdits?, _ state: inout AppState) -> [Effect] {
        guard var team = state.team else { return [] }
        team.counting = false
        if let pending { team.pending = pending }
        state.team = team
        guard team.recountWanted else { return [] }
        return recount(&state)
    }

    /// Counts what waits to be shared, or asks for a count once the one going ends: at most one runs at a time.
    private static func recount(_ state: inout AppState) -> [Effect] {
        guard var team = state.team else { return [] }
        if team.counting {
            team.recountWanted = true
            state.team = team
            return []
        }
        team.counting = true
        team.recountWanted = false
        state.team = team
        return [.countPending]
    }
}
