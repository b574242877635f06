import Foundation
import GleanCore

/// Performs the reducer's effects against the disk and reports back as events.
///
/// An edit that cannot be journalled stays queued and is retried with the next one, so a passing failure (a full
/// disk, say) loses nothing once it clears; the status bar says "NOT SAVED" meanwhile.
final class EffectRunner {
    private let store: ProjectStore
    private var unsaved: [Edit] = []

    init(store: ProjectStore) {
        self.store = store
    }

    /// Performs `effect` and returns the events that report its outcome.
    func perform(_ effect: Effect, _ state: AppState) -> [Event] {
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
                return [.saveFailed("\(error)")]
            }
        case .export(let fortnight, let format):
            do {
                let url = try SummaryExport.write(state.project, fortnight: fortnight, format: format, into: store.layout)
                return [.exported(url.path)]
            } catch {
                return [.exportFailed("\(error)")]
            }
        case .readImport(let path):
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            do {
                let batch = try LogImport.read(url, name: path, mapping: ImportMapping(), project: state.project)
                return [.importRead(ImportPreview(path: path, batch: batch))]
            } catch {
                return [.importFailed("\(error)")]
            }
        case .importLogs(let batch):
            do {
                let (project, addition) = try store.importLogs(
                    participants: batch.participants, logs: batch.logs, into: state.project)
                let added = project.participants.count - state.project.participants.count
                return [.imported(project, "Imported \(addition.count) logs (\(added) new participants); \(addition.alreadyPresent) already present")]
            } catch {
                return [.importFailed("\(error)")]
            }
        case .quit:
            return []
        }
    }

    /// Folds the journal into the project files; fails loudly if an edit could not be saved.
    func finish(_ project: Project) throws {
        guard store.access == .editing else { return }
        for edit in unsaved { try store.record(edit) }
        unsaved.removeAll()
        try store.fold(project)
        store.close()
    }
}
