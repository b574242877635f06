import Foundation
import GleanCore

/// Performs the reducer's effects against the disk and reports back as events.
///
/// An edit that cannot be journalled stays queued and is retried with the next one, so a passing failure (a full
/// disk, say) loses nothing once it clears; the status bar says "NOT SAVED" meanwhile. Exports, auto-coding, reading
/// an import's input, syncing and counting what waits to be shared run in the background (`background`); their
/// outcomes arrive through `finishedEvents`.
final class EffectRunner {
    private let store: ProjectStore
    private let environment: UpdateEnvironment
    private let facilitator: Facilitator
    private let background: BackgroundWork
    private var unsaved: [Edit] = []

    /// A runner whose background work runs on `workQueue`.
    init(store: ProjectStore, environment: UpdateEnvironment, facilitator: Facilitator, workQueue: DispatchQueue) {
        self.background = BackgroundWork(queue: workQueue)
        self.store = store
        self.environment = environment
        self.facilitator = facilitator
    }

    /// Whether background work is still going, so the main loop should not block waiting for a key.
    var isBusy: Bool { background.isBusy }

    /// The events of background work finished since the last call.
    func finishedEvents() -> [Event] {
        background.takeFinished()
    }

    /// Performs `effect`, or starts it in the background, and returns the events that report its outcome so far.
    func perform(_ effect: Effect, _ state: AppState) -> [Event] {
        if store.access == .readOnly, let refused = refusedAsReadOnly(effect) { return refused }
        switch effect {
        case .record(let edit):
            unsaved.append(edit)
            do {
                while let next = unsaved.first {
                    try store.record(next)
                    unsaved.removeFirst()
                }
                return [.saved]
            } catch {
                return [.saveFailed(EffectFailure(error))]
            }
        case .export(let fortnight, let format, let replacing):
            let project = state.project
            let layout = store.layout
            let names = FacilitatorNames(
                known: state.coding.names.known.merging([state.coding.me.id: state.coding.me.name]) { _, mine in mine })
            background.start(.export) { token in
                do {
                    let url = try SummaryExport.write(
                        project, fortnight: fortnight, format: format, into: layout, replacing: replacing, names: names,
                        cancellation: token)
                    return .exported(url.path)
                } catch is CancellationError {
                    return .exportCancelled
                } catch let exists as ExportFile.Exists {
                    return .exportWouldReplace(path: exists.path, fortnight: fortnight, format: format)
                } catch {
                    return .exportFailed(EffectFailure(error))
                }
            }
            return []
        case .cancelExport:
            background.cancel(.export)
            return []
        case .readFortnights(let numbers):
            let reader = store.unreadFortnights
            let project = state.project
            background.start(.fortnightReading) { token in
                do {
                    let read = try reader.read(numbers, cancellation: token)
                    var whole = project
                    whole.read(read)
                    let problems = whole.isWhole ? ProjectChecker.problems(in: whole).map(\.description) : nil
                    return .fortnightsRead(read, problems: problems)
                } catch {
                    return .fortnightsReadFailed(EffectFailure(error))
                }
            }
            return []
        case .cancelImportReading:
            background.cancel(.importReading)
            return []
        case .readImport(let path):
            let project = state.project
            background.start(.importReading) { token in
                do {
                    return .importRead(try ImportReading.fresh(path, project: project, cancellation: token))
                } catch is CancellationError {
                    return .importReadingCancelled
                } catch {
                    return .importFailed(EffectFailure(error))
                }
            }
            return []
        case .rereadImport(let preview):
            let project = state.project
            background.start(.importReading) { _ in .importRead(ImportReading.read(preview, project: project)) }
            return []
        case .importLogs(let batch, let attribution):
            do {
                let setting = attribution.map {
                    Edit(summary: "Quotes attributed by \($0.description)", changes: [.setAttribution($0)])
                }
                let (project, addition) = try store.importLogs(
                    participants: batch.participants, logs: batch.logs, coding: setting, into: state.project)
                let added = project.participants.count - state.project.participants.count
                let attributed = attribution.map { "; quotes attributed by \($0.description)" } ?? ""
                return [
                    .imported(
                        project,
                        "Imported \(addition.count) logs (\(added) new participants); \(addition.alreadyPresent) already present\(attributed)"
                    )
                ]
            } catch {
                return [.importFailed(EffectFailure(error))]
            }
        case .autocode(let job):
            let state = state
            let environment = environment
            background.start(.autocode) { token in
                .autocoded(job: job.id, job.perform(in: state, environment, budget: MatchBudget(cancellation: token)))
            }
            return []
        case .cancelAutocode:
            background.cancel(.autocode)
            return []
        case .sync:
            let layout = store.layout
            let facilitator = facilitator
            background.start(.sync) { _ in
                do {
                    return .syncExchanged(try TeamSync.sync(layout, as: facilitator))
                } catch {
                    return .syncFailed("\(error)")
                }
            }
            return []
        case .refold(let outcome):
            return [refold(after: outcome)]
        case .countPending:
            let layout = store.layout
            let facilitator = facilitator
            background.start(.pendingCount) { _ in
                let pending = try? TeamSync.pending(layout, as: facilitator)
                return .pendingCounted(pending.map { PendingEdits(toShare: $0.toShare, fromOthers: $0.fromOthers) })
            }
            return []
        case .quit:
            return []
        }
    }

    /// The events refusing `effect` on a project opened read-only, or nil when `effect` writes nothing: the last line
    /// of defence behind the reducer's own refusals, so that read-only writes nothing at all.
    private func refusedAsReadOnly(_ effect: Effect) -> [Event]? {
        switch effect {
        case .record: return [.saveFailed(EffectFailure(ReadOnlyWrite.edit))]
        case .export: return [.exportFailed(EffectFailure(ReadOnlyWrite.export))]
        case .importLogs: return [.importFailed(EffectFailure(ReadOnlyWrite.importLogs))]
        case .sync, .refold: return [.syncFailed("sync is off in read-only mode")]
        case .readImport, .rereadImport, .autocode, .cancelAutocode, .cancelExport, .cancelImportReading, .countPending,
            .readFortnights, .quit:
            return nil
        }
    }

    /// Folds everyone's edits after a sync, on the thread that records edits, so none can slip between reading the
    /// facilitator's own file and rebuilding from it. An edit still waiting to be saved is saved first.
    private func refold(after outcome: TeamSync.Outcome) -> Event {
        do {
            while let next = unsaved.first {
                try store.record(next)
                unsaved.removeFirst()
            }
        } catch {
            return .syncFailed("shared and fetched, but an edit is not saved yet (\(error)); sync again once it is")
        }
        do {
            let folded = try store.refold()
            return .synced(
                folded.project, names: store.teamNames,
                summary: SyncSummary.text(outcome, reviews: folded.reviews.count, names: store.teamNames))
        } catch {
            return .syncFailed(
                "shared and fetched, but the project could not be rebuilt from the team's edits: \(error)")
        }
    }

    /// Stops background work, then folds the journal into the project files; fails loudly if an edit could not be
    /// saved.
    func finish(_ project: Project) throws {
        background.cancelAllAndWait()
        guard store.access == .editing else { return }
        for edit in unsaved { try store.record(edit) }
        unsaved.removeAll()
        try store.fold(project)
        store.close()
    }
}
